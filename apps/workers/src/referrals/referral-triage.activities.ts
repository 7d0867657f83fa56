import { asActivity, type ReferralService } from '@childfirst/server';
import type { ReferralTriageActivities } from '@childfirst/workflows/referrals';

export function createReferralTriageActivities(referrals: ReferralService): ReferralTriageActivities {
  return {
    recordTriageDecision: (input) =>
      asActivity(() =>
        referrals.recordTriageDecision({
          referralId: input.referralId,
          outcome: input.outcome,
          reason: input.reason,
          decidedAt: new Date(input.decidedAt),
          decidedBySubject: input.decidedBySubject,
          decidedByName: input.decidedByName,
          expectedVersion: input.expectedVersion,
        }),
      ),
    recordDecisionAtRisk: (input) => asActivity(() => referrals.recordDecisionAtRisk(input.referralId, new Date(input.at))),
    recordDecisionOverdue: (input) => asActivity(() => referrals.recordDecisionOverdue(input.referralId, new Date(input.at))),
  };
}
