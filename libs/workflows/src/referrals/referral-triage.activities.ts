import type { TriageOutcome } from '@childfirst/domain/referrals';

export interface RecordTriageDecisionInput {
  referralId: string;
  outcome: TriageOutcome;
  reason: string;
  decidedBySubject: string;
  decidedByName: string;
  /** ISO instant the person recorded the decision (not the activity's clock). */
  decidedAt: string;
  /** The version the decision maker saw; a different current version means they decided on stale data. */
  expectedVersion: number;
}

export interface ReferralClockEventInput {
  referralId: string;
  /** ISO instant from the workflow's deterministic clock. */
  at: string;
}

/**
 * Implemented by apps/workers/src/referrals. Every activity is idempotent: running it twice (a
 * retry after a worker crash) leaves the same state as running it once.
 */
export interface ReferralTriageActivities {
  recordTriageDecision(input: RecordTriageDecisionInput): Promise<{ version: number }>;
  recordDecisionAtRisk(input: ReferralClockEventInput): Promise<void>;
  recordDecisionOverdue(input: ReferralClockEventInput): Promise<void>;
}
