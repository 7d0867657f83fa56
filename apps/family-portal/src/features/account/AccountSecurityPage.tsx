import { Button, NotificationBanner, PageHeading, useAuth, usePageTitle } from '@childfirst/ui';
import { useState } from 'react';
import { useTranslation } from '../../i18n/i18n';

/** Keycloak's required action that sets up an authenticator app (TOTP), started from the portal. */
export const CONFIGURE_TOTP = 'CONFIGURE_TOTP';
export const ACCOUNT_SECURITY_PATH = '/account-security';

/** What happened when the person comes back from Keycloak's setup page. */
function Outcome() {
  const { completedAction } = useAuth();
  const { t } = useTranslation('account');
  if (completedAction?.action !== CONFIGURE_TOTP) return null;
  if (completedAction.status === 'success') {
    return <NotificationBanner type="success" titleText={t('security.done.title')} text={t('security.done.text')} />;
  }
  return (
    <NotificationBanner
      titleText={t('security.important')}
      text={completedAction.status === 'cancelled' ? t('security.cancelled') : t('security.failed')}
    />
  );
}

/**
 * 2-step verification is optional: this page says what it is and sends the person to Keycloak to
 * set it up (an application-initiated action), then back here. Changing the phone or turning it
 * off is done in Keycloak's account pages, which list the person's sign-in methods.
 */
export function AccountSecurityPage() {
  const { startAccountAction, accountUrl } = useAuth();
  const { t } = useTranslation('account');
  const [starting, setStarting] = useState(false);
  usePageTitle(t('security.title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Outcome />
        <PageHeading>{t('security.title')}</PageHeading>
        <p className="govuk-body">{t('security.intro')}</p>
        <p className="govuk-body">{t('security.optional')}</p>
        <h2 className="govuk-heading-m">{t('security.howTitle')}</h2>
        <ol className="govuk-list govuk-list--number">
          <li>{t('security.step1')}</li>
          <li>{t('security.step2')}</li>
          <li>{t('security.step3')}</li>
        </ol>
        <Button
          type="button"
          text={starting ? t('security.starting') : t('security.setUp')}
          disabled={starting}
          onClick={() => {
            setStarting(true);
            void startAccountAction(CONFIGURE_TOTP, ACCOUNT_SECURITY_PATH).catch(() => setStarting(false));
          }}
        />
        {accountUrl && (
          <>
            <h2 className="govuk-heading-m">{t('security.manageTitle')}</h2>
            <p className="govuk-body">
              {t('security.manage')}{' '}
              <a className="govuk-link" href={accountUrl}>
                {t('security.manageLink')}
              </a>
              .
            </p>
          </>
        )}
      </div>
    </div>
  );
}
