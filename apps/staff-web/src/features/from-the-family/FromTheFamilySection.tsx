import { LoadingStatus, ProblemNotice, ScrollableTable, SummaryList, Table, Tag, formatDateTime } from '@childfirst/ui';
import { accountKinds, viewSpeakers } from '@childfirst/domain/portal';
import type { CaseWorkspace } from '../../api/casesTypes';
import type { FamilyDocumentForStaff, FamilySender, FamilyViewForStaff, StaffReading } from '../../api/familySubmissionsTypes';
import { AttachmentDownload } from '../messages/AttachmentDownload';
import { useFamilyDocuments, useFamilyViews, useMarkFamilyItemRead } from './useFromTheFamily';

export const fromTheFamilyHeadingId = 'from-the-family-heading';

const newestFirst = <T extends { sentAt: string }>(items: T[]) => [...items].sort((one, other) => other.sentAt.localeCompare(one.sentAt));

/** "New" (nobody on the staff side has read it), as a tag: the text says it, not only the colour. */
function NewTag({ unless }: { unless: StaffReading | null }) {
  if (unless) return null;
  return (
    <>
      {' '}
      <Tag text="New" classes="govuk-tag--blue" />
    </>
  );
}

/** "Jo Adams, parent or carer", with the family member's name when the account goes by another. */
export function senderText(sentBy: FamilySender): string {
  const who = sentBy.memberName && sentBy.memberName !== sentBy.name ? `${sentBy.name} (${sentBy.memberName})` : sentBy.name;
  return sentBy.accountKind ? `${who}, ${accountKinds[sentBy.accountKind].label.toLowerCase()}` : who;
}

export function readText(read: StaffReading | null): string {
  return read ? `Read by ${read.readBy} on ${formatDateTime(read.readAt)}` : 'Not read yet';
}

function DocumentsTable({ workspace, documents }: { workspace: CaseWorkspace; documents: FamilyDocumentForStaff[] }) {
  const { mutate: markRead } = useMarkFamilyItemRead(workspace.id, 'document');
  const rows = newestFirst(documents);
  return (
    <ScrollableTable label="Documents from the family">
      <Table
        caption={`Documents (${documents.length})`}
        captionClasses="govuk-table__caption--m"
        head={[{ text: 'Document' }, { text: 'Sent by' }, { text: 'Read' }]}
        rows={rows.map((document) => [
          {
            html: (
              <>
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
                  {document.title}
                  <NewTag unless={document.read} />
                </p>
                <ul className="govuk-list govuk-!-margin-bottom-0" aria-label={`File of ${document.title}`}>
                  <AttachmentDownload
                    caseId={workspace.id}
                    attachment={{ id: document.attachmentId, fileName: document.fileName, contentType: document.contentType, size: document.size }}
                    // Opening it is reading it, for the people who deal with it: a read-only viewer's download marks nothing.
                    onDownloaded={workspace.permissions.writeNotes && !document.read ? () => markRead(document.id) : undefined}
                  />
                </ul>
              </>
            ),
          },
          { html: <>{senderText(document.sentBy)}, {formatDateTime(document.sentAt)}</> },
          { text: readText(document.read) },
        ])}
        rowKeys={rows.map((document) => document.id)}
      />
    </ScrollableTable>
  );
}

function ViewCard({ workspace, view }: { workspace: CaseWorkspace; view: FamilyViewForStaff }) {
  const { mutate: markRead } = useMarkFamilyItemRead(workspace.id, 'view');
  const markOnOpen = workspace.permissions.writeNotes && !view.read;
  const title = `Views of ${viewSpeakers[view.speaker].label.toLowerCase()}`;
  return (
    <SummaryList
      card={{
        title: {
          headingLevel: 4,
          html: (
            <>
              {title}
              <NewTag unless={view.read} />
            </>
          ),
        },
      }}
      rows={[
        { key: { text: 'About' }, value: { text: view.aboutName ?? 'No child named' } },
        { key: { text: 'Topic' }, value: { text: view.topicLabel } },
        { key: { text: 'Sent by' }, value: { text: `${senderText(view.sentBy)}, ${formatDateTime(view.sentAt)}` } },
        { key: { text: 'Read' }, value: { text: readText(view.read) } },
        {
          key: { text: 'What they said' },
          value: {
            html: (
              // Opening it is reading it (for the people who deal with it, as with messages).
              <details className="govuk-details govuk-!-margin-bottom-0" onToggle={(event) => markOnOpen && event.currentTarget.open && markRead(view.id)}>
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">
                    Show what they said<span className="govuk-visually-hidden"> ({formatDateTime(view.sentAt)})</span>
                  </span>
                </summary>
                <div className="govuk-details__text childfirst-preserve-lines">{view.text}</div>
              </details>
            ),
          },
        },
      ]}
    />
  );
}

const things = (count: number, one: string, many: string) => (count === 1 ? `1 new ${one}` : `${count} new ${many}`);

/** How many of each kind nobody on the staff side has read: "2 new documents and 1 new view". */
export function unreadSummary(parts: [number, string, string][]): string | null {
  const said = parts.filter(([count]) => count > 0).map(([count, one, many]) => things(count, one, many));
  if (said.length === 0) return null;
  return said.length === 1 ? (said[0] as string) : `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}`;
}

/**
 * What the family shared in the family portal, newest first: documents (downloaded with the token)
 * and the views of the children and parents, those nobody on the staff side has read tagged "New".
 * Opening one marks it read for everyone, when the person may write to the case.
 */
export function FromTheFamilySection({ workspace }: { workspace: CaseWorkspace }) {
  const documents = useFamilyDocuments(workspace.id);
  const views = useFamilyViews(workspace.id);
  const unread = unreadSummary([
    [documents.data?.unread ?? 0, 'document', 'documents'],
    [views.data?.unread ?? 0, 'view', 'views'],
  ]);
  const nothing = documents.data?.items.length === 0 && views.data?.items.length === 0;
  return (
    <section aria-labelledby={fromTheFamilyHeadingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id={fromTheFamilyHeadingId}>
        From the family
      </h2>
      <p className="govuk-body">
        Documents and views the family shared in the family portal.{workspace.permissions.writeNotes && ' Opening one marks it read for everyone working with the family.'}
      </p>
      {unread && (
        <p className="govuk-body">
          <strong>{unread}.</strong>
        </p>
      )}
      {nothing && <p className="govuk-body">The family has not shared any documents or views yet.</p>}
      {documents.isPending && <LoadingStatus text="Loading the family’s documents" />}
      {documents.isError && <ProblemNotice error={documents.error} onRetry={() => void documents.refetch()} headingLevel={3} />}
      {documents.data && documents.data.items.length > 0 && <DocumentsTable workspace={workspace} documents={documents.data.items} />}
      {views.isPending && <LoadingStatus text="Loading the family’s views" />}
      {views.isError && <ProblemNotice error={views.error} onRetry={() => void views.refetch()} headingLevel={3} />}
      {views.data && views.data.items.length > 0 && (
        <>
          <h3 className="govuk-heading-m">Views ({views.data.items.length})</h3>
          {newestFirst(views.data.items).map((view) => (
            <ViewCard key={view.id} workspace={workspace} view={view} />
          ))}
        </>
      )}
    </section>
  );
}
