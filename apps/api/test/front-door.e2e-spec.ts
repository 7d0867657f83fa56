import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { eventually } from '@childfirst/testing/eventually';
import { getServiceAccountToken } from '@childfirst/testing/keycloak-login';
import { stack } from '@childfirst/testing/stack-environment';
import { callApi } from './api-client';


interface Mail {
  to: { address: string }[];
  subject: string;
  text: string;
}
async function mailTo(address: string): Promise<Mail[]> {
  const inbox = process.env.MAILDEV_URL;
  if (!inbox) throw new Error('MAILDEV_URL is not set: the stack tests run inside "npm test"');
  const all = (await (await fetch(`${inbox}/api/email`)).json()) as Mail[];
  return all.filter((mail) => mail.to.some((to) => to.address === address));
}

/**
 * The front door through the real API, Temporal workflow, worker and PostgreSQL: intake from a
 * professional, the public and a partner system; matching; RAG and parallel information requests
 * answered by the agencies; the decision and its follow-on; the referrer told; the prevention rule.
 */
describe('front door (API e2e)', () => {
  const db = new Client({ connectionString: stack.databaseUrl });
  let kim: string; // key worker (education), refers as a professional
  let tara: string; // triage manager
  let eve: string; // education officer
  let hana: string; // health visitor
  let adams: string; // a family sign-in
  let partner: string; // partner gateway (client credentials)
  let childId: string;
  let kimPractitionerId: string;
  const label = randomUUID().slice(0, 6).replace(/\d/g, 'f');
  const referrerEmail = `referrer-${label}@school.example`;

  beforeAll(async () => {
    await db.connect();
    [kim, tara, eve, hana, adams] = (await Promise.all([
      accessTokenFor('kim.keyworker', 'staff-web'),
      accessTokenFor('tara.triage', 'staff-web'),
      accessTokenFor('eve.education', 'staff-web'),
      accessTokenFor('hana.healthvisitor', 'staff-web'),
      accessTokenFor('parent.adams', 'family-portal'),
    ])) as [string, string, string, string, string];
    partner = await getServiceAccountToken({ keycloakUrl: stack.keycloakUrl, realm: stack.realm, clientId: 'childfirst-partner-gateway', clientSecret: 'dev-partner-gateway-secret' });
    childId = randomUUID();
    await db.query(`INSERT INTO people.person (id, given_name, family_name, search_name, date_of_birth, sex, version) VALUES ($1, 'Noor', $2, $3, '2016-02-11', 'F', 1)`, [
      childId,
      `Door${label}`,
      `noor door${label}`,
    ]);
    kimPractitionerId = (await db.query(`SELECT id FROM agencies.practitioner WHERE subject = '5b0c5b1e-0000-4000-8000-000000000001'`)).rows[0].id;
  });
  afterAll(async () => {
    await db.end();
  });

  const professional = (overrides: Record<string, unknown> = {}) => ({
    source: 'school',
    referrerRole: 'Designated safeguarding lead',
    referrerOrganisation: 'Hillside Primary',
    referrerEmail,
    subjects: [{ kind: 'unidentified', givenName: 'Noor', familyName: `Door${label}`, dateOfBirth: '2016-02-11', schoolName: 'Hillside Primary' }],
    concerns: ['3A'],
    description: 'Noor has come to school with bruises twice this week and says there is shouting at home.',
    urgency: 'within-24-hours',
    consent: { status: 'given' },
    ...overrides,
  });

  it('takes a professional referral once per key, acknowledges it by email, and runs it to early help with agencies answering in parallel', async () => {
    const key = randomUUID();
    const made = await callApi('POST', '/staff/referrals', { token: kim, headers: { 'idempotency-key': key }, body: professional() });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ intakeChannel: 'professional', source: 'school', status: 'awaiting-decision', informationRequests: [] });
    const replay = await callApi('POST', '/staff/referrals', { token: kim, headers: { 'idempotency-key': key }, body: professional() });
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(made.body.id);
    const reused = await callApi('POST', '/staff/referrals', { token: kim, headers: { 'idempotency-key': key }, body: professional({ urgency: 'not-urgent' }) });
    expect(reused.status).toBe(422);
    const id: string = made.body.id;

    await eventually(async () => expect(await mailTo(referrerEmail)).toEqual([expect.objectContaining({ subject: `Referral received: ${id.slice(0, 8).toUpperCase()}` })]));

    // The front door sees it with its clock; the child is not matched yet.
    const queue = await callApi('GET', '/staff/referrals?source=school&includeAlerts=true', { token: tara });
    expect(queue.body.items.find((i: { id: string }) => i.id === id)).toMatchObject({ unmatchedSubjects: 1, rag: null, concerns: [{ code: '3A', label: expect.any(String) }] });
    expect((await callApi('GET', '/staff/referrals', { token: eve })).status).toBe(403);

    // Early help needs the child's record.
    const detail = await callApi('GET', `/staff/referrals/${id}`, { token: tara });
    const early = await callApi('POST', `/staff/referrals/${id}/decision`, {
      token: tara,
      headers: { 'if-match': `"${detail.body.version}"` },
      body: { outcome: 'early-help', reason: 'Family needs support with routines.', keyWorkerPractitionerId: kimPractitionerId },
    });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:childfirst:problem:referral-subject-unmatched');

    const matched = await callApi('POST', `/staff/referrals/${id}/subjects/${detail.body.subjects[0].id}/match`, { token: tara, body: { personId: childId } });
    expect(matched.status).toBe(200);
    expect(matched.body.subjects[0]).toMatchObject({ personId: childId, matchedBy: 'Tara Nguyen' });

    // Priority amber; education and health asked in parallel, each once.
    const gather = (version: number) =>
      callApi('POST', `/staff/referrals/${id}/information-gathering`, {
        token: tara,
        headers: { 'if-match': `"${version}"` },
        body: { rag: 'amber', informationRequests: [{ agency: 'education', question: 'Attendance and any welfare concerns this term?' }, { agency: 'health', question: 'Is the family known to health visiting or the GP?' }] },
      });
    const badGather = await callApi('POST', `/staff/referrals/${id}/information-gathering`, { token: tara, body: { rag: 'purple', informationRequests: [{ agency: 'education', question: 'short' }] } });
    expect(badGather.status).toBe(400);
    expect(badGather.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['informationRequests.0.question', 'rag']);
    const gathered = await gather(matched.body.version);
    expect(gathered.status).toBe(200);
    expect(gathered.body.rag).toBe('amber');
    expect(gathered.body.informationRequests.map((r: { agency: string; status: string }) => [r.agency, r.status])).toEqual([
      ['education', 'requested'],
      ['health', 'requested'],
    ]);
    const hours = (Date.parse(gathered.body.informationRequests[0].dueAt) - Date.parse(gathered.body.ragSetAt)) / 3_600_000;
    expect(hours).toBe(24);
    expect((await gather(matched.body.version)).status).toBe(409); // stale: the priority was set since

    // Each agency sees only its own task, and answers it.
    const eduTasks = await callApi('GET', '/staff/information-requests', { token: eve });
    const eduTask = eduTasks.body.items.find((t: { referralId: string }) => t.referralId === id);
    expect(eduTask).toMatchObject({ agency: 'education', rag: 'amber', timing: 'due', children: [{ name: `Noor Door${label}` }] });
    const healthTask = (await callApi('GET', '/staff/information-requests', { token: hana })).body.items.find((t: { referralId: string }) => t.referralId === id);
    expect((await callApi('POST', `/staff/information-requests/${healthTask.id}/response`, { token: eve, body: { summary: 'Not ours.', knownToAgency: false, concernsHeld: 'none', sensitivity: 'standard' } })).status).toBe(404);
    const answer = { summary: 'Attendance 84%; two bruises logged by the class teacher.', knownToAgency: true, concernsHeld: 'medium', sensitivity: 'standard' };
    const answered = await callApi('POST', `/staff/information-requests/${eduTask.id}/response`, { token: eve, body: answer });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', answeredBy: 'Eve Thompson', response: answer });
    const twice = await callApi('POST', `/staff/information-requests/${eduTask.id}/response`, { token: eve, body: answer });
    expect(twice.status).toBe(409);

    // Decide early help with a key worker: the case is opened with her, health's open request is cancelled, the referrer told.
    const before = await callApi('GET', `/staff/referrals/${id}`, { token: tara });
    const decided = await callApi('POST', `/staff/referrals/${id}/decision`, {
      token: tara,
      headers: { 'if-match': `"${before.body.version}"` },
      body: { outcome: 'early-help', reason: 'School and family support needed; no child protection threshold.', keyWorkerPractitionerId: kimPractitionerId },
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'decided', outcome: 'early-help', keyWorker: { practitionerId: kimPractitionerId } });
    const done = await eventually(async () => {
      const view = await callApi('GET', `/staff/referrals/${id}`, { token: tara });
      expect(view.body.referrerToldAt).not.toBeNull();
      expect(view.body.caseId).not.toBeNull();
      return view.body;
    });
    expect(done.informationRequests.map((r: { agency: string; status: string }) => [r.agency, r.status])).toEqual([
      ['education', 'answered'],
      ['health', 'cancelled'],
    ]);
    const familyCase = await db.query(`SELECT key_worker_id AS "keyWorkerId" FROM cases.family_case WHERE id = $1`, [done.caseId]);
    expect(familyCase.rows[0].keyWorkerId).toBe(kimPractitionerId);
    const status = await db.query(`SELECT count(*)::int AS n FROM cases.case_status WHERE person_id = $1 AND status_type = 'early-help' AND ended_on IS NULL`, [childId]);
    expect(status.rows[0].n).toBe(1);
    await eventually(async () => expect((await mailTo(referrerEmail)).map((m) => m.subject)).toContain(`Decision on referral ${id.slice(0, 8).toUpperCase()}`));
  });

  it('takes a concern from the public without an account, and explains bad input', async () => {
    const concern = {
      anonymous: true,
      relationshipToChild: 'acquaintance',
      subjects: [{ kind: 'unidentified', givenName: 'Sky', postcode: 'sg1 1aa', approximateAge: 6 }],
      concerns: ['2B'],
      description: 'The little boy next door is often left alone at night; I hear him crying.',
      urgency: 'within-24-hours',
    };
    const key = randomUUID();
    const sent = await callApi('POST', '/public/concerns', { headers: { 'idempotency-key': key }, body: concern });
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({ reference: expect.stringMatching(/^[0-9A-F]{8}$/), receivedAt: expect.any(String), message: expect.stringContaining('we cannot contact you. We cannot tell you what happens to the child or their family') });
    expect((await callApi('POST', '/public/concerns', { headers: { 'idempotency-key': key }, body: concern })).status).toBe(200);
    const named = await callApi('POST', '/public/concerns', { headers: { 'idempotency-key': randomUUID() }, body: { ...concern, anonymous: false } });
    expect(named.status).toBe(400);
    expect(named.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'reporterName' })]));
    const stored = await db.query(`SELECT id, source, intake_channel AS channel, referrer FROM referrals.referral WHERE id::text LIKE $1`, [`${sent.body.reference.toLowerCase()}%`]);
    expect(stored.rows).toEqual([{ id: expect.any(String), source: 'anonymous', channel: 'public', referrer: null }]);

    // A decision after the due time must say why; the reason is kept with the missed deadline.
    const id = stored.rows[0].id;
    await db.query(`UPDATE clocks.statutory_deadline SET started_at = now() - interval '3 days', escalate_at = now() - interval '2 days', due_at = now() - interval '1 day' WHERE rule_id = 'referral.decision' AND subject_id = $1`, [id]);
    const decision = { outcome: 'signpost-universal-services', reason: 'Neighbour concern; no child identified at the address.', signpostServices: 'Family centre drop-in' };
    const late = await callApi('POST', `/staff/referrals/${id}/decision`, { token: tara, body: decision });
    expect(late.status).toBe(400);
    expect(late.body.errors).toEqual([{ path: 'lateReason', message: 'Say why the decision is late' }]);
    const explained = await callApi('POST', `/staff/referrals/${id}/decision`, { token: tara, body: { ...decision, lateReason: 'The referral arrived during the system outage on Friday.' } });
    expect(explained.status).toBe(200);
    expect(explained.body).toMatchObject({ clockState: 'met-late', lateReason: 'The referral arrived during the system outage on Friday.', signpostServices: 'Family centre drop-in' });
  });

  it('accepts partner notifications only from a partner system, and raises a prevention alert when a second agency is worried within 7 days', async () => {
    const notification = {
      kind: 'police-notification',
      policeReference: `HC-${label}-0117`,
      incidentAt: new Date(Date.now() - 3_600_000).toISOString(),
      incidentType: 'domestic-abuse',
      officerName: 'PC Jo Reed',
      collarNumber: '4471',
      subjects: [{ kind: 'known', personId: childId }],
      description: 'Officers attended a domestic incident at the home; Noor was present and upset.',
      urgency: 'within-24-hours',
    };
    expect((await callApi('POST', '/agency/notifications', { token: kim, headers: { 'idempotency-key': randomUUID() }, body: notification })).status).toBe(403);
    expect((await callApi('POST', '/agency/notifications', { token: adams, headers: { 'idempotency-key': randomUUID() }, body: notification })).status).toBe(403);
    const sent = await callApi('POST', '/agency/notifications', { token: partner, headers: { 'idempotency-key': randomUUID() }, body: notification });
    expect(sent.status).toBe(201);
    // The partner system reads nothing back.
    expect((await callApi('GET', `/staff/referrals/${sent.body.referralId}`, { token: partner })).status).toBe(403);

    // The school's referral (first test) and this police notification: two agencies within 7 days.
    const alert = await eventually(async () => {
      const queue = await callApi('GET', '/staff/referrals?includeAlerts=true', { token: tara });
      const found = queue.body.alerts.find((a: { personId: string }) => a.personId === childId);
      expect(found).toBeDefined();
      return found;
    });
    expect(alert.agencies.map((a: { code: string }) => a.code).sort()).toEqual(['education', 'police']);
    const police = await callApi('GET', `/staff/referrals/${sent.body.referralId}`, { token: tara });
    expect(police.body).toMatchObject({ intakeChannel: 'agency-notification', source: 'police', externalReference: `HC-${label}-0117` });
    expect(police.body.reReferralOf).not.toBeNull();
    expect(police.body.linkedReferrals).toHaveLength(1);

    const acknowledged = await callApi('POST', `/staff/prevention-alerts/${alert.id}/acknowledge`, { token: tara });
    expect(acknowledged.body).toMatchObject({ acknowledgedBy: 'Tara Nguyen' });
    const after = await callApi('GET', '/staff/referrals?includeAlerts=true', { token: tara });
    expect(after.body.alerts.map((a: { id: string }) => a.id)).not.toContain(alert.id);
  });
});
