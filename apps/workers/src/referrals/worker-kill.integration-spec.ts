import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { Client, Connection } from '@temporalio/client';
import { frontDoorDecisionUpdate, gatherInformationUpdate } from '@childfirst/workflows/referrals';
import { stack } from '@childfirst/testing/stack-environment';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * Reliability (the front door issue): a worker process killed (SIGKILL, no goodbye) in the middle
 * of a triage. The referral still completes once a worker is back, with exactly one of each task,
 * notification, case and chronology entry, because every activity is idempotent. The worker runs
 * as a real process (apps/workers) on a task queue of its own, against the test stack.
 */
describe('front door workflow survives its worker being killed', () => {
  const db = new PgClient({ connectionString: stack.databaseUrl });
  let connection: Connection;
  let client: Client;
  const taskQueue = `kill-test-${randomUUID()}`;
  let worker: ChildProcess | null = null;

  function startWorker(): ChildProcess {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'tools', 'run-ts.cjs'), join(REPO_ROOT, 'apps', 'workers', 'src', 'main.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, REFERRALS_TASK_QUEUE: taskQueue, WORKERS_HEALTH_PORT: String(randomInt(20_000, 30_000)), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return child;
  }
  async function kill(child: ChildProcess | null): Promise<void> {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  async function until<T>(query: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 60_000): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = await query();
      if (value) return value;
      if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const count = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].n as number;

  beforeAll(async () => {
    await db.connect();
    connection = await Connection.connect({ address: stack.temporalAddress });
    client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
  });
  afterAll(async () => {
    await kill(worker);
    await connection?.close();
    await db.end();
  });

  it('completes the referral with exactly one of each task and notification after two kills', async () => {
    const referralId = randomUUID();
    const familyId = randomUUID();
    const childId = randomUUID();
    const email = `kill-${referralId.slice(0, 8)}@school.example`;
    const keyWorker = (await db.query(`SELECT id FROM agencies.practitioner WHERE subject = '5b0c5b1e-0000-4000-8000-000000000001'`)).rows[0].id;
    await db.query(`INSERT INTO people.family (id, reference, family_name, version) VALUES ($1, $2, 'Killworth', 1)`, [familyId, `KW-${familyId.slice(0, 8)}`]);
    await db.query(`INSERT INTO people.person (id, given_name, family_name, search_name, date_of_birth, sex, version) VALUES ($1, 'Robin', 'Killworth', 'robin killworth', '2015-05-05', 'U', 1)`, [childId]);
    await db.query(`INSERT INTO people.family_member (family_id, person_id, member_role) VALUES ($1, $2, 'child')`, [familyId, childId]);
    // A parent with a portal account: the outcome's family message reaches it once, with one e-mail notice.
    await db.query(`INSERT INTO people.family_account (subject, family_id, display_name, account_kind, email) VALUES (gen_random_uuid(), $1, 'Sam Killworth', 'parent', $2)`, [familyId, `parent-${email}`]);
    const now = new Date();
    await db.query(
      `INSERT INTO referrals.referral (id, family_id, source, what_is_happening, status, received_at, submitted_by_subject, idempotency_key, submission_fingerprint, workflow_id, version,
                                       workflow_type, intake_channel, concerns, urgency, referrer)
       VALUES ($1, $2, 'school', 'Kill test: bruising seen at school.', 'awaiting-decision', $3, gen_random_uuid(), $4, 'f', $5, 1, 'frontDoorReferralWorkflow', 'professional', '{3A}', 'within-24-hours', $6)`,
      [referralId, familyId, now, randomUUID(), `referral:${referralId}`, { name: 'Dee Lead', email }],
    );
    const dueAt = new Date(now.getTime() + 24 * 3_600_000);
    await db.query(
      `INSERT INTO clocks.statutory_deadline (rule_id, subject_type, subject_id, start_event, started_at, due_at, escalate_at) VALUES ('referral.decision', 'referral', $1, 'referral.received', $2, $3, $4)`,
      [referralId, now, dueAt, new Date(now.getTime() + 18 * 3_600_000)],
    );
    await db.query(`INSERT INTO referrals.referral_subject (id, referral_id, person_id, details, matched_at, matched_by) VALUES ($1, $2, $3, '{}', now(), 'fixture')`, [randomUUID(), referralId, childId]);

    worker = startWorker();
    const handle = await client.workflow.start('frontDoorReferralWorkflow', {
      taskQueue,
      workflowId: `referral:${referralId}`,
      args: [{ referralId, decisionEscalatesAt: new Date(now.getTime() + 18 * 3_600_000).toISOString(), decisionDueAt: dueAt.toISOString() }],
    });
    await until(async () => (await db.query(`SELECT acknowledged_at FROM referrals.referral WHERE id = $1`, [referralId])).rows[0].acknowledged_at, 'the acknowledgement');

    // Kill 1: while the agencies are being asked.
    const acting = { bySubject: '5b0c5b1e-0000-4000-8000-000000000006', byName: 'Tara Nguyen' };
    const gathering = handle.executeUpdate(gatherInformationUpdate, {
      args: [{ ...acting, at: new Date().toISOString(), rag: 'red', expectedVersion: 1, requests: ['education', 'health', 'police'].map((agency) => ({ agency: agency as 'education', question: `What does ${agency} know about Robin?` })) }],
    });
    await until(async () => (await count(`SELECT count(*)::int AS n FROM referrals.information_request WHERE referral_id = $1`, [referralId])) > 0, 'the first information request');
    await kill(worker);
    worker = startWorker();
    expect((await gathering).requests).toHaveLength(3);

    // Kill 2: right after the decision is recorded, while its follow-ons (key worker, notifications) run.
    const deciding = handle.executeUpdate(frontDoorDecisionUpdate, {
      args: [{ ...acting, at: new Date().toISOString(), outcome: 'early-help', reason: 'Kill test decision: early help.', expectedVersion: 2, keyWorkerPractitionerId: keyWorker }],
    });
    await until(async () => (await db.query(`SELECT status FROM referrals.referral WHERE id = $1`, [referralId])).rows[0].status === 'decided', 'the decision');
    await kill(worker);
    worker = startWorker();
    expect(await deciding).toEqual({ outcome: 'early-help', version: 3 });
    const result = await handle.result();
    expect(result).toMatchObject({ stage: 'closed', outcome: 'early-help' });

    expect(await count(`SELECT count(*)::int AS n FROM referrals.information_request WHERE referral_id = $1`, [referralId])).toBe(3);
    expect(await count(`SELECT count(*)::int AS n FROM referrals.information_request WHERE referral_id = $1 AND status = 'cancelled'`, [referralId])).toBe(3);
    const notifications = await db.query(`SELECT kind, count(*)::int AS n FROM referrals.notification WHERE referral_id = $1 GROUP BY kind ORDER BY kind`, [referralId]);
    expect(notifications.rows).toEqual([
      { kind: 'acknowledgement', n: 1 },
      { kind: 'outcome-family-notice', n: 1 },
      { kind: 'outcome-referrer', n: 1 },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM portal.message m JOIN portal.message_thread t ON t.id = m.thread_id WHERE t.family_id = $1`, [familyId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM cases.family_case WHERE family_id = $1`, [familyId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM cases.chronology_entry WHERE source_ref = $1`, [`referral:${referralId}:key-worker`])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM cases.case_status WHERE person_id = $1 AND status_type = 'early-help'`, [childId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit.audit_event WHERE resource_id = $1 AND purpose = 'triage decision recorded'`, [referralId])).toBe(1);
    const unsent = await count(`SELECT count(*)::int AS n FROM referrals.notification WHERE referral_id = $1 AND recipient LIKE '%@%' AND sent_at IS NULL`, [referralId]);
    expect(unsent).toBe(0);
  });
});
