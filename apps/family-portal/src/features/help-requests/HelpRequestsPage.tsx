import type { FamilyHelpRequest } from '@childfirst/domain/referrals';
import { Button, LoadingStatus, PageHeading, ProblemNotice, SummaryList, formatDateTime, formatDeadline, usePageTitle } from '@childfirst/ui';
import { useHelpRequests } from './useHelpRequests';

function HelpRequestSummary({ request }: { request: FamilyHelpRequest }) {
  const headingId = `request-${request.id}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        Request sent on {formatDateTime(request.receivedAt)}
      </h2>
      <SummaryList
        rows={[
          {
            key: { text: 'Where it is' },
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
            ? { key: { text: 'Decided on' }, value: { text: formatDateTime(request.decidedAt) } }
            : { key: { text: 'We will decide by' }, value: { text: formatDeadline(request.decisionDueAt, { weekday: true }) } },
          { key: { text: 'What you told us' }, value: { html: <p className="govuk-body childfirst-preserve-lines">{request.whatIsHappening}</p> } },
        ]}
      />
    </section>
  );
}

export function HelpRequestsPage() {
  usePageTitle('Your requests for help');
  const requests = useHelpRequests();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Your requests for help</PageHeading>
        <p className="govuk-body">You can ask us for help with your family at any time. Our front door team decides what happens next within one working day.</p>
        <Button href="/ask-for-help" text="Ask for help" />
        {requests.isPending && <LoadingStatus text="Loading your requests" />}
        {requests.isError && <ProblemNotice error={requests.error} onRetry={() => void requests.refetch()} />}
        {requests.data?.length === 0 && <p className="govuk-body">You have not asked for help yet.</p>}
        {requests.data?.map((request) => <HelpRequestSummary key={request.id} request={request} />)}
      </div>
    </div>
  );
}
