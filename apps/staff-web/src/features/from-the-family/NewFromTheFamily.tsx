import type { CaseWorkspace } from '../../api/casesTypes';
import { useCaseThreads } from '../messages/useMessages';
import { fromTheFamilyHeadingId, unreadSummary } from './FromTheFamilySection';
import { useFamilyDocuments, useFamilyViews } from './useFromTheFamily';

/**
 * At the top of the case: how much the family sent that nobody on the staff side has read yet
 * (messages, documents, views), with links to where each is. Nothing when there is nothing new.
 */
export function NewFromTheFamily({ workspace }: { workspace: CaseWorkspace }) {
  const threads = useCaseThreads(workspace.id);
  const documents = useFamilyDocuments(workspace.id);
  const views = useFamilyViews(workspace.id);
  const messages = unreadSummary([[threads.data?.reduce((total, thread) => total + thread.unread, 0) ?? 0, 'message', 'messages']]);
  const shared = unreadSummary([
    [documents.data?.unread ?? 0, 'document', 'documents'],
    [views.data?.unread ?? 0, 'view', 'views'],
  ]);
  if (!messages && !shared) return null;
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">New from the family</h2>
      <ul className="govuk-list">
        {messages && (
          <li>
            <a className="govuk-link" href="#messages-heading">
              {messages}
            </a>
          </li>
        )}
        {shared && (
          <li>
            <a className="govuk-link" href={`#${fromTheFamilyHeadingId}`}>
              {shared}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
