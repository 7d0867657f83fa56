import type { FamilyHelpRequest } from '@childfirst/domain/referrals';
import { Button, LoadingStatus, PageHeading, SummaryList } from '@childfirst/ui';
import { useTranslation } from '../../i18n/i18n';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';
import { useHelpRequests } from './useHelpRequests';

function HelpRequestSummary({ request }: { request: FamilyHelpRequest }) {
  const { t } = useTranslation('help');
  const formats = useFormats();
  const headingId = `request-${request.id}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {t('list.sentOn', { when: formats.dateTime(request.receivedAt) })}
      </h2>
      <SummaryList
        rows={[
          {
            key: { text: t('list.whereItIs') },
            value: {
              html: (
                <>
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{request.statusHeading}</p>
                  <p className="govuk-body govuk-!-margin-bottom-0">{request.statusDetail}</p>
                </>
              ),
            },
          },
          request.decidedAt
            ? { key: { text: t('list.decidedOn') }, value: { text: formats.dateTime(request.decidedAt) } }
            : { key: { text: t('list.decideBy') }, value: { text: formats.deadline(request.decisionDueAt, { weekday: true }) } },
          { key: { text: t('list.whatYouToldUs') }, value: { html: <p className="govuk-body childfirst-preserve-lines">{request.whatIsHappening}</p> } },
        ]}
      />
    </section>
  );
}

export function HelpRequestsPage() {
  const { t } = useTranslation('help');
  useFormTitle(t('list.title'));
  const requests = useHelpRequests();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('list.title')}</PageHeading>
        <p className="govuk-body">{t('list.intro')}</p>
        <Button href="/ask-for-help" text={t('list.askForHelp')} />
        {requests.isPending && <LoadingStatus text={t('list.loading')} />}
        {requests.isError && <ProblemNotice error={requests.error} onRetry={() => void requests.refetch()} />}
        {requests.data?.length === 0 && <p className="govuk-body">{t('list.none')}</p>}
        {requests.data?.map((request) => <HelpRequestSummary key={request.id} request={request} />)}
      </div>
    </div>
  );
}
