import {
  ActivityFailure,
  ApplicationFailure,
  ParentClosePolicy,
  WorkflowIdReusePolicy,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  startChild,
} from '@temporalio/workflow';
import type { AssessmentActivities, FrontDoorActivities } from './front-door.activities';
import {
  INFORMATION_REQUEST_NOT_OPEN,
  answerInformationRequestUpdate,
  assessmentCompletedSignal,
  assessmentWorkflowId,
  frontDoorDecisionUpdate,
  frontDoorStateQuery,
  gatherInformationUpdate,
  type AssessmentCompletion,
  type AssessmentInput,
  type FrontDoorDecisionArgs,
  type FrontDoorInput,
  type GatherInformationArgs,
  type FrontDoorState,
  type InformationRequestTicket,
} from './front-door.messages';
import { REFERRAL_ALREADY_DECIDED } from './referral-triage.messages';

const retry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' } as const;
// Database blips and worker restarts are retried until scheduleToClose; domain rejections are non-retryable.
// Short start-to-close: these are single database transactions, and a worker that dies mid-activity is retried soon.
const activities = proxyActivities<FrontDoorActivities>({ startToCloseTimeout: '10 seconds', scheduleToCloseTimeout: '1 day', retry });

/** Re-throws a domain rejection from an activity as the update's own failure, typed by its code. */
function asUpdateFailure(error: unknown): never {
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) {
    throw ApplicationFailure.nonRetryable(error.cause.message, error.cause.type);
  }
  throw error;
}

const msUntil = (iso: string) => Math.max(0, Date.parse(iso) - Date.now());
const nowIso = () => new Date().toISOString();

export async function frontDoorReferralWorkflow(input: FrontDoorInput): Promise<FrontDoorState> {
  const { referralId } = input;
  const state: FrontDoorState = { stage: 'received', decisionClock: 'on-time', rag: null, requests: [], outcome: null };
  let deciding = false;
  const watchers: Promise<void>[] = [];
  const decided = () => state.stage === 'decided' || state.stage === 'closed';
  const notDecided = () => {
    if (decided() || deciding) throw ApplicationFailure.nonRetryable('This referral has already been decided.', REFERRAL_ALREADY_DECIDED);
  };

  /** Chases an agency at the request's escalation point and escalates when it is overdue; stops once answered or decided. */
  async function watch(ticket: InformationRequestTicket): Promise<void> {
    const tracked = () => state.requests.find((r) => r.id === ticket.id);
    const settled = () => decided() || tracked()?.status === 'answered' || tracked()?.status === 'cancelled';
    if (!(await condition(settled, msUntil(ticket.escalateAt)))) {
      await activities.chaseInformationRequest({ requestId: ticket.id, at: nowIso() });
      const request = tracked();
      if (request && request.status === 'requested') request.status = 'chased';
    }
    if (!settled() && !(await condition(settled, msUntil(ticket.dueAt)))) {
      await activities.escalateInformationRequest({ requestId: ticket.id, at: nowIso() });
      const request = tracked();
      if (request && request.status !== 'answered') request.status = 'overdue';
    }
  }

  setHandler(frontDoorStateQuery, () => state);

  setHandler(
    gatherInformationUpdate,
    async (args) => {
      const result = await activities.recordInformationGathering({ referralId, ...args }).catch(asUpdateFailure);
      state.rag = args.rag;
      if (state.stage === 'received') state.stage = 'gathering';
      for (const ticket of result.requests) {
        if (state.requests.some((r) => r.id === ticket.id)) continue;
        state.requests.push({ ...ticket, status: 'requested' });
        watchers.push(watch(ticket));
      }
      return result;
    },
    { validator: (_args: GatherInformationArgs) => notDecided() },
  );

  setHandler(
    answerInformationRequestUpdate,
    async (args) => {
      await activities.recordInformationResponse({ referralId, ...args }).catch(asUpdateFailure);
      const request = state.requests.find((r) => r.id === args.requestId);
      if (request) request.status = 'answered';
    },
    {
      validator: (args) => {
        const request = state.requests.find((r) => r.id === args.requestId);
        if (!request || request.status === 'answered' || request.status === 'cancelled') {
          throw ApplicationFailure.nonRetryable('This information request is not open: it was answered, cancelled or never sent.', INFORMATION_REQUEST_NOT_OPEN);
        }
      },
    },
  );

  setHandler(
    frontDoorDecisionUpdate,
    async (args) => {
      deciding = true;
      try {
        const recorded = await activities.recordFrontDoorDecision({ referralId, ...args }).catch(asUpdateFailure);
        state.stage = 'decided';
        state.outcome = args.outcome;
        return { outcome: args.outcome, version: recorded.version };
      } finally {
        deciding = false;
      }
    },
    { validator: (_args: FrontDoorDecisionArgs) => notDecided() },
  );

  await activities.acknowledgeReferral({ referralId });
  await activities.screenReferral({ referralId });

  // The decision clock: one working day from receipt, at risk at its escalation point.
  if (!(await condition(decided, msUntil(input.decisionEscalatesAt)))) {
    state.decisionClock = 'at-risk';
    await activities.recordDecisionAtRisk({ referralId, at: nowIso() });
  }
  if (!decided() && !(await condition(decided, msUntil(input.decisionDueAt)))) {
    state.decisionClock = 'overdue';
    await activities.recordDecisionOverdue({ referralId, at: nowIso() });
  }
  await condition(decided);

  // Nothing falls between departments: open requests end, and the outcome leads somewhere.
  if (state.requests.some((r) => r.status !== 'answered' && r.status !== 'cancelled')) {
    await activities.cancelOpenInformationRequests({ referralId, at: nowIso() });
    for (const request of state.requests) if (request.status !== 'answered') request.status = 'cancelled';
  }
  switch (state.outcome) {
    case 'early-help':
      await activities.allocateKeyWorker({ referralId });
      break;
    case 'child-and-family-assessment': {
      const assessment = await activities.prepareAssessment({ referralId });
      await startChild(childAndFamilyAssessmentWorkflow, {
        workflowId: assessmentWorkflowId(referralId),
        args: [assessment],
        // The assessment outlives the front door's workflow.
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      break;
    }
    case 'strategy-discussion':
      await activities.requestStrategyDiscussion({ referralId });
      break;
    default:
      break;
  }
  await activities.notifyOutcome({ referralId });
  await Promise.all(watchers);
  await condition(allHandlersFinished);
  state.stage = 'closed';
  return state;
}

const assessmentActivities = proxyActivities<AssessmentActivities>({ startToCloseTimeout: '30 seconds', scheduleToCloseTimeout: '1 day', retry });

/**
 * The contract's minimal assessment: holds the 45-working-day clock (at risk, overdue) until the
 * assessment is recorded as completed. The assessment issue replaces the body, not the contract.
 */
export async function childAndFamilyAssessmentWorkflow(input: AssessmentInput): Promise<AssessmentCompletion> {
  let completion: AssessmentCompletion | null = null;
  setHandler(assessmentCompletedSignal, (done) => {
    completion ??= done;
  });
  const completed = () => completion !== null;
  if (!(await condition(completed, msUntil(input.escalatesAt)))) {
    await assessmentActivities.recordAssessmentClock({ referralId: input.referralId, event: 'at-risk', at: nowIso() });
  }
  if (!completed() && !(await condition(completed, msUntil(input.dueAt)))) {
    await assessmentActivities.recordAssessmentClock({ referralId: input.referralId, event: 'overdue', at: nowIso() });
  }
  await condition(completed);
  await assessmentActivities.recordAssessmentClock({ referralId: input.referralId, event: 'completed', at: completion!.completedAt });
  return completion!;
}
