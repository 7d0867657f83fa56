import { ApplicationFailure } from '@temporalio/common';
import { isDomainError } from '@childfirst/domain/errors';
import type { ReferralService } from '@childfirst/server';
import type { ReferralTriageActivities } from '@childfirst/workflows/referrals';

/** Domain rejections are final (non-retryable, typed by their code); anything else is retried. */
async function asActivity<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) throw ApplicationFailure.nonRetryable(error.message, error.code);
    throw error;
  }
}

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
