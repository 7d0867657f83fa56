import { Link, PageHeading, usePageTitle } from '@childfirst/ui';
import { useTranslation } from '../../i18n/i18n';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <PageHeading classes="govuk-heading-l">{t('notFound.title')}</PageHeading>
      <p className="govuk-body">{t('notFound.checkAddress')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
