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
