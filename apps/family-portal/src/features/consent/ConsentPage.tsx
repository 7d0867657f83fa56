import { Link, LoadingStatus, NotificationBanner, PageHeading, ScrollableTable, Table, Tag } from '@childfirst/ui';
import { useTranslation } from '../../i18n/i18n';
import { useLocation } from '../../app/router';
import type { FamilyConsent } from '../../api/familyApi';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';
import { useConsents } from './useConsents';

export interface ConsentWithdrawnState {
  withdrawn: { agencyLabel: string; purposeLabel: string };
}

function StatusCell({ consent }: { consent: FamilyConsent }) {
  const { t } = useTranslation('consent');
  const formats = useFormats();
  return consent.withdrawnAt ? (
    <>
      <Tag classes="govuk-tag--grey" text={t('status.withdrawn')} />
      <br />
      <span className="govuk-body-s">{t('status.withdrawnOn', { date: formats.date(consent.withdrawnAt) })}</span>
    </>
  ) : (
    <>
      <Tag classes="govuk-tag--green" text={t('status.given')} />
      <br />
      <span className="govuk-body-s">
        {consent.givenBy ? t('status.givenOnBy', { date: formats.date(consent.givenAt), name: consent.givenBy }) : t('status.givenOn', { date: formats.date(consent.givenAt) })}
      </span>
    </>
  );
}

/** What the family agreed to share, with which agency and for what, and the way to withdraw it. */
export function ConsentPage() {
  const { t } = useTranslation('consent');
  const consents = useConsents();
  const location = useLocation();
  const withdrawn = (location.state as ConsentWithdrawnState | null)?.withdrawn;
  useFormTitle(t('title'));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {withdrawn && (
          <NotificationBanner type="success" titleText={t('withdrawnBanner.title')} text={t('withdrawnBanner.text', { agency: withdrawn.agencyLabel, purpose: withdrawn.purposeLabel })} />
        )}
        <PageHeading classes="govuk-heading-l">{t('title')}</PageHeading>
        <div className="childfirst-measure">
          <p className="govuk-body">{t('intro')}</p>
          <p className="govuk-body">{t('withdrawAnyTime')}</p>
          <p className="govuk-body">{t('safeguarding')}</p>
        </div>
        {consents.isPending && <LoadingStatus text={t('loading')} />}
        {consents.isError && <ProblemNotice error={consents.error} onRetry={() => void consents.refetch()} />}
        {consents.data?.length === 0 && <p className="govuk-body">{t('none')}</p>}
        {consents.data && consents.data.length > 0 && (
          <ScrollableTable label={t('table.caption')}>
            <Table
              caption={t('table.caption')}
              captionClasses="govuk-table__caption--m"
              firstCellIsHeader
              rowKeys={consents.data.map((consent) => consent.id)}
              head={[{ text: t('table.agency') }, { text: t('table.purpose') }, { text: t('table.status') }, { html: <span className="govuk-visually-hidden">{t('table.action')}</span> }]}
              rows={consents.data.map((consent) => [
                { text: consent.agencyLabel },
                { text: consent.purposeLabel },
                { html: <StatusCell consent={consent} /> },
                {
                  html: consent.withdrawnAt ? null : (
                    <Link className="govuk-link" href={`/consent/${consent.id}/withdraw`}>
                      {t('table.withdraw')}
                      <span className="govuk-visually-hidden"> {t('table.withdrawHidden', { agency: consent.agencyLabel, purpose: consent.purposeLabel })}</span>
                    </Link>
                  ),
                },
              ])}
            />
          </ScrollableTable>
        )}
      </div>
    </div>
  );
}
