import type { TriageOutcome } from './triage-outcome';
import { triageOutcomeForFamily } from './triage-outcome';

export const referralStatuses = ['awaiting-decision', 'decided'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export interface FamilyFacingStatus {
  heading: string;
  detail: string;
}

/** The family's view of where a request for help stands, with what happens next. */
export function describeReferralForFamily(
  status: ReferralStatus,
  outcome: TriageOutcome | null,
): FamilyFacingStatus {
  if (status === 'decided' && outcome) {
    return { heading: 'Decision made', detail: triageOutcomeForFamily[outcome] };
  }
  return {
    heading: 'Received – being looked at',
    detail: 'Our front door team will decide what happens next within one working day.',
  };
}

/** A family's own request for help as the portal shows it (FamilyHelpRequest in schemas.ts): its allow-listed fields only. */
export function familyHelpRequestView(request: {
  id: string;
  receivedAt: Date;
  whatIsHappening: string;
  status: ReferralStatus;
  outcome: TriageOutcome | null;
  decisionDueAt: Date;
  decidedAt: Date | null;
}) {
  const status = describeReferralForFamily(request.status, request.outcome);
  return {
    id: request.id,
    receivedAt: request.receivedAt.toISOString(),
    whatIsHappening: request.whatIsHappening,
    status: request.status,
    statusHeading: status.heading,
    statusDetail: status.detail,
    decisionDueAt: request.decisionDueAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
  };
}
