import { BackLink, LoadingStatus, NotificationBanner, PageHeading } from '@childfirst/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useLocation, useParams } from '../../app/router';
import type { MessageThread } from '@childfirst/domain/portal';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';
import { AttachmentLink } from '../attachments/AttachmentLink';
import { MessageForm } from './MessageForm';
import { MESSAGES_POLL_MS } from './useThreads';

type Message = MessageThread['messages'][number];

function MessageItem({ message }: { message: Message }) {
  const { t } = useTranslation('messages');
  const formats = useFormats();
  return (
    <li className={`childfirst-message${message.mine ? ' childfirst-message--mine' : ''}`}>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
        {message.mine ? t('thread.you') : message.from.name}
        <span className="govuk-visually-hidden">,</span>{' '}
        <span className="govuk-body-s govuk-!-font-weight-regular childfirst-message__time">
          <time dateTime={message.sentAt}>{formats.dateTime(message.sentAt)}</time>
        </span>
      </h2>
      <p className="govuk-body childfirst-preserve-lines govuk-!-margin-bottom-2">{message.body}</p>
      {message.attachments.length > 0 && (
        <ul className="govuk-list govuk-!-margin-bottom-2" aria-label={t('thread.attachments')}>
          {message.attachments.map((attachment) => (
            <li key={attachment.id}>
              <AttachmentLink attachment={attachment} />
            </li>
          ))}
        </ul>
      )}
      {message.mine && <p className="govuk-body-s govuk-!-margin-bottom-0 childfirst-message__receipt">{message.readAt ? t('thread.read') : t('thread.sent')}</p>}
    </li>
  );
}

/**
 * One conversation: every message, oldest first, with "You" for the person's own and "Read" once
 * the key worker has read them; files to download; a reply form. Opening it marks it read, and it
 * is checked for new messages every 30 seconds.
 */
export function ThreadPage() {
  const { threadId = '' } = useParams();
  const api = useFamilyApi();
  const queryClient = useQueryClient();
  const location = useLocation();
  const { t } = useTranslation('messages');
  const thread = useQuery({ queryKey: queryKeys.thread(threadId), queryFn: () => api.getThread(threadId), refetchInterval: MESSAGES_POLL_MS });
  // A new form (and idempotency key) after each reply sent.
  const [replies, setReplies] = useState(0);
  const [justSent, setJustSent] = useState<boolean>(Boolean((location.state as { sent?: boolean } | null)?.sent));
  useFormTitle(t('thread.title'));

  const markRead = useMutation({
    mutationFn: () => api.markThreadRead(threadId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.threads, exact: true }),
  });
  const markedUpTo = useRef<string | null>(null);
  const latestUnread = thread.data?.messages.filter((message) => !message.mine && !message.readAt).at(-1)?.id;
  const { mutate } = markRead;
  useEffect(() => {
    // Once for each newest message from the key worker not yet read, however often the page polls.
    if (!latestUnread || markedUpTo.current === latestUnread) return;
    markedUpTo.current = latestUnread;
    mutate();
  }, [latestUnread, mutate]);

  return (
    <>
      <BackLink href="/messages" text={t('common:actions.back')} />
      {justSent && <NotificationBanner key={replies} type="success" titleText={t('thread.sentBannerTitle')} text={t('thread.sentBanner')} />}
      {thread.isPending && <LoadingStatus text={t('thread.loading')} />}
      {thread.isError && <ProblemNotice error={thread.error} onRetry={() => void thread.refetch()} />}
      {thread.data && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading classes="govuk-heading-l" caption={t('thread.caption')}>
              {thread.data.subject}
            </PageHeading>
            <ol className="govuk-list childfirst-messages">
              {thread.data.messages.map((message) => (
                <MessageItem key={message.id} message={message} />
              ))}
            </ol>
            <MessageForm
              key={replies}
              threadId={threadId}
              title={t('thread.title')}
              intro={<h2 className="govuk-heading-m">{t('thread.replyHeading')}</h2>}
              onSent={(updated) => {
                queryClient.setQueryData(queryKeys.thread(threadId), updated);
                void queryClient.invalidateQueries({ queryKey: queryKeys.threads, exact: true });
                setReplies((count) => count + 1);
                setJustSent(true);
              }}
            />
          </div>
        </div>
      )}
    </>
  );
}
