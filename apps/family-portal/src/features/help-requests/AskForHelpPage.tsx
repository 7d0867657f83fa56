import type { FamilyHelpRequest } from '@childfirst/domain/referrals';
import { BackLink, Link, PageHeading, Panel, focusMainHeading } from '@childfirst/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';
import { HelpRequestForm } from './HelpRequestForm';

function RequestSent({ request }: { request: FamilyHelpRequest }) {
  const { t } = useTranslation('help');
  const formats = useFormats();
  useFormTitle(t('sent.title'));
  useEffect(() => {
    focusMainHeading();
  }, []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel titleText={t('sent.title')} html={t('sent.received', { when: formats.dateTime(request.receivedAt) })} />
        <h2 className="govuk-heading-m">{t('sent.next')}</h2>
        <p className="govuk-body">{request.statusDetail}</p>
        <p className="govuk-body">{t('sent.decideBy', { when: formats.deadline(request.decisionDueAt, { weekday: true }) })}</p>
        <p className="govuk-body">{t('common:reportConcern.danger')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/help-requests">
            {t('sent.goToRequests')}
          </Link>
        </p>
      </div>
    </div>
  );
}

export function AskForHelpPage() {
  const { t } = useTranslation('help');
  const [sent, setSent] = useState<FamilyHelpRequest | null>(null);
  if (sent) return <RequestSent request={sent} />;
  return (
    <>
      <BackLink href="/help-requests" text={t('common:actions.back')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <HelpRequestForm
            onSent={setSent}
            intro={
              <>
                <PageHeading classes="govuk-heading-l">{t('form.title')}</PageHeading>
                <p className="govuk-body">{t('form.intro')}</p>
                <p className="govuk-body">{t('common:reportConcern.danger')}</p>
              </>
            }
          />
        </div>
      </div>
    </>
  );
}
