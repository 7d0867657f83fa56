import { BackLink, PageHeading } from '@childfirst/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/i18n';
import { useNavigate } from '../../app/router';
import { queryKeys } from '../../api/queryKeys';
import { MessageForm } from './MessageForm';

/** A new conversation with the key worker; once sent, the conversation's page opens. */
export function NewMessagePage() {
  const { t } = useTranslation('messages');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <>
      <BackLink href="/messages" text={t('common:actions.back')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <MessageForm
            title={t('new.title')}
            intro={
              <>
                <PageHeading classes="govuk-heading-l">{t('new.title')}</PageHeading>
                <p className="govuk-body">{t('new.intro')}</p>
                <p className="govuk-body">{t('new.urgent')}</p>
              </>
            }
            onSent={(thread) => {
              queryClient.setQueryData(queryKeys.thread(thread.id), thread);
              void queryClient.invalidateQueries({ queryKey: queryKeys.threads, exact: true });
              void navigate(`/messages/${thread.id}`, { state: { sent: true } });
            }}
          />
        </div>
      </div>
    </>
  );
}
