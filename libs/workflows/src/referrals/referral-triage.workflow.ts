import { ActivityFailure, ApplicationFailure, allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ReferralTriageActivities } from './referral-triage.activities';
import {
  REFERRAL_ALREADY_DECIDED,
  decideReferralUpdate,
  type DecideReferralArgs,
  referralTriageStateQuery,
  type ReferralTriageInput,
  type ReferralTriageState,
} from './referral-triage.messages';

const activities = proxyActivities<ReferralTriageActivities>({
  startToCloseTimeout: '30 seconds',
  // Database blips and worker restarts are retried (no attempt limit) until scheduleToClose, a day;
  // domain rejections are thrown as non-retryable failures by the activities themselves.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
  scheduleToCloseTimeout: '1 day',
});

/**
 * Front-door triage of one referral (PRODUCT.md: decision within 1 working day of receipt).
 * Waits for the decision; records "at risk" at the escalation point and "overdue" at the due time,
 * so managers can act before and after the deadline; completes once the decision is recorded.
 * Only ids and instants are in the history; the referral itself lives in Postgres.
 */
export async function referralTriageWorkflow(input: ReferralTriageInput): Promise<ReferralTriageState> {
  const state: ReferralTriageState = { stage: 'awaiting-decision', outcome: null };
  let deciding = false;

  setHandler(referralTriageStateQuery, () => state);
  setHandler(
    decideReferralUpdate,
    async (args) => {
      deciding = true;
      try {
        const recorded = await activities.recordTriageDecision({ referralId: input.referralId, ...args });
        state.stage = 'decided';
        state.outcome = args.outcome;
        return { outcome: args.outcome, version: recorded.version };
      } catch (error) {
        // Surface the domain rejection (e.g. a stale version) as the update's own failure type.
        if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) {
          throw ApplicationFailure.nonRetryable(error.cause.message, error.cause.type);
        }
        throw error;
      } finally {
        deciding = false;
      }
    },
    {
      // Rejected updates leave no trace in history, so a duplicate decision costs nothing.
      validator: (_decision: DecideReferralArgs) => {
        if (state.stage === 'decided' || deciding) {
          throw ApplicationFailure.nonRetryable('This referral has already been decided.', REFERRAL_ALREADY_DECIDED);
        }
      },
    },
  );

  const decided = () => state.stage === 'decided';
  const msUntil = (iso: string) => Math.max(0, Date.parse(iso) - Date.now());

  if (!(await condition(decided, msUntil(input.decisionEscalatesAt)))) {
    state.stage = 'at-risk';
    await activities.recordDecisionAtRisk({ referralId: input.referralId, at: new Date().toISOString() });
  }
  if (!decided() && !(await condition(decided, msUntil(input.decisionDueAt)))) {
    state.stage = 'overdue';
    await activities.recordDecisionOverdue({ referralId: input.referralId, at: new Date().toISOString() });
  }
  await condition(decided);
  await condition(allHandlersFinished);
  return state;
}
