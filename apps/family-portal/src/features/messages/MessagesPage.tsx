import { Button, Link, LoadingStatus, PageHeading, Tag } from '@childfirst/ui';
import { useTranslation } from '../../i18n/i18n';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';
import { useThreads } from './useThreads';

/** The family's conversations with their key worker, newest first, with the unread ones marked. */
export function MessagesPage() {
  const { t } = useTranslation('messages');
  const formats = useFormats();
  const threads = useThreads();
  useFormTitle(t('list.title'));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading classes="govuk-heading-l">{t('list.title')}</PageHeading>
        <p className="govuk-body">{t('list.intro')}</p>
        <Button href="/messages/new" text={t('list.new')} />
        {threads.isPending && <LoadingStatus text={t('list.loading')} />}
        {threads.isError && <ProblemNotice error={threads.error} onRetry={() => void threads.refetch()} />}
        {threads.data?.length === 0 && <p className="govuk-body">{t('list.none')}</p>}
        {threads.data && threads.data.length > 0 && (
          <ul className="govuk-list childfirst-thread-list">
            {threads.data.map((thread) => (
              <li key={thread.id} className="childfirst-thread-list__item">
                <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link className="govuk-link" href={`/messages/${thread.id}`}>
                    {thread.subject}
                  </Link>
                  {thread.unread > 0 && (
                    <>
                      {' '}
                      <Tag classes="govuk-tag--blue" text={t('list.unread', { count: thread.unread })} />
                    </>
                  )}
                </h2>
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  {t('list.lastMessage', { name: thread.lastFrom, when: formats.dateTime(thread.lastMessageAt) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
