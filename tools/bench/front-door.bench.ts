// Front door throughput: referrals per second through submission → visible at the front door →
// acknowledged by their workflow → decision (a Workflow Update) → outcome recorded and the workflow
// closed, against a one-activity workflow on the same Temporal server in the same run. The platform
// runs in this process (its services and a worker), with a Temporal dev server of its own: started
// by the stack's module as a process of the bench stack (recorded in .data/bench/stack.json, on the
// bench profile's Temporal port), and stopped when the benchmark ends.
import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import type { Actor } from '@childfirst/domain/access';
import { draftFromProfessional } from '@childfirst/domain/referrals';
import { DatabaseModule, FrontDoorActivitiesService, FrontDoorService, ReferralsModule, TemporalClientModule, createFrontDoorActivities } from '@childfirst/server';
import { REFERRALS_TASK_QUEUE, referralTriageWorkflowId } from '@childfirst/workflows/referrals';
import { reportStop } from '../stack/processes';
import { provision } from '../stack/provision';
import { startTemporal } from '../stack/temporal';
import { warn } from '../stack/terminal';
import type { BenchDatabase } from './bench-postgres';
import { count, ms, percentile, type Benchmark } from './benchmark';

const REFERRALS = Number(process.env.BENCH_REFERRALS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

@Module({ imports: [DatabaseModule, TemporalClientModule, ReferralsModule] })
class FrontDoorBenchModule {}

/** The bench stack's Temporal dev server (in memory, headless); `stop` ends it and leaves the bench PostgreSQL running. */
async function startBenchTemporal(db: BenchDatabase): Promise<{ address: string; stop: () => Promise<void> }> {
  const toolchain = await provision({ temporalCli: true, temporalTestServer: false, keycloak: false, chromium: false, postgres: false });
  if (!toolchain.temporalCli) throw new Error('the Temporal CLI could not be provisioned');
  const { supervisor } = db.context;
  const temporal = await startTemporal(supervisor, toolchain.temporalCli);
  return {
    address: temporal.address,
    stop: async () => {
      const busyPorts = await supervisor.stopProcess(temporal.process);
      if (!reportStop({ checkedPorts: [], busyPorts, leftovers: [] })) warn('the front-door benchmark\'s Temporal server did not stop cleanly');
    },
  };
}

/** Sets environment variables for the platform's modules and gives back a function that puts the old values back. */
function setEnvironment(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** Runs `total` jobs, `concurrency` at a time; returns each job's result. */
async function pool<T>(total: number, concurrency: number, job: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(total);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        results[index] = await job(index);
      }
    }),
  );
  return results;
}

export const benchmark: Benchmark = {
  name: 'front-door',
  title: 'Front door: referrals through triage, against a one-activity workflow',
  async run({ db, log }) {
    const temporal = await startBenchTemporal(db);
    // For the platform's modules, and only while this benchmark runs: a stack started later in this
    // process must not take the bench PostgreSQL or Temporal for external services of its own.
    const restoreEnvironment = setEnvironment({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporal.address, DATABASE_POOL_SIZE: '20' });
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    // abortOnError false: a failure to start (say, no database) is thrown to the harness, which stops its stacks, rather than ending the process there and then.
    const app = await NestFactory.createApplicationContext(FrontDoorBenchModule, { logger: ['error'], abortOnError: false });
    const connection = await NativeConnection.connect({ address: temporal.address });
    const clientConnection = await Connection.connect({ address: temporal.address });
    const client = new Client({ connection: clientConnection });
    const frontDoorWorker = await Worker.create({
      connection,
      taskQueue: REFERRALS_TASK_QUEUE,
      workflowsPath: require.resolve('@childfirst/workflows/workflows'),
      activities: createFrontDoorActivities(app.get(FrontDoorActivitiesService)),
    });
    const baselineWorker = await Worker.create({
      connection,
      taskQueue: 'bench-baseline',
      workflowsPath: require.resolve('./workflows/one-activity.workflow'),
      activities: { noop: async () => undefined },
    });
    const running = Promise.all([frontDoorWorker.run(), baselineWorker.run()]);
    try {
      const frontDoor = app.get(FrontDoorService);
      const referrer: Actor = { subject: randomUUID(), username: 'bench.referrer', displayName: 'Bench Referrer', roles: ['key-worker'] };
      const triage: Actor = { subject: randomUUID(), username: 'bench.triage', displayName: 'Bench Triage', roles: ['triage-manager'] };
      const context = () => ({ requestId: null, purpose: 'bench', now: new Date() });
      const referral = (index: number) =>
        draftFromProfessional(
          {
            source: 'school',
            referrerRole: 'Designated safeguarding lead',
            referrerPhone: '01632 960 001',
            subjects: [{ kind: 'unidentified', givenName: 'Bench', familyName: `Child${index}`, approximateAge: 8, postcode: 'SG1 1AA' }],
            concerns: ['4A'],
            description: 'Benchmark referral: the child seems withdrawn and anxious at school.',
            urgency: 'not-urgent',
            consent: { status: 'given' },
          },
          referrer.displayName,
        );

      // Warm-up (bundles, JIT, connection pools), not measured.
      log('warming up');
      await client.workflow.execute('oneActivityWorkflow', { taskQueue: 'bench-baseline', workflowId: `warm-${randomUUID()}` });
      {
        const { referral: warm } = await frontDoor.createReferral(referral(-1), referrer, randomUUID(), context());
        await frontDoor.decide(triage, warm.id, { outcome: 'no-further-action', reason: 'Benchmark warm-up decision.' }, 1, context());
        await client.workflow.getHandle(referralTriageWorkflowId(warm.id)).result();
      }

      log(`baseline: ${count(REFERRALS)} one-activity workflows, ${CONCURRENCY} at a time`);
      const baselineStarted = performance.now();
      const baselineLatencies = await pool(REFERRALS, CONCURRENCY, async () => {
        const started = performance.now();
        await client.workflow.execute('oneActivityWorkflow', { taskQueue: 'bench-baseline', workflowId: `baseline-${randomUUID()}` });
        return performance.now() - started;
      });
      const baselineSeconds = (performance.now() - baselineStarted) / 1000;

      log(`front door: ${count(REFERRALS)} referrals, ${CONCURRENCY} at a time`);
      const dataSource = app.get(DataSource);
      const frontDoorStarted = performance.now();
      const samples = await pool(REFERRALS, CONCURRENCY, async (index) => {
        const started = performance.now();
        const { referral: stored } = await frontDoor.createReferral(referral(index), referrer, randomUUID(), context());
        const visible = performance.now() - started; // committed: in the triage queue with its clock
        for (;;) {
          const [row] = await dataSource.query(`SELECT acknowledged_at FROM referrals.referral WHERE id = $1`, [stored.id]);
          if (row.acknowledged_at) break;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        const acknowledged = performance.now() - started; // its workflow has run: acknowledged and screened
        await frontDoor.decide(triage, stored.id, { outcome: 'no-further-action', reason: 'Benchmark decision: no further action.' }, 1, context());
        await client.workflow.getHandle(referralTriageWorkflowId(stored.id)).result();
        return { visible, acknowledged, total: performance.now() - started };
      });
      const frontDoorSeconds = (performance.now() - frontDoorStarted) / 1000;

      const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
      const visible = sorted(samples.map((s) => s.visible));
      const acknowledged = sorted(samples.map((s) => s.acknowledged));
      const total = sorted(samples.map((s) => s.total));
      const baseline = sorted(baselineLatencies);
      const frontDoorRate = REFERRALS / frontDoorSeconds;
      const baselineRate = REFERRALS / baselineSeconds;
      const ratio = frontDoorRate / baselineRate;
      const row = (name: string, values: number[]) => `| ${name} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 95))} | ${ms(percentile(values, 99))} |`;

      const markdown = `## Front door throughput

${count(REFERRALS)} referrals, ${CONCURRENCY} at a time, each taken through the whole front door: submitted (stored with its clock, subject and audit, then its workflow started), acknowledged and screened by the workflow, decided through a Workflow Update (no further action), and the outcome recorded with its notifications and the workflow closed. The baseline runs ${count(REFERRALS)} one-activity workflows, ${CONCURRENCY} at a time, on the same Temporal dev server (its own, in memory, on ${temporal.address}) in the same run. The platform's services and one worker per task queue run in the benchmark's process against the bench PostgreSQL; there is no HTTP or Keycloak in the path.

| | Front door | One-activity baseline |
|---|---|---|
| Throughput | **${frontDoorRate.toFixed(1)} referrals/s** | ${baselineRate.toFixed(1)} workflows/s |
| Wall time | ${frontDoorSeconds.toFixed(1)} s | ${baselineSeconds.toFixed(1)} s |

**Ratio: the front door runs at ${(ratio * 100).toFixed(0)} % of the one-activity baseline's rate** (${ratio.toFixed(2)}×). A referral decided with no further action runs four activities (acknowledge, screen, record the decision, tell the referrer and family) and one Update, each activity a PostgreSQL transaction, against the baseline's one empty activity.

Latency per referral (ms):

| Step, from submission | p50 | p95 | p99 |
|---|---|---|---|
${row('Visible in the triage queue (committed, workflow started)', visible)}
${row('Acknowledged and screened by its workflow', acknowledged)}
${row('Decided, outcome recorded, workflow closed', total)}
${row('Baseline: one-activity workflow, start to result', baseline)}
`;
      return {
        markdown,
        targetsMet: true,
        summary: [
          `front door ${frontDoorRate.toFixed(1)} referrals/s vs baseline ${baselineRate.toFixed(1)} workflows/s: ratio ${ratio.toFixed(2)}`,
          `submission → visible p95 ${ms(percentile(visible, 95))} ms; → acknowledged p95 ${ms(percentile(acknowledged, 95))} ms; → closed p95 ${ms(percentile(total, 95))} ms`,
        ],
      };
    } finally {
      frontDoorWorker.shutdown();
      baselineWorker.shutdown();
      await running.catch(() => undefined);
      await clientConnection.close();
      await connection.close();
      await app.close();
      restoreEnvironment();
      await temporal.stop();
    }
  },
};
