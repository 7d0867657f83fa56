import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Runtime, Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap, DefaultLogger } from '@temporalio/worker';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { createTimeSkippingEnvironment } from '../testing/time-skipping-environment';
import type { ReferralClockEventInput, RecordTriageDecisionInput, ReferralTriageActivities } from './referral-triage.activities';
import { REFERRAL_VERSION_MISMATCH, decideReferralUpdate, referralTriageStateQuery } from './referral-triage.messages';
import { referralTriageWorkflow } from './referral-triage.workflow';

const HOUR = 3600_000;

/**
 * `RECORD_WORKFLOW_HISTORIES=1 npx jest -c libs/workflows/jest.config.js` refreshes the committed
 * histories that replay.spec.ts replays. Record them only when a change is meant to be compatible
 * with nothing older (a new workflow); otherwise keep the old ones so replay proves compatibility.
 */
async function recordHistory(name: string, handle: { fetchHistory(): Promise<Parameters<typeof historyToJSON>[0]> }): Promise<void> {
  if (process.env.RECORD_WORKFLOW_HISTORIES !== '1') return;
  const directory = join(__dirname, 'histories');
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, `${name}.json`), `${historyToJSON(await handle.fetchHistory())}\n`);
}

/** Fake activities typed by the activity interface, recording what the workflow asked for. */
function fakeReferralActivities() {
  const calls = {
    decisions: [] as RecordTriageDecisionInput[],
    atRisk: [] as ReferralClockEventInput[],
    overdue: [] as ReferralClockEventInput[],
  };
  let currentVersion = 1;
  const activities: ReferralTriageActivities = {
    async recordTriageDecision(input) {
      if (input.expectedVersion !== currentVersion) {
        throw ApplicationFailure.nonRetryable('The referral changed since you opened it.', REFERRAL_VERSION_MISMATCH);
      }
      calls.decisions.push(input);
      currentVersion += 1;
      return { version: currentVersion };
    },
    async recordDecisionAtRisk(input) {
      calls.atRisk.push(input);
    },
    async recordDecisionOverdue(input) {
      calls.overdue.push(input);
    },
  };
  return { activities, calls };
}

describe('referralTriageWorkflow', () => {
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

  async function run<T>(activities: ReferralTriageActivities, body: (taskQueue: string) => Promise<T>): Promise<T> {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle,
      activities,
    });
    return worker.runUntil(body(taskQueue));
  }

  function deadlinesFrom(start: number) {
    return {
      decisionEscalatesAt: new Date(start + 18 * HOUR).toISOString(),
      decisionDueAt: new Date(start + 24 * HOUR).toISOString(),
    };
  }

  const decision = {
    outcome: 'early-help' as const,
    reason: 'Family asked for support with attendance.',
    decidedBySubject: '5b0c5b1e-0000-4000-8000-000000000006',
    decidedByName: 'Tara Nguyen',
    decidedAt: '2026-01-05T10:00:00.000Z',
    expectedVersion: 1,
  };

  it('records a decision made in time and completes without escalating', async () => {
    const { activities, calls } = fakeReferralActivities();
    const result = await run(activities, async (taskQueue) => {
      const start = Number(await env.currentTimeMs());
      const handle = await env.client.workflow.start(referralTriageWorkflow, {
        taskQueue,
        workflowId: `referral:${randomUUID()}`,
        args: [{ referralId: 'r-1', ...deadlinesFrom(Number(start)) }],
      });
      const updated = await handle.executeUpdate(decideReferralUpdate, { args: [decision] });
      expect(updated).toEqual({ outcome: 'early-help', version: 2 });
      const result = await handle.result();
      await recordHistory('decided-in-time', handle);
      return result;
    });
    expect(result).toEqual({ stage: 'decided', outcome: 'early-help' });
    expect(calls.decisions).toHaveLength(1);
    expect(calls.decisions[0]).toMatchObject({ referralId: 'r-1', outcome: 'early-help', expectedVersion: 1 });
    expect(calls.atRisk).toEqual([]);
    expect(calls.overdue).toEqual([]);
  });

  it('marks the decision at risk at the escalation point and overdue at the due time', async () => {
    const { activities, calls } = fakeReferralActivities();
    await run(activities, async (taskQueue) => {
      const start = Number(await env.currentTimeMs());
      const deadlines = deadlinesFrom(start);
      const handle = await env.client.workflow.start(referralTriageWorkflow, {
        taskQueue,
        workflowId: `referral:${randomUUID()}`,
        args: [{ referralId: 'r-2', ...deadlines }],
      });

      await env.sleep(19 * HOUR);
      expect(await handle.query(referralTriageStateQuery)).toEqual({ stage: 'at-risk', outcome: null });
      expect(calls.atRisk).toHaveLength(1);
      expect(Date.parse(calls.atRisk[0]!.at)).toBeGreaterThanOrEqual(Date.parse(deadlines.decisionEscalatesAt));
      expect(calls.overdue).toEqual([]);

      await env.sleep(6 * HOUR);
      expect(await handle.query(referralTriageStateQuery)).toEqual({ stage: 'overdue', outcome: null });
      expect(calls.overdue).toHaveLength(1);
      expect(Date.parse(calls.overdue[0]!.at)).toBeGreaterThanOrEqual(Date.parse(deadlines.decisionDueAt));

      await handle.executeUpdate(decideReferralUpdate, { args: [decision] });
      expect(await handle.result()).toEqual({ stage: 'decided', outcome: 'early-help' });
      await recordHistory('at-risk-then-overdue-then-decided', handle);
    });
    expect(calls.atRisk).toHaveLength(1);
    expect(calls.overdue).toHaveLength(1);
    expect(calls.decisions).toHaveLength(1);
  });

  it('refuses a decision made on a stale version, then accepts a fresh one', async () => {
    const { activities, calls } = fakeReferralActivities();
    await run(activities, async (taskQueue) => {
      const handle = await env.client.workflow.start(referralTriageWorkflow, {
        taskQueue,
        workflowId: `referral:${randomUUID()}`,
        args: [{ referralId: 'r-3', ...deadlinesFrom(Number(await env.currentTimeMs())) }],
      });
      const stale = handle.executeUpdate(decideReferralUpdate, { args: [{ ...decision, expectedVersion: 7 }] });
      await expect(stale).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      const failure = await stale.catch((error: WorkflowUpdateFailedError) => error.cause);
      expect(failure).toBeInstanceOf(ApplicationFailure);
      expect((failure as ApplicationFailure).type).toBe(REFERRAL_VERSION_MISMATCH);

      await handle.executeUpdate(decideReferralUpdate, { args: [decision] });
      await handle.result();
      await recordHistory('stale-decision-refused-then-decided', handle);
    });
    expect(calls.decisions).toHaveLength(1);
  });
});
