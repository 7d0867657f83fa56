import type { ReferralStatus, TriageQueueItem } from '@childfirst/domain/referrals';
import { Link, LoadingStatus, PageHeading, ProblemNotice, ScrollableTable, Table, formatDateTime, formatDeadline, formatTime, usePageTitle, type TableCell } from '@childfirst/ui';
import { ClockTag } from './ClockTag';
import { useTriageQueue } from './useTriageQueue';

const pages: Record<ReferralStatus, { title: string; tableLabel: string; empty: string }> = {
  'awaiting-decision': {
    title: 'Triage queue',
    tableLabel: 'Referrals awaiting a decision',
    empty: 'There are no referrals awaiting a decision.',
  },
  decided: { title: 'Decided referrals', tableLabel: 'Decided referrals', empty: 'No referrals have been decided yet.' },
};

function queueRow(item: TriageQueueItem): TableCell[] {
  return [
    { text: formatDateTime(item.receivedAt) },
    {
      html: (
        <Link className="govuk-link" href={`/referrals/${item.id}`}>
          {item.familyName ?? 'Family not yet identified'}
          <span className="govuk-visually-hidden">, referral received {formatDateTime(item.receivedAt)}</span>
        </Link>
      ),
    },
    { text: item.sourceLabel },
    { html: <span className="childfirst-preserve-lines">{item.summary}</span> },
    {
      html: (
        <>
          <span className="govuk-!-display-block govuk-!-margin-bottom-1">{formatDeadline(item.decisionDueAt)}</span>
          <ClockTag clockState={item.clockState} />
        </>
      ),
    },
  ];
}

export function TriageQueuePage({ status }: { status: ReferralStatus }) {
  const page = pages[status];
  usePageTitle(page.title);
  const queue = useTriageQueue(status);

  return (
    <>
      <PageHeading classes="govuk-heading-l">{page.title}</PageHeading>
      {status === 'awaiting-decision' && (
        <p className="govuk-body">Referrals are listed by when the decision is due: one working day after they are received.</p>
      )}
      {queue.isPending && <LoadingStatus text="Loading referrals" />}
      {queue.isError && <ProblemNotice error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data && queue.data.length === 0 && <p className="govuk-body">{page.empty}</p>}
      {queue.data && queue.data.length > 0 && (
        <>
          <ScrollableTable label={page.tableLabel}>
            <Table
              caption={`${page.tableLabel} (${queue.data.length})`}
              captionClasses="govuk-table__caption--m"
              head={[{ text: 'Received' }, { text: 'Family' }, { text: 'Source' }, { text: 'Summary' }, { text: 'Decision due' }]}
              rows={queue.data.map(queueRow)}
              rowKeys={queue.data.map((item) => item.id)}
            />
          </ScrollableTable>
          {status === 'awaiting-decision' && (
            <p className="govuk-body-s">Updated at {formatTime(new Date(queue.dataUpdatedAt))}. The list refreshes every 30 seconds.</p>
          )}
        </>
      )}
    </>
  );
}
