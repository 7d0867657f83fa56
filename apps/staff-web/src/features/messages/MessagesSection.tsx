import { Button, Link, LoadingStatus, ProblemNotice, ScrollableTable, Table, Tag, formatDateTime } from '@childfirst/ui';
import type { CaseWorkspace } from '../../api/casesTypes';
import type { ThreadSummary } from '../../api/portalTypes';
import { useCaseThreads } from './useMessages';

export function threadPath(caseId: string, threadId: string): string {
  return `/cases/${encodeURIComponent(caseId)}/messages/${encodeURIComponent(threadId)}`;
}

export function newThreadPath(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}/messages/new`;
}

/** "1 unread", as a tag; the text says it, not only the colour. */
export function UnreadTag({ unread }: { unread: number }) {
  if (unread === 0) return null;
  return <Tag text={`${unread} unread`} classes="govuk-tag--blue" />;
}

function ThreadsTable({ caseId, threads }: { caseId: string; threads: ThreadSummary[] }) {
  const newestFirst = [...threads].sort((one, other) => other.lastMessageAt.localeCompare(one.lastMessageAt));
  return (
    <ScrollableTable label="Conversations with the family">
      <Table
        caption={`Conversations (${threads.length})`}
        captionClasses="govuk-table__caption--m"
        head={[{ text: 'Subject' }, { text: 'Last message' }]}
        rows={newestFirst.map((thread) => [
          {
            html: (
              <>
                <Link className="govuk-link" href={threadPath(caseId, thread.id)}>
                  {thread.subject}
                </Link>{' '}
                <UnreadTag unread={thread.unread} />
              </>
            ),
          },
          { text: `${thread.lastFrom}, ${formatDateTime(thread.lastMessageAt)}` },
        ])}
        rowKeys={newestFirst.map((thread) => thread.id)}
      />
    </ScrollableTable>
  );
}

/**
 * The case's conversations with the family in the family portal, the ones with messages nobody
 * has read yet marked; someone who may write to the case may start one.
 */
export function MessagesSection({ workspace }: { workspace: CaseWorkspace }) {
  const threads = useCaseThreads(workspace.id);
  const unread = threads.data?.reduce((total, thread) => total + thread.unread, 0) ?? 0;
  return (
    <section aria-labelledby="messages-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="messages-heading">
        Messages with the family
      </h2>
      {threads.isPending && <LoadingStatus text="Loading the messages" />}
      {threads.isError && <ProblemNotice error={threads.error} onRetry={() => void threads.refetch()} headingLevel={3} />}
      {threads.data && threads.data.length === 0 && <p className="govuk-body">There are no messages with the family yet.</p>}
      {unread > 0 && (
        <p className="govuk-body">
          <strong>{unread === 1 ? '1 message from the family has not been read.' : `${unread} messages from the family have not been read.`}</strong>
        </p>
      )}
      {threads.data && threads.data.length > 0 && <ThreadsTable caseId={workspace.id} threads={threads.data} />}
      {workspace.permissions.writeNotes && <Button href={newThreadPath(workspace.id)} classes="govuk-button--secondary" text="Send a message to the family" />}
    </section>
  );
}
