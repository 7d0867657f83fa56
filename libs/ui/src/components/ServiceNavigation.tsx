import { useEffect, useId, useState, type ReactNode } from 'react';
import { classNames } from './classNames';
import { Link } from './UiProvider';

export interface ServiceNavigationItem {
  text?: string;
  html?: ReactNode;
  href?: string;
  /** The page being shown (aria-current="page"). */
  current?: boolean;
  /** A section the current page is in (aria-current="true"). */
  active?: boolean;
}

export interface ServiceNavigationProps {
  serviceName?: string;
  serviceUrl?: string;
  navigation?: ServiceNavigationItem[];
  navigationLabel?: string;
  navigationId?: string;
  menuButtonText?: string;
  collapseNavigationOnMobile?: boolean;
  ariaLabel?: string;
  classes?: string;
  slots?: { start?: ReactNode; end?: ReactNode; navigationStart?: ReactNode; navigationEnd?: ReactNode };
}

/** The GOV.UK tablet breakpoint (641px); below it the navigation collapses behind a menu button. */
const tabletAndUp = '(min-width: 40.0625rem)';

function useMatchesMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia(query).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const handleChange = () => setMatches(list.matches);
    handleChange();
    list.addEventListener('change', handleChange);
    return () => list.removeEventListener('change', handleChange);
  }, [query]);
  return matches;
}

/**
 * Mirrors govukServiceNavigation. The mobile menu toggle is done in React (the same behaviour as
 * govuk-frontend's ServiceNavigation module) so that no govuk-frontend JavaScript has to run over
 * DOM that React owns.
 */
export function ServiceNavigation({
  serviceName,
  serviceUrl,
  navigation = [],
  navigationLabel,
  navigationId,
  menuButtonText = 'Menu',
  collapseNavigationOnMobile,
  ariaLabel = 'Service information',
  classes,
  slots = {},
}: ServiceNavigationProps) {
  const generatedId = useId();
  const listId = navigationId ?? `navigation-${generatedId.replace(/:/g, '')}`;
  const isWide = useMatchesMedia(tabletAndUp);
  const [menuIsOpen, setMenuIsOpen] = useState(false);
  const collapses = collapseNavigationOnMobile ?? navigation.length > 1;
  const menuHidden = collapses && !isWide && !menuIsOpen;
  const hasNavigation = navigation.length > 0 || slots.navigationStart || slots.navigationEnd;

  const inner = (
    <div className="govuk-width-container">
      {slots.start}
      <div className="govuk-service-navigation__container">
        {serviceName && (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <Link href={serviceUrl} className="govuk-service-navigation__link">
                {serviceName}
              </Link>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        )}
        {hasNavigation && (
          <nav aria-label={navigationLabel ?? menuButtonText} className="govuk-service-navigation__wrapper">
            {collapses && !isWide && (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={listId}
                aria-expanded={menuIsOpen}
                onClick={() => setMenuIsOpen((open) => !open)}
              >
                {menuButtonText}
              </button>
            )}
            {/* Following a link is a navigation in a single-page app, so the open menu closes as a new page would. */}
            <ul
              className="govuk-service-navigation__list"
              id={listId}
              hidden={menuHidden}
              onClick={(event) => {
                if ((event.target as Element).closest('a')) setMenuIsOpen(false);
              }}
            >
              {slots.navigationStart}
              {navigation.map((item, index) => {
                const isActive = item.current || item.active;
                const content = item.html ?? item.text;
                const label = isActive ? <strong className="govuk-service-navigation__active-fallback">{content}</strong> : content;
                const ariaCurrent = item.current ? 'page' : item.active ? 'true' : undefined;
                return (
                  <li
                    key={item.href ?? index}
                    className={classNames('govuk-service-navigation__item', isActive && 'govuk-service-navigation__item--active')}
                  >
                    {item.href ? (
                      <Link className="govuk-service-navigation__link" href={item.href} aria-current={ariaCurrent}>
                        {label}
                      </Link>
                    ) : (
                      <span className="govuk-service-navigation__text" aria-current={ariaCurrent}>
                        {label}
                      </span>
                    )}
                  </li>
                );
              })}
              {slots.navigationEnd}
            </ul>
          </nav>
        )}
      </div>
      {slots.end}
    </div>
  );

  const className = classNames('govuk-service-navigation', classes);
  // A named section makes the service name a landmark; without one the <nav> is landmark enough.
  return serviceName || slots.start || slots.end ? (
    <section aria-label={ariaLabel} className={className}>
      {inner}
    </section>
  ) : (
    <div className={className}>{inner}</div>
  );
}
