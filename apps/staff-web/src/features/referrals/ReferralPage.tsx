import type { ReferralDetail } from '@childfirst/domain/referrals';
import {
  ApiError,
  BackLink,
  InsetText,
  LoadingStatus,
  NotificationBanner,
  PageHeading,
  ProblemNotice,
  SummaryList,
  formatDateTime, formatDeadline,
  usePageTitle,
  type SummaryListRow,
} from '@childfirst/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useHasCapability } from '../account/useStaffProfile';
import { ClockTag } from './ClockTag';
import { DecisionForm } from './DecisionForm';
import { useReferral } from './useReferral';

const contactLabels: Record<ReferralDetail['preferredContact'], string> = {
  phone: 'Phone',
  email: 'Email',
  'portal-message': 'Message in the family portal',
};

function optional(value: string | null) {
  return value ? { html: <span className="childfirst-preserve-lines">{value}</span> } : { text: 'Not given' };
}

function referralRows(referral: ReferralDetail): SummaryListRow[] {
  return [
    { key: { text: 'Received' }, value: { text: formatDateTime(referral.receivedAt) } },
    { key: { text: 'Source' }, value: { text: referral.sourceLabel } },
    {
      key: { text: 'Decision due' },
      value: {
        html: (
          <>
            {formatDeadline(referral.decisionDueAt, { weekday: true })} <ClockTag clockState={referral.clockState} />
          </>
        ),
      },
    },
    { key: { text: 'What is happening' }, value: optional(referral.whatIsHappening) },
    { key: { text: 'Help the family would like' }, value: optional(referral.helpWanted) },
    {
      key: { text: 'Contact by' },
      value: { text: referral.preferredContact === 'phone' && referral.contactPhone ? `Phone: ${referral.contactPhone}` : contactLabels[referral.preferredContact] },
    },
  ];
}

function decisionRows(referral: ReferralDetail): SummaryListRow[] {
  return [
    { key: { text: 'Outcome' }, value: { text: referral.outcomeLabel ?? 'Not recorded' } },
    { key: { text: 'Reason' }, value: optional(referral.decisionReason) },
    { key: { text: 'Decided by' }, value: { text: referral.decidedBy ?? 'Not recorded' } },
    { key: { text: 'Decided on' }, value: { text: referral.decidedAt ? formatDateTime(referral.decidedAt) : 'Not recorded' } },
  ];
}

export function ReferralPage() {
  const { referralId = '' } = useParams();
  const referral = useReferral(referralId);
  const canDecide = useHasCapability('referral:triage:decide');
  const [justDecided, setJustDecided] = useState(false);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [formShowsErrors, setFormShowsErrors] = useState(false);
  const [errorSummaryContainer, setErrorSummaryContainer] = useState<HTMLDivElement | null>(null);
  // The family's name stays out of the title: browsers keep titles in their history.
  usePageTitle('Referral', { hasErrors: formShowsErrors });

  function handleConflict(error: ApiError) {
    setConflict(error);
    void referral.refetch();
  }

  const data = referral.data;
  const isDecided = data?.status === 'decided';
  return (
    <>
      <BackLink href={isDecided ? '/decided' : '/'} text={isDecided ? 'Back to decided referrals' : 'Back to the triage queue'} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div ref={setErrorSummaryContainer} />
          {justDecided && data && (
            <NotificationBanner type="success" titleText="Success">
              <h3 className="govuk-notification-banner__heading">Decision recorded: {data.outcomeLabel}</h3>
              <p className="govuk-body">The family will see the outcome in the family portal.</p>
            </NotificationBanner>
          )}
          {conflict && (
            <NotificationBanner titleText="Important" role="alert">
              <h3 className="govuk-notification-banner__heading">{conflict.problem.title}</h3>
              {conflict.problem.detail && <p className="govuk-body">{conflict.problem.detail}</p>}
              <p className="govuk-body">The referral below has been reloaded. Check it before you do anything else.</p>
            </NotificationBanner>
          )}
          {!data ? (
            <>
              <PageHeading classes="govuk-heading-l">Referral</PageHeading>
              {referral.isPending && <LoadingStatus text="Loading the referral" />}
              {referral.isError && <ProblemNotice error={referral.error} onRetry={() => void referral.refetch()} />}
            </>
          ) : (
            <>
              <PageHeading caption="Referral" classes="govuk-heading-l">
                {data.familyName ?? 'Family not yet identified'}
              </PageHeading>
              <SummaryList rows={referralRows(data)} />
              {isDecided ? (
                <>
                  <h2 className="govuk-heading-m">Decision</h2>
                  <SummaryList rows={decisionRows(data)} />
                </>
              ) : canDecide ? (
                <DecisionForm
                  key={data.version}
                  referral={data}
                  errorSummaryContainer={errorSummaryContainer}
                  onErrorsShown={setFormShowsErrors}
                  onConflict={handleConflict}
                  onDecided={() => {
                    setConflict(null);
                    setJustDecided(true);
                  }}
                />
              ) : (
                canDecide === false && <InsetText text="Only triage managers and team managers can decide referrals." />
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
