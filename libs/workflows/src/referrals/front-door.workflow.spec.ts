import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createTimeSkippingEnvironment } from '../testing/time-skipping-environment';
import type { AssessmentActivities, FrontDoorActivities } from './front-door.activities';
import {
  INFORMATION_REQUEST_NOT_OPEN,
  answerInformationRequestUpdate,
  assessmentCompletedSignal,
  assessmentWorkflowId,
  frontDoorDecisionUpdate,
  frontDoorStateQuery,
  gatherInformationUpdate,
  type FrontDoorDecisionArgs,
  type GatherInformationArgs,
} from './front-door.messages';
import { childAndFamilyAssessmentWorkflow, frontDoorReferralWorkflow } from './front-door.workflow';
import { REFERRAL_ALREADY_DECIDED } from './referral-triage.messages';

const HOUR = 3600_000;

/** `RECORD_WORKFLOW_HISTORIES=1 npx jest -c libs/workflows/jest.config.js front-door` refreshes the committed front-door histories. */
async function recordHistory(name: string, handle: { fetchHistory(): Promise<Parameters<typeof historyToJSON>[0]> }): Promise<void> {
  if (process.env.RECORD_WORKFLOW_HISTORIES !== '1') return;
  const directory = join(__dirname, 'histories');
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, `front-door-${name}.json`), `${historyToJSON(await handle.fetchHistory())}\n`);
}

/** Fake activities typed by the interfaces, recording what the workflow asked for and when (test-server time). */
function fakeActivities(clock: () => Promise<number>) {
  const calls: Record<string, unknown[]> = {};
  const record = (name: string, input: unknown) => {
    (calls[name] ??= []).push(input);
  };
  let version = 1;
  const activities: FrontDoorActivities & AssessmentActivities = {
    acknowledgeReferral: async (input) => record('acknowledgeReferral', input),
    screenReferral: async (input) => {
      record('screenReferral', input);
      return { reReferralOf: null, linkedReferralIds: [], preventionAlerts: 0 };
    },
    recordInformationGathering: async (input) => {
      record('recordInformationGathering', input);
      const now = await clock();
      version += 1;
      return {
        version,
        requests: input.requests.map((r) => ({
          id: `${input.referralId}:${r.agency}`,
          agency: r.agency,
          escalateAt: new Date(now + 18 * HOUR).toISOString(),
          dueAt: new Date(now + 24 * HOUR).toISOString(),
        })),
      };
    },
    recordInformationResponse: async (input) => record('recordInformationResponse', input),
    chaseInformationRequest: async (input) => record('chaseInformationRequest', input),
    escalateInformationRequest: async (input) => record('escalateInformationRequest', input),
    recordFrontDoorDecision: async (input) => {
      if (input.expectedVersion !== version) throw ApplicationFailure.nonRetryable('The referral changed since you opened it.', 'REFERRAL_CHANGED_SINCE_VIEWED');
      record('recordFrontDoorDecision', input);
      version += 1;
      return { version };
    },
    cancelOpenInformationRequests: async (input) => record('cancelOpenInformationRequests', input),
    recordDecisionAtRisk: async (input) => record('recordDecisionAtRisk', input),
    recordDecisionOverdue: async (input) => record('recordDecisionOverdue', input),
    allocateKeyWorker: async (input) => record('allocateKeyWorker', input),
    prepareAssessment: async (input) => {
      record('prepareAssessment', input);
      const now = await clock();
      return { referralId: input.referralId, escalatesAt: new Date(now + 36 * 24 * HOUR).toISOString(), dueAt: new Date(now + 45 * 24 * HOUR).toISOString() };
    },
    requestStrategyDiscussion: async (input) => record('requestStrategyDiscussion', input),
    notifyOutcome: async (input) => record('notifyOutcome', input),
    recordAssessmentClock: async (input) => record('recordAssessmentClock', input),
  };
  return { activities, calls, count: (name: string) => calls[name]?.length ?? 0 };
}

const acting = { bySubject: '5b0c5b1e-0000-4000-8000-000000000006', byName: 'Tara Nguyen', at: '2026-01-05T10:00:00.000Z' };
const gather = (expectedVersion: number): GatherInformationArgs => ({
  ...acting,
  rag: 'amber',
  expectedVersion,
  requests: [
    { agency: 'education', question: 'Attendance this term and any welfare concerns?' },
    { agency: 'health', question: 'Is the family known to health visiting?' },
  ],
});
const decide = (outcome: FrontDoorDecisionArgs['outcome'], expectedVersion: number): FrontDoorDecisionArgs => ({
  ...acting,
  outcome,
  reason: 'Information gathered from school and health supports this.',
  expectedVersion,
  ...(outcome === 'early-help' ? { keyWorkerPractitionerId: '9d7f0000-0000-4000-8000-000000000001' } : {}),
});

describe('frontDoorReferralWorkflow', () => {
  let env: TestWorkflowEnvironment;
  let workflowBundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    [env, workflowBundle] = await Promise.all([
      createTimeSkippingEnvironment(),
      bundleWorkflowCode({ workflowsPath: require.resolve('../workflows'), logger: new DefaultLogger('WARN') }),
    ]);
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function run<T>(activities: FrontDoorActivities & AssessmentActivities, body: (taskQueue: string) => Promise<T>): Promise<T> {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
    return worker.runUntil(body(taskQueue));
  }
  const clock = async () => Number(await env.currentTimeMs());

  async function start(taskQueue: string, referralId: string) {
    const now = await clock();
    return env.client.workflow.start(frontDoorReferralWorkflow, {
      taskQueue,
      workflowId: `front-door:${referralId}`,
      args: [{ referralId, decisionEscalatesAt: new Date(now + 36 * HOUR).toISOString(), decisionDueAt: new Date(now + 48 * HOUR).toISOString() }],
    });
  }

  it('acknowledges, asks agencies in parallel, chases and escalates only the unanswered, then allocates a key worker and tells people', async () => {
    const fake = fakeActivities(clock);
    const state = await run(fake.activities, async (taskQueue) => {
      const handle = await start(taskQueue, 'r-1');
      const gathered = await handle.executeUpdate(gatherInformationUpdate, { args: [gather(1)] });
      expect(gathered.requests.map((r) => r.agency)).toEqual(['education', 'health']);
      await handle.executeUpdate(answerInformationRequestUpdate, {
        args: [{ ...acting, requestId: 'r-1:education', response: { summary: 'Attendance 81%.', knownToAgency: true, concernsHeld: 'medium', sensitivity: 'standard' } }],
      });
      await env.sleep(19 * HOUR);
      expect(fake.calls.chaseInformationRequest).toEqual([expect.objectContaining({ requestId: 'r-1:health' })]);
      await env.sleep(6 * HOUR);
      expect(fake.calls.escalateInformationRequest).toEqual([expect.objectContaining({ requestId: 'r-1:health' })]);
      expect((await handle.query(frontDoorStateQuery)).requests.map((r) => r.status)).toEqual(['answered', 'overdue']);

      // A second answer to the same request is refused without touching the record.
      const again = handle.executeUpdate(answerInformationRequestUpdate, {
        args: [{ ...acting, requestId: 'r-1:education', response: { summary: 'Again.', knownToAgency: true, concernsHeld: 'low', sensitivity: 'standard' } }],
      });
      expect(((await again.catch((error: WorkflowUpdateFailedError) => error.cause)) as ApplicationFailure).type).toBe(INFORMATION_REQUEST_NOT_OPEN);

      expect(await handle.executeUpdate(frontDoorDecisionUpdate, { args: [decide('early-help', 2)] })).toEqual({ outcome: 'early-help', version: 3 });
      const result = await handle.result();
      await recordHistory('gathered-then-early-help', handle);
      return result;
    });
    expect(state).toMatchObject({ stage: 'closed', outcome: 'early-help', rag: 'amber', decisionClock: 'on-time' });
    expect(state.requests.map((r) => r.status)).toEqual(['answered', 'cancelled']);
    for (const once of ['acknowledgeReferral', 'screenReferral', 'recordInformationResponse', 'cancelOpenInformationRequests', 'allocateKeyWorker', 'notifyOutcome']) {
      expect([once, fake.count(once)]).toEqual([once, 1]);
    }
    expect(fake.count('recordDecisionAtRisk')).toBe(0);
    expect(fake.count('prepareAssessment')).toBe(0);
  });

  it('puts the decision at risk at 75 % and overdue at the due time, then refuses a second decision', async () => {
    const fake = fakeActivities(clock);
    await run(fake.activities, async (taskQueue) => {
      const handle = await start(taskQueue, 'r-2');
      await env.sleep(37 * HOUR);
      expect((await handle.query(frontDoorStateQuery)).decisionClock).toBe('at-risk');
      await env.sleep(12 * HOUR);
      expect((await handle.query(frontDoorStateQuery)).decisionClock).toBe('overdue');
      await handle.executeUpdate(frontDoorDecisionUpdate, { args: [decide('no-further-action', 1)] });
      const second = handle.executeUpdate(frontDoorDecisionUpdate, { args: [decide('early-help', 2)] });
      const failure = await second.catch((error: WorkflowUpdateFailedError) => error.cause);
      // Either the validator refuses it, or the workflow has already closed; both leave one decision.
      if (failure instanceof ApplicationFailure) expect(failure.type).toBe(REFERRAL_ALREADY_DECIDED);
      await handle.result();
      await recordHistory('overdue-then-no-further-action', handle);
    });
    expect(fake.count('recordDecisionAtRisk')).toBe(1);
    expect(fake.count('recordDecisionOverdue')).toBe(1);
    expect(fake.count('recordFrontDoorDecision')).toBe(1);
    expect(fake.count('cancelOpenInformationRequests')).toBe(0);
    expect(fake.count('notifyOutcome')).toBe(1);
  });

  it('holds the assessment clock: at risk at its escalation point, then completed', async () => {
    const fake = fakeActivities(clock);
    await run(fake.activities, async (taskQueue) => {
      const now = await clock();
      const assessment = await env.client.workflow.start(childAndFamilyAssessmentWorkflow, {
        taskQueue,
        workflowId: assessmentWorkflowId(`clock-${randomUUID()}`),
        args: [{ referralId: 'r-5', escalatesAt: new Date(now + 36 * 24 * HOUR).toISOString(), dueAt: new Date(now + 45 * 24 * HOUR).toISOString() }],
      });
      await env.sleep(37 * 24 * HOUR);
      expect(fake.calls.recordAssessmentClock).toEqual([expect.objectContaining({ event: 'at-risk' })]);
      await assessment.signal(assessmentCompletedSignal, { completedAt: '2026-02-20T12:00:00.000Z', completedByName: 'Sam Patel' });
      await assessment.result();
    });
    expect(fake.calls.recordAssessmentClock?.map((c) => (c as { event: string }).event)).toEqual(['at-risk', 'completed']);
  });

  it('asks for a strategy discussion and refuses more information requests once decided', async () => {
    const fake = fakeActivities(clock);
    await run(fake.activities, async (taskQueue) => {
      const handle = await start(taskQueue, 'r-4');
      await handle.executeUpdate(gatherInformationUpdate, { args: [{ ...gather(1), rag: 'red', requests: [{ agency: 'police', question: 'Any call-outs to this address this year?' }] }] });
      await handle.executeUpdate(frontDoorDecisionUpdate, { args: [decide('strategy-discussion', 2)] });
      const late = handle.executeUpdate(gatherInformationUpdate, { args: [gather(3)] });
      const failure = await late.catch((error: WorkflowUpdateFailedError) => error.cause);
      if (failure instanceof ApplicationFailure) expect(failure.type).toBe(REFERRAL_ALREADY_DECIDED);
      await handle.result();
      await recordHistory('red-then-strategy-discussion', handle);
    });
    expect(fake.count('requestStrategyDiscussion')).toBe(1);
    expect(fake.count('recordInformationGathering')).toBe(1);
    expect(fake.count('cancelOpenInformationRequests')).toBe(1);
  });

  // Last: awaiting a child's result through getHandle leaves the test server's time skipping locked.
  it('starts the assessment as its own workflow, which outlives the referral', async () => {
    const fake = fakeActivities(clock);
    await run(fake.activities, async (taskQueue) => {
      const handle = await start(taskQueue, 'r-3');
      await handle.executeUpdate(frontDoorDecisionUpdate, { args: [decide('child-and-family-assessment', 1)] });
      expect(await handle.result()).toMatchObject({ stage: 'closed', outcome: 'child-and-family-assessment' });
      await recordHistory('assessment-started', handle);
      const assessment = env.client.workflow.getHandle(assessmentWorkflowId('r-3'));
      expect((await assessment.describe()).status.name).toBe('RUNNING');
      await assessment.signal(assessmentCompletedSignal, { completedAt: '2026-02-20T12:00:00.000Z', completedByName: 'Sam Patel' });
      expect(await assessment.result()).toEqual({ completedAt: '2026-02-20T12:00:00.000Z', completedByName: 'Sam Patel' });
    });
    expect(fake.count('prepareAssessment')).toBe(1);
    expect(fake.calls.recordAssessmentClock?.at(-1)).toMatchObject({ event: 'completed', at: '2026-02-20T12:00:00.000Z' });
  });
});
