import { Link } from '@childfirst/ui';
import { useTranslation } from '../../i18n/i18n';

/** Shown wherever someone might arrive without an account: reporting a concern needs none. */
export function ReportConcernLink() {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="govuk-heading-m">{t('reportConcern.heading')}</h2>
      <p className="govuk-body">
        <Link className="govuk-link" href="/report-a-concern">
          {t('reportConcern.link')}
        </Link>
      </p>
      <p className="govuk-body">{t('reportConcern.danger')}</p>
    </>
  );
}
