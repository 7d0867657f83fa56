import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { Link } from './UiProvider';

export interface FooterLink {
  href: string;
  text: string;
}

export interface FooterProps {
  meta?: { items?: FooterLink[]; text?: string; html?: ReactNode; visuallyHiddenTitle?: string };
  /** `null` leaves the licence out; undefined shows the Open Government Licence statement. */
  contentLicence?: { text?: string; html?: ReactNode } | null;
  copyright: { text?: string; html?: ReactNode; href?: string };
  classes?: string;
  containerClasses?: string;
}

/**
 * Mirrors govukFooter without the crown and Crown copyright defaults: those belong to GOV.UK and
 * central government, and this is a council service, so the copyright holder is required. Render
 * it inside the page's `<footer>` landmark, as the GOV.UK page template does.
 */
export function Footer({ meta, contentLicence, copyright, classes, containerClasses }: FooterProps) {
  return (
    <div className={classNames('govuk-footer', classes)}>
      <div className={classNames('govuk-width-container', containerClasses)}>
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {meta && (
              <>
                <h2 className="govuk-visually-hidden">{meta.visuallyHiddenTitle ?? 'Support links'}</h2>
                {meta.items && meta.items.length > 0 && (
                  <ul className="govuk-footer__inline-list">
                    {meta.items.map((item) => (
                      <li key={item.href} className="govuk-footer__inline-list-item">
                        <Link className="govuk-footer__link" href={item.href}>
                          {item.text}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                {(meta.html || meta.text) && <div className="govuk-footer__meta-custom">{meta.html ?? meta.text}</div>}
              </>
            )}
            {contentLicence !== null && (
              <span className="govuk-footer__licence-description">
                {contentLicence?.html ?? contentLicence?.text ?? (
                  <>
                    All content is available under the{' '}
                    <a
                      className="govuk-footer__link"
                      href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                      rel="license"
                    >
                      Open Government Licence v3.0
                    </a>
                    , except where otherwise stated
                  </>
                )}
              </span>
            )}
          </div>
          <div className="govuk-footer__meta-item">
            {copyright.href ? (
              <Link className="govuk-footer__link" href={copyright.href}>
                {copyright.html ?? copyright.text}
              </Link>
            ) : (
              <span>{copyright.html ?? copyright.text}</span>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
