import { Button, PageHeading, usePageTitle } from '@childfirst/ui';
import { SIGN_IN_PATH } from '../../app/publicNavigation';
import { useTranslation } from '../../i18n/i18n';
import { ReportConcernLink } from './ReportConcernLink';

/**
 * The portal's start page, for people who are not signed in: the portal's address shows it when the
 * browser has no session. "Sign in" leads to the signed-in part, which sends the person to the
 * sign-in page and then home; reporting a concern needs no account.
 */
export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('serviceName'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('serviceName')}</PageHeading>
        <p className="govuk-body">{t('start.useItTo')}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('start.keyWorker')}</li>
          <li>{t('start.whereThingsAre')}</li>
          <li>{t('start.askForHelp')}</li>
          <li>{t('start.share')}</li>
        </ul>
        <p className="govuk-body">{t('start.signInNeeded')}</p>
        <p className="govuk-body">{t('start.invitation')}</p>
        <Button href={SIGN_IN_PATH} isStartButton text={t('start.signIn')} />
        <ReportConcernLink />
      </div>
    </div>
  );
}
