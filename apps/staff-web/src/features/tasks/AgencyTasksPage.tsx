import { Link, LoadingStatus, PageHeading, ProblemNotice, ScrollableTable, Table, formatDateTime, formatTime, usePageTitle, type TableCell } from '@childfirst/ui';
import { useLocation } from 'react-router';
import type { AgencyTask } from '../../api/frontDoorTypes';
import { SuccessBanner } from '../../forms/pageOutcome';
import { RequestClock } from '../referrals/LiveClocks';
import { useNow } from '../referrals/liveClock';
import { RagTag } from '../referrals/referralFormat';
import { childrenOf, taskTitle } from './taskFormat';
import { useAgencyTasks } from './useAgencyTasks';

const title = 'Information requests for your agency';

/** Set by the answer page when it comes back here. */
export interface AgencyTasksLocationState {
  answered?: string;
}

function taskRow(task: AgencyTask, now: number): TableCell[] {
  return [
    {
      html: (
        <>
          <Link className="govuk-link" href={`/tasks/${encodeURIComponent(task.id)}`}>
            {taskTitle(task)}
            <span className="govuk-visually-hidden">, {task.agencyLabel} request of {formatDateTime(task.requestedAt)}</span>
          </Link>
          <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{childrenOf(task)}</span>
        </>
      ),
    },
    { html: <span className="childfirst-preserve-lines">{task.question}</span> },
    { text: `${task.requestedBy}, ${formatDateTime(task.requestedAt)}` },
    { html: <RequestClock request={task} now={now} /> },
    { html: <RagTag rag={task.rag} /> },
  ];
}

/** The open requests for information the front door has sent to the signed-in practitioner's agency, soonest due first. */
export function AgencyTasksPage() {
  usePageTitle(title);
  const location = useLocation();
  const answered = (location.state as AgencyTasksLocationState | null)?.answered;
  const tasks = useAgencyTasks();
  const now = useNow();
  const items = tasks.data ? [...tasks.data].sort((one, other) => one.dueAt.localeCompare(other.dueAt)) : [];

  return (
    <>
      {answered && (
        <SuccessBanner>
          <p className="govuk-notification-banner__heading">{answered}</p>
        </SuccessBanner>
      )}
      <PageHeading classes="govuk-heading-l">{title}</PageHeading>
      <p className="govuk-body">The front door asks what your agency knows about a child or family before it decides what happens next. Answer before the time due.</p>
      {tasks.isPending && <LoadingStatus text="Loading the requests" />}
      {tasks.isError && <ProblemNotice error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data && items.length === 0 && <p className="govuk-body">There are no open requests for your agency.</p>}
      {items.length > 0 && (
        <>
          <ScrollableTable label="Open requests">
            <Table
              caption={`Open requests (${items.length})`}
              captionClasses="govuk-table__caption--m"
              head={[{ text: 'Child or family' }, { text: 'Question' }, { text: 'Requested by' }, { text: 'Answer due' }, { text: 'Priority' }]}
              rows={items.map((task) => taskRow(task, now))}
              rowKeys={items.map((task) => task.id)}
            />
          </ScrollableTable>
          {tasks.dataUpdatedAt > 0 && <p className="govuk-body-s">Updated at {formatTime(new Date(tasks.dataUpdatedAt))}. The list refreshes every minute.</p>}
        </>
      )}
    </>
  );
}
