import { Link, useRouteFocus, type ServiceNavigationItem } from '@childfirst/ui';
import { useTranslation } from '../i18n/i18n';
import type { ReactNode } from 'react';
import type { FamilyMe } from '@childfirst/domain/portal';
import { useUnreadCount } from '../features/messages/useThreads';
import { PageSuspense } from './PageSuspense';
import { PortalFrame } from './PortalFrame';
import { useLocation } from './router';

interface Section {
  href: string;
  key: string;
  /** Other paths that belong to the section (its forms and detail pages). */
  also?: string[];
}

const sections: Section[] = [
  { href: '/', key: 'home' },
  { href: '/messages', key: 'messages' },
  { href: '/help-requests', key: 'askForHelp', also: ['/ask-for-help'] },
  { href: '/tell-us-about-a-change', key: 'change' },
  { href: '/documents', key: 'documents' },
  { href: '/your-views', key: 'views' },
  { href: '/consent', key: 'consent' },
];

function isIn(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

function MessagesLink({ unread }: { unread: number | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {t('navigation.messages')}
      {unread !== undefined && unread > 0 && (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--red childfirst-count-tag">{t('navigation.unreadCount', { count: unread })}</strong>
        </>
      )}
    </>
  );
}

/** The portal's links, once the account is linked to a family. */
function linkedNavigation(pathname: string, unread: number | undefined, translate: (key: string) => string): ServiceNavigationItem[] {
  return sections.map((section) => {
    const current = pathname === section.href;
    const active = !current && [section.href, ...(section.also ?? [])].some((path) => isIn(pathname, path));
    return {
      href: section.href,
      current,
      active,
      ...(section.key === 'messages' ? { html: <MessagesLink unread={unread} /> } : { text: translate(`navigation.${section.key}`) }),
    };
  });
}

function UnreadAwareNavigation({ me, children }: { me: FamilyMe; children: ReactNode }) {
  const location = useLocation();
  const unread = useUnreadCount();
  const { t } = useTranslation();
  return (
    <SignedInFrame me={me} navigation={linkedNavigation(location.pathname, unread, t)}>
      {children}
    </SignedInFrame>
  );
}

function SignedInFrame({ me, navigation, children }: { me: FamilyMe; navigation?: ServiceNavigationItem[]; children: ReactNode }) {
  const location = useLocation();
  useRouteFocus(location.key);
  const { t } = useTranslation();
  return (
    <PortalFrame
      serviceUrl="/"
      navigation={navigation}
      navigationEnd={
        <>
          <li className="govuk-service-navigation__item">
            <span className="govuk-service-navigation__text">
              <span className="govuk-visually-hidden">{t('navigation.signedInAs')} </span>
              {me.displayName}
            </span>
          </li>
          <li className="govuk-service-navigation__item">
            <Link className="govuk-service-navigation__link" href="/account-security">
              {t('navigation.accountSecurity')}
            </Link>
          </li>
          <li className="govuk-service-navigation__item">
            <Link className="govuk-service-navigation__link" href="/sign-out">
              {t('navigation.signOut')}
            </Link>
          </li>
        </>
      }
      phaseBanner={t('phaseBanner.signedIn')}
    >
      <PageSuspense>{children}</PageSuspense>
    </PortalFrame>
  );
}

/**
 * The signed-in pages' layout: the family's navigation (with unread messages), who is signed in,
 * and sign out. Before the account is linked there is nothing to navigate to but signing out.
 */
export function Layout({ me, children }: { me: FamilyMe; children: ReactNode }) {
  return me.linked === false ? (
    <SignedInFrame me={me}>{children}</SignedInFrame>
  ) : (
    <UnreadAwareNavigation me={me}>{children}</UnreadAwareNavigation>
  );
}
