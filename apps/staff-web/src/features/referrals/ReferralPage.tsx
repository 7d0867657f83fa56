import { triageOutcomeConsequences } from '@childfirst/domain/referrals';
import {
  ApiError,
  BackLink,
  InsetText,
  Link,
  LoadingStatus,
  NotificationBanner,
  PageHeading,
  ProblemNotice,
  SummaryList,
  Tag,
  WarningText,
  formatDate,
  formatDateTime,
  usePageTitle,
  type SummaryListRow,
} from '@childfirst/ui';
import { useCallback, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';
import { SuccessBanner } from '../../forms/pageOutcome';
import { useHasCapability } from '../account/useStaffProfile';
import { labelOf } from '../people/personFormat';
import { AgencyInformation } from './AgencyInformation';
import { DecisionForm } from './DecisionForm';
import { InformationGatheringForm } from './InformationGatheringForm';
import { DecisionClock } from './LiveClocks';
import { useNow } from './liveClock';
import { RagTag, preventionAlertText, referralReference } from './referralFormat';
import { ReferralSubjects } from './ReferralSubjects';
import { TellFamily } from './TellFamily';
import { useReferral } from './useReferral';

/** Set by pages that change the referral elsewhere (who works on it) and come back here. */
export interface ReferralPageLocationState {
  done?: string;
}

const contactLabels: Record<NonNullable<FrontDoorReferral['preferredContact']>, string> = {
  phone: 'Phone',
  email: 'Email',
  'portal-message': 'Message in the family portal',
};

function optional(value: string | null | undefined) {
  return value ? { html: <span className="childfirst-preserve-lines">{value}</span> } : { text: 'Not given' };
}

function referrerValue(referrer: NonNullable<FrontDoorReferral['referrer']>) {
  const lines = [
    referrer.name,
    [referrer.role, referrer.organisation].filter(Boolean).join(', '),
    referrer.relationship && labelOf(referrer.relationshipLabel, referrer.relationship),
    referrer.phone && `Phone: ${referrer.phone}`,
    referrer.email && `Email: ${referrer.email}`,
  ].filter((line): line is string => Boolean(line));
  if (lines.length === 0) return { text: 'Not given' };
  return {
    html: (
      <>
        {lines.map((line) => (
          <span key={line} className="govuk-!-display-block">
            {line}
          </span>
        ))}
      </>
    ),
  };
}

function referralRows(referral: FrontDoorReferral, now: number, canChangeAssignee: boolean): SummaryListRow[] {
  const isFamily = referral.intakeChannel === 'family-self';
  const rows: SummaryListRow[] = [
    { key: { text: 'Received' }, value: { text: formatDateTime(referral.receivedAt) } },
    { key: { text: 'How it came in' }, value: { text: referral.intakeChannelLabel } },
    { key: { text: 'Source' }, value: { text: referral.sourceLabel } },
  ];
  if (referral.referrer) rows.push({ key: { text: 'Referrer' }, value: referrerValue(referral.referrer) });
  rows.push({ key: { text: 'Decision due' }, value: { html: <DecisionClock times={referral} now={now} weekday /> } });
  rows.push({
    key: { text: 'Priority' },
    value: {
      html: (
        <>
          <RagTag rag={referral.rag} />
          {referral.ragSetAt && <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">Set on {formatDateTime(referral.ragSetAt)}</span>}
        </>
      ),
    },
  });
  rows.push({
    key: { text: 'Assigned to' },
    value: { text: referral.assignedTo?.name ?? 'No one' },
    ...(canChangeAssignee
      ? { actions: { items: [{ href: `/referrals/${encodeURIComponent(referral.id)}/assignee`, text: 'Change', visuallyHiddenText: 'who is working on this referral' }] } }
      : {}),
  });
  if (referral.urgencyLabel || !isFamily) rows.push({ key: { text: 'Urgency' }, value: { text: referral.urgencyLabel ?? 'Not given' } });
  if (referral.concerns.length > 0 || !isFamily) {
    rows.push({
      key: { text: 'Concerns' },
      value:
        referral.concerns.length === 0
          ? { text: 'None recorded' }
          : {
              html: (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {referral.concerns.map((concern) => (
                    <li key={concern.code}>{concern.label}</li>
                  ))}
                </ul>
              ),
            },
    });
  }
  if (referral.consent || !isFamily) {
    rows.push({
      key: { text: 'Family’s agreement' },
      value: referral.consent
        ? {
            html: (
              <>
                <span className="govuk-!-display-block">{referral.consent.label}</span>
                {referral.consent.detail && <span className="govuk-!-display-block childfirst-preserve-lines">{referral.consent.detail}</span>}
              </>
            ),
          }
        : { text: 'Not recorded' },
    });
  }
  rows.push({ key: { text: isFamily ? 'What is happening' : 'Description' }, value: optional(referral.whatIsHappening) });
  if (isFamily || referral.helpWanted) rows.push({ key: { text: 'Help the family would like' }, value: optional(referral.helpWanted) });
  if (isFamily) {
    rows.push({
      key: { text: 'Contact by' },
      value: {
        text: referral.preferredContact === 'phone' && referral.contactPhone ? `Phone: ${referral.contactPhone}` : referral.preferredContact ? contactLabels[referral.preferredContact] : 'Not given',
      },
    });
  }
  if (referral.externalReference) rows.push({ key: { text: 'Their reference' }, value: { text: referral.externalReference } });
  return rows;
}

function toldRow(label: string, at: string | null, notTold: string): SummaryListRow {
  return { key: { text: label }, value: { text: at ? formatDateTime(at) : notTold } };
}

function decisionRows(referral: FrontDoorReferral): SummaryListRow[] {
  const consequence = referral.outcome ? triageOutcomeConsequences[referral.outcome] : null;
  const rows: SummaryListRow[] = [
    { key: { text: 'Outcome' }, value: { text: referral.outcomeLabel ?? 'Not recorded' } },
    { key: { text: 'Reason' }, value: optional(referral.decisionReason) },
  ];
  if (referral.keyWorker) rows.push({ key: { text: 'Key worker' }, value: { text: referral.keyWorker.name } });
  if (referral.signpostServices) rows.push({ key: { text: 'Services signposted' }, value: optional(referral.signpostServices) });
  rows.push(
    { key: { text: 'Decided by' }, value: { text: referral.decidedBy ?? 'Not recorded' } },
    { key: { text: 'Decided on' }, value: { text: referral.decidedAt ? formatDateTime(referral.decidedAt) : 'Not recorded' } },
  );
  if (referral.lateReason) rows.push({ key: { text: 'Why it was late' }, value: optional(referral.lateReason) });
  if (referral.referrer) rows.push(toldRow('Referrer told', referral.referrerToldAt, 'Not yet'));
  rows.push(
    toldRow(
      'Family told',
      referral.familyToldAt,
      consequence && !consequence.tellFamilyAutomatically ? 'Not told automatically: a social worker decides when it is safe to tell them' : 'Not yet',
    ),
  );
  return rows;
}

/** A re-referral, other referrals about the same children and open prevention alerts: read first. */
function ReferralWarnings({ referral }: { referral: FrontDoorReferral }) {
  const openAlerts = referral.preventionAlerts.filter((alert) => alert.acknowledgedAt === null);
  return (
    <>
      {referral.reReferralOf && (
        <WarningText>
          This is a re-referral: the same child was referred on {formatDate(referral.reReferralOf.receivedAt)}
          {referral.reReferralOf.outcomeLabel ? ` (outcome: ${referral.reReferralOf.outcomeLabel})` : ''}.{' '}
          <Link className="govuk-link" href={`/referrals/${encodeURIComponent(referral.reReferralOf.id)}`}>
            See the earlier referral
          </Link>
        </WarningText>
      )}
      {openAlerts.map((alert) => (
        <WarningText key={alert.id} iconFallbackText="Prevention alert">
          {preventionAlertText(alert)}
        </WarningText>
      ))}
    </>
  );
}

function LinkedReferrals({ referral }: { referral: FrontDoorReferral }) {
  if (referral.linkedReferrals.length === 0) return null;
  return (
    <section aria-labelledby="linked-referrals-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="linked-referrals-heading">
        Other referrals about these children
      </h2>
      <ul className="govuk-list govuk-list--spaced">
        {referral.linkedReferrals.map((linked) => (
          <li key={linked.id}>
            <Link className="govuk-link" href={`/referrals/${encodeURIComponent(linked.id)}`}>
              Referral received {formatDateTime(linked.receivedAt)} from {linked.sourceLabel}
            </Link>{' '}
            {linked.status === 'decided' ? <Tag text={linked.outcomeLabel ?? 'Decided'} classes="govuk-tag--grey" /> : <Tag text="Awaiting a decision" classes="govuk-tag--blue" />}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface Done {
  heading: string;
  detail?: string;
  /** Counts what was done on the page, so each success is its own banner (announced, and clearing older errors). */
  sequence: number;
}

export function ReferralPage() {
  const { referralId = '' } = useParams();
  const location = useLocation();
  const referral = useReferral(referralId);
  const canDecide = useHasCapability('referral:triage:decide');
  const now = useNow();
  const arrivedWith = (location.state as ReferralPageLocationState | null)?.done;
  const [done, setDone] = useState<Done | null>(arrivedWith ? { heading: arrivedWith, sequence: 0 } : null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [formsWithErrors, setFormsWithErrors] = useState<Record<string, boolean>>({});
  const [errorSummaryContainer, setErrorSummaryContainer] = useState<HTMLDivElement | null>(null);
  // The family's name stays out of the title: browsers keep titles in their history.
  usePageTitle('Referral', { hasErrors: Object.values(formsWithErrors).some(Boolean) });

  const errorsShown = useCallback((form: string, shown: boolean) => setFormsWithErrors((current) => (current[form] === shown ? current : { ...current, [form]: shown })), []);
  const onGatheringErrors = useCallback((shown: boolean) => errorsShown('gathering', shown), [errorsShown]);
  const onDecisionErrors = useCallback((shown: boolean) => errorsShown('decision', shown), [errorsShown]);
  const onMatchErrors = useCallback((shown: boolean) => errorsShown('match', shown), [errorsShown]);

  function handleConflict(error: ApiError) {
    setDone(null);
    setConflict(error);
    void referral.refetch();
  }

  function handleDone(heading: string, detail?: string) {
    setConflict(null);
    setDone((previous) => ({ heading, detail, sequence: (previous?.sequence ?? 0) + 1 }));
  }

  const data = referral.data;
  const isDecided = data?.status === 'decided';
  const mayChange = canDecide === true && data?.status === 'awaiting-decision';
  const formProps = { onConflict: handleConflict, errorSummaryContainer };

  return (
    <>
      <BackLink href={isDecided ? '/decided' : '/'} text={isDecided ? 'Back to decided referrals' : 'Back to the triage queue'} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div ref={setErrorSummaryContainer} />
          {done && (
            <SuccessBanner key={done.sequence}>
              <h3 className="govuk-notification-banner__heading">{done.heading}</h3>
              {done.detail && <p className="govuk-body">{done.detail}</p>}
            </SuccessBanner>
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
              <PageHeading caption={`Referral ${referralReference(data.id)}`} classes="govuk-heading-l">
                {data.familyName ?? 'Family not yet identified'}
              </PageHeading>
              <ReferralWarnings referral={data} />
              <SummaryList rows={referralRows(data, now, mayChange)} />
              <section aria-labelledby="children-heading" className="govuk-!-margin-bottom-8">
                <h2 className="govuk-heading-l" id="children-heading">
                  {data.subjects.length === 1 ? 'The child' : 'The children'}
                </h2>
                <ReferralSubjects referral={data} canMatch={mayChange} onMatched={(heading) => handleDone(heading)} onErrorsShown={onMatchErrors} {...formProps} />
              </section>
              <LinkedReferrals referral={data} />
              {mayChange && <InformationGatheringForm referral={data} onSaved={handleDone} onErrorsShown={onGatheringErrors} {...formProps} />}
            </>
          )}
        </div>
      </div>
      {data && (
        <>
          <AgencyInformation referral={data} now={now} />
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              {isDecided ? (
                <section aria-labelledby="decision-heading">
                  <h2 className="govuk-heading-l" id="decision-heading">
                    Decision
                  </h2>
                  <SummaryList rows={decisionRows(data)} />
                  <TellFamily referral={data} onTold={handleDone} />
                </section>
              ) : mayChange ? (
                <DecisionForm
                  referral={data}
                  now={now}
                  onErrorsShown={onDecisionErrors}
                  onDecided={(decided) => {
                    const consequence = decided.outcome ? triageOutcomeConsequences[decided.outcome] : null;
                    handleDone(
                      `Decision recorded: ${decided.outcomeLabel ?? ''}`,
                      [
                        decided.intakeChannel === 'public' ? 'The member of the public who reported it is not told the outcome, for the family’s privacy.' : 'The referrer will be told.',
                        consequence?.tellFamilyAutomatically === false
                          ? 'The family is not told automatically: a social worker decides when it is safe to tell them.'
                          : 'The family will be told in the family portal, without who referred or what they said.',
                      ].join(' '),
                    );
                  }}
                  {...formProps}
                />
              ) : (
                canDecide === false && <InsetText text="Only triage managers and team managers can decide referrals." />
              )}
            </div>
          </div>
        </>
      )}
    </>
  );
}
