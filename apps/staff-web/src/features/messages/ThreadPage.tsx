import { Button, LoadingStatus, PageHeading, Tag, Textarea, formatDateTime, usePageTitle } from '@childfirst/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { CaseWorkspace } from '../../api/casesTypes';
import type { MessageThread, ThreadMessage } from '../../api/portalTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { SuccessBanner } from '../../forms/pageOutcome';
import { RecordProblem } from '../account/RecordProblem';
import { CaseActionPage } from '../cases/CaseActionPage';
import { AttachmentDownload } from './AttachmentDownload';
import { replyFields, validateReply } from './messageForm';
import { unreadFamilyMessageIds, useCaseThread, useMarkThreadRead, useReplyToThread } from './useMessages';

// Kept free of the subject, which may name people: browsers keep titles in their history.
const title = 'Conversation with the family';

function Message({ caseId, message, isNew }: { caseId: string; message: ThreadMessage; isNew: boolean }) {
  const sender = message.mine ? 'You' : message.from.name;
  return (
    <li className="childfirst-chronology__entry">
      <div className="childfirst-chronology__meta">
        <span className="govuk-body-s govuk-!-margin-bottom-0">{formatDateTime(message.sentAt)}</span>
        <Tag text={message.from.kind === 'family' ? 'Family' : 'Staff'} classes={message.from.kind === 'family' ? 'govuk-tag--purple' : 'govuk-tag--grey'} />
        {isNew && <Tag text="New" classes="govuk-tag--blue" />}
      </div>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">{sender}</h2>
      <p className="govuk-body govuk-!-margin-bottom-1 childfirst-preserve-lines">{message.body}</p>
      {message.attachments.length > 0 && (
        <ul className="govuk-list govuk-!-margin-top-2" aria-label={`Files attached by ${sender}`}>
          {message.attachments.map((attachment) => (
            <AttachmentDownload key={attachment.id} caseId={caseId} attachment={attachment} />
          ))}
        </ul>
      )}
      {message.from.kind === 'staff' && (
        <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-0">{message.readAt ? `Read by the family on ${formatDateTime(message.readAt)}` : 'Not read by the family yet'}</p>
      )}
    </li>
  );
}

function Conversation({ workspace, thread }: { workspace: CaseWorkspace; thread: MessageThread }) {
  // What was unread when the page opened stays marked "New" while it is open, though opening it marked it read.
  const [newIds] = useState(() => new Set(unreadFamilyMessageIds(thread)));
  const [body, setBody] = useState('');
  // One key per reply: sending it again after a failure sends the reply once; a new reply gets a new key.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [repliesSent, setRepliesSent] = useState(0);
  const problems = useFormProblems();
  const reply = useReplyToThread(workspace.id, thread.id);
  const canReply = workspace.permissions.writeNotes;
  usePageTitle(title, { hasErrors: problems.showsErrors });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reply.isPending) return;
    const result = validateReply(body);
    if (result.errors) {
      problems.show(result.errors);
      return;
    }
    problems.clear();
    reply.mutate(
      { reply: result.reply, idempotencyKey },
      {
        onSuccess: () => {
          setBody('');
          setIdempotencyKey(crypto.randomUUID());
          setRepliesSent((count) => count + 1);
        },
        onError: (error) => problems.showApiError(error),
      },
    );
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={replyFields} notSaved="Your reply has not been sent. Try again." />
      {repliesSent > 0 && (
        <SuccessBanner key={repliesSent}>
          <p className="govuk-notification-banner__heading">Your reply has been sent. The family can read it in the family portal.</p>
        </SuccessBanner>
      )}
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {thread.subject}
      </PageHeading>
      <ol className="childfirst-chronology" aria-label="Messages, oldest first">
        {thread.messages.map((message) => (
          <Message key={message.id} caseId={workspace.id} message={message} isNew={newIds.has(message.id)} />
        ))}
      </ol>
      {canReply && (
        <form noValidate onSubmit={handleSubmit} aria-label="Reply to the family">
          <Textarea
            id="reply"
            name="body"
            rows={6}
            label={{ text: 'Your reply', classes: 'govuk-label--m' }}
            hint={{ text: 'The family reads it in the family portal. Up to 5,000 characters.' }}
            value={body}
            errorMessage={fieldError(problems.errors, 'body')}
            onChange={setBody}
          />
          <Button disabled={reply.isPending} text={reply.isPending ? 'Sending your reply…' : 'Send reply'} />
          <LoadingStatus text={reply.isPending ? 'Sending your reply' : ''} visuallyHidden />
        </form>
      )}
    </>
  );
}

function ThreadView({ workspace, threadId }: { workspace: CaseWorkspace; threadId: string }) {
  const thread = useCaseThread(workspace.id, threadId);
  const { mutate: markRead } = useMarkThreadRead(workspace.id, threadId);
  const marked = useRef(false);
  // Opening the conversation marks the family's messages read, for the people who answer them: a
  // read-only viewer (an inspector) reading it must not make it look answered.
  const hasUnread = thread.data ? unreadFamilyMessageIds(thread.data).length > 0 : false;
  const canMarkRead = workspace.permissions.writeNotes;
  useEffect(() => {
    if (!hasUnread || !canMarkRead || marked.current) return;
    marked.current = true;
    markRead();
  }, [hasUnread, canMarkRead, markRead]);

  if (thread.isError) return <RecordProblem error={thread.error} what="this conversation" onRetry={() => void thread.refetch()} />;
  if (!thread.data) return <LoadingPage title={title} text="Loading the conversation" />;
  return <Conversation workspace={workspace} thread={thread.data} />;
}

/** /cases/:caseId/messages/:threadId: a conversation with the family, and a reply to it. */
export function ThreadPage() {
  const { threadId = '' } = useParams();
  return (
    <CaseActionPage title={title} what="this case">
      {(workspace) => <ThreadView key={threadId} workspace={workspace} threadId={threadId} />}
    </CaseActionPage>
  );
}
