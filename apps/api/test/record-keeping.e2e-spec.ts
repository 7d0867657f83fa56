import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { stack } from '@childfirst/testing/stack-environment';
import { callApi } from './api-client';

/**
 * Record keeping through the real API: warnings with manager sign-off, curated chronology entries,
 * consent given and withdrawn (effective at once), sharing without consent on a legal basis, and
 * children's statuses; each idempotent or version-checked, each refused clearly when wrong.
 */
describe('record keeping (API e2e)', () => {
  const db = new Client({ connectionString: stack.databaseUrl });
  let kim: string; // key worker
  let tom: string; // team manager
  let eve: string; // education officer on the team
  let sam: string; // social worker on the team
  let caseId: string;
  let familyId: string;
  let childId: string;
  let parentId: string;
  const label = randomUUID().slice(0, 6).replace(/\d/g, 'k');

  beforeAll(async () => {
    await db.connect();
    [kim, tom, eve, sam] = (await Promise.all(
      ['kim.keyworker', 'tom.teammanager', 'eve.education', 'sam.socialworker'].map((user) => accessTokenFor(user, 'staff-web')),
    )) as [string, string, string, string];
    const ids = await db.query(`SELECT subject, id, team_id AS "teamId" FROM agencies.practitioner WHERE subject = ANY($1::uuid[])`, [
      ['5b0c5b1e-0000-4000-8000-000000000001', '5b0c5b1e-0000-4000-8000-000000000002', '5b0c5b1e-0000-4000-8000-000000000003', '5b0c5b1e-0000-4000-8000-000000000007'],
    ]);
    const practitioner = (n: number) => ids.rows.find((r) => r.subject.endsWith(String(n).padStart(12, '0')));
    familyId = randomUUID();
    caseId = randomUUID();
    childId = randomUUID();
    parentId = randomUUID();
    await db.query(`INSERT INTO people.family (id, reference, family_name, version) VALUES ($1, $2, $3, 1)`, [familyId, `RK-${label}`, `Keeping ${label}`]);
    const members: [string, string, string, string][] = [
      [childId, 'Jamie', '2017-04-03', 'child'],
      [parentId, 'Morgan', '1988-10-12', 'parent'],
    ];
    for (const [id, given, dob, role] of members) {
      await db.query(`INSERT INTO people.person (id, given_name, family_name, search_name, date_of_birth, sex, version) VALUES ($1, $2, $3, $4, $5, 'U', 1)`, [
        id,
        given,
        `Keeping${label}`,
        `${given.toLowerCase()} keeping${label}`,
        dob,
      ]);
      await db.query(`INSERT INTO people.family_member (family_id, person_id, member_role) VALUES ($1, $2, $3)`, [familyId, id, role]);
    }
    await db.query(`INSERT INTO cases.family_case (id, family_id, status, opened_on, key_worker_id, allocated_team_id, version) VALUES ($1, $2, 'open', current_date, $3, $4, 1)`, [
      caseId,
      familyId,
      practitioner(1).id,
      practitioner(7).teamId,
    ]);
    for (const n of [2, 3]) {
      await db.query(`INSERT INTO cases.team_member (case_id, practitioner_id, case_role, joined_on) VALUES ($1, $2, 'record keeping', current_date)`, [caseId, practitioner(n).id]);
    }
    // The family shares with social care (so the social worker and the allocated team see the case), not yet with education.
    await db.query(`INSERT INTO cases.consent (family_id, agency, purpose, given_at, recorded_by) VALUES ($1, 'social-care', 'share-information', now(), 'fixture')`, [familyId]);
  });

  afterAll(async () => {
    await db.end();
  });

  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

  it('records a warning once per key, shows it awaiting sign-off, and lets another manager sign it off', async () => {
    const key = randomUUID();
    const body = { type: 'violence-or-threats', description: 'Threatened a visiting nurse with a knife in March.', reviewOn: '2099-03-01', personTold: 'no', personNotToldReason: 'Telling him would raise the risk to his partner.' };
    const added = await callApi('POST', `/staff/people/${parentId}/warnings`, { token: kim, headers: { 'idempotency-key': key }, body });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ warningType: 'violence-or-threats', signedOff: null, recordedBy: 'Kim Okafor', version: 1 });
    const replay = await callApi('POST', `/staff/people/${parentId}/warnings`, { token: kim, headers: { 'idempotency-key': key }, body });
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(added.body.id);
    const count = await db.query(`SELECT count(*)::int AS n FROM cases.warning_note WHERE person_id = $1`, [parentId]);
    expect(count.rows[0].n).toBe(1);

    const workspace = await callApi('GET', `/staff/cases/${caseId}`, { token: tom });
    expect(workspace.body.warnings).toEqual([expect.objectContaining({ id: added.body.id, personId: parentId, signedOff: null })]);
    expect(workspace.body.permissions).toMatchObject({ signOffWarnings: true, overrideConsent: true });

    // Not a manager: refused by role. A stale version: refused with the reason.
    expect((await callApi('POST', `/staff/warnings/${added.body.id}/sign-off`, { token: kim, body: { version: 1 } })).status).toBe(403);
    const stale = await callApi('POST', `/staff/warnings/${added.body.id}/sign-off`, { token: tom, body: { version: 7 } });
    expect(stale.status).toBe(409);
    const signed = await callApi('POST', `/staff/warnings/${added.body.id}/sign-off`, { token: tom, body: { version: 1 } });
    expect(signed.status).toBe(200);
    expect(signed.body.signedOff).toEqual({ by: 'Tom Hughes', at: expect.any(String) });
    const again = await callApi('POST', `/staff/warnings/${added.body.id}/sign-off`, { token: tom, body: { version: 2 } });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already signed off/);
  });

  it('refuses a manager signing off their own warning, and ends a warning keeping it on the record', async () => {
    const own = await callApi('POST', `/staff/people/${childId}/warnings`, {
      token: tom,
      headers: { 'idempotency-key': randomUUID() },
      body: { type: 'aggressive-dog', description: 'Large dog loose in the garden on every visit.', reviewOn: '2099-01-01', personTold: 'yes' },
    });
    expect(own.status).toBe(201);
    const self = await callApi('POST', `/staff/warnings/${own.body.id}/sign-off`, { token: tom, body: { version: 1 } });
    expect(self.status).toBe(409);
    expect(self.body.detail).toBe('You recorded this warning, so another manager must sign it off.');

    const tooShort = await callApi('POST', `/staff/warnings/${own.body.id}/end`, { token: kim, body: { version: 1, reason: 'gone' } });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors).toEqual([{ path: 'reason', message: 'Say why the warning no longer applies, in at least 10 characters' }]);
    const ended = await callApi('POST', `/staff/warnings/${own.body.id}/end`, { token: kim, body: { version: 1, reason: 'The family rehomed the dog in May.' } });
    expect(ended.status).toBe(200);
    const row = await db.query(`SELECT ended_on IS NOT NULL AS ended, ended_reason AS reason FROM cases.warning_note WHERE id = $1`, [own.body.id]);
    expect(row.rows[0]).toEqual({ ended: true, reason: 'The family rehomed the dog in May.' });
    const workspace = await callApi('GET', `/staff/cases/${caseId}`, { token: kim });
    expect(workspace.body.warnings.map((w: { id: string }) => w.id)).not.toContain(own.body.id);
  });

  it('explains a warning without a review date or reason, and stores nothing', async () => {
    const bad = await callApi('POST', `/staff/people/${childId}/warnings`, {
      token: kim,
      headers: { 'idempotency-key': randomUUID() },
      body: { type: 'violence-or-threats', description: 'Shouted.', personTold: 'not-yet' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['description', 'reviewOn']);
    const past = await callApi('POST', `/staff/people/${childId}/warnings`, {
      token: kim,
      headers: { 'idempotency-key': randomUUID() },
      body: { type: 'violence-or-threats', description: 'Shouted at the duty worker.', reviewOn: '2020-01-01', personTold: 'yes' },
    });
    expect(past.status).toBe(400);
    expect(past.body.detail).toBe('The review date must be in the future.');
    const count = await db.query(`SELECT count(*)::int AS n FROM cases.warning_note WHERE person_id = $1 AND description LIKE 'Shouted%'`, [childId]);
    expect(count.rows[0].n).toBe(0);
  });

  it('adds a curated chronology entry once per key, against the author’s agency, and refuses the future', async () => {
    const key = randomUUID();
    const body = { occurredAt: minutesAgo(90), eventType: 'school-exclusion', summary: 'Fixed-term exclusion for 3 days.', personId: childId, sensitivity: 'standard' };
    const added = await callApi('POST', `/staff/cases/${caseId}/chronology`, { token: sam, headers: { 'idempotency-key': key }, body });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ agency: 'social-care', eventType: 'school-exclusion', source: 'curated', recordedBy: 'Sam Patel', personName: `Jamie Keeping${label}` });
    expect((await callApi('POST', `/staff/cases/${caseId}/chronology`, { token: sam, headers: { 'idempotency-key': key }, body })).status).toBe(200);
    const chronology = await callApi('GET', `/staff/cases/${caseId}/chronology?agency=social-care`, { token: kim });
    expect(chronology.body.items.filter((i: { summary: string }) => i.summary === 'Fixed-term exclusion for 3 days.')).toHaveLength(1);

    const future = await callApi('POST', `/staff/cases/${caseId}/chronology`, { token: sam, headers: { 'idempotency-key': randomUUID() }, body: { ...body, occurredAt: '2099-01-01T10:00:00Z' } });
    expect(future.status).toBe(400);
    const automatic = await callApi('POST', `/staff/cases/${caseId}/chronology`, { token: sam, headers: { 'idempotency-key': randomUUID() }, body: { ...body, eventType: 'key-worker-changed' } });
    expect(automatic.status).toBe(400);
    expect(automatic.body.errors[0]).toMatchObject({ path: 'eventType' });
    const stranger = await callApi('POST', `/staff/cases/${caseId}/chronology`, { token: sam, headers: { 'idempotency-key': randomUUID() }, body: { ...body, personId: randomUUID() } });
    expect(stranger.status).toBe(400);
    expect(stranger.body.detail).toBe('Choose someone in this family.');
  });

  it('records consent, and a withdrawal takes the agency’s access away at once', async () => {
    expect((await callApi('GET', `/staff/cases/${caseId}`, { token: eve })).status).toBe(404);
    const key = randomUUID();
    const body = { personId: parentId, scopes: [{ agency: 'education', purpose: 'share-information' }, { agency: 'education', purpose: 'contact' }], givenAt: minutesAgo(30) };
    const recorded = await callApi('POST', `/staff/cases/${caseId}/consents`, { token: kim, headers: { 'idempotency-key': key }, body });
    expect(recorded.status).toBe(201);
    expect((await callApi('POST', `/staff/cases/${caseId}/consents`, { token: kim, headers: { 'idempotency-key': key }, body })).status).toBe(200);
    const rows = recorded.body.consent.filter((c: { agency: string }) => c.agency === 'education');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ givenBy: `Morgan Keeping${label}`, withdrawnAt: null });
    // The education officer on the team sees the case once the family shares with education.
    expect((await callApi('GET', `/staff/cases/${caseId}`, { token: eve })).status).toBe(200);

    const sharing = rows.find((c: { purpose: string }) => c.purpose === 'share-information');
    const withdrawn = await callApi('POST', `/staff/cases/${caseId}/consents/${sharing.id}/withdraw`, { token: kim, body: { note: 'Mother phoned to withdraw.' } });
    expect(withdrawn.status).toBe(200);
    expect((await callApi('GET', `/staff/cases/${caseId}`, { token: eve })).status).toBe(404);
    const twice = await callApi('POST', `/staff/cases/${caseId}/consents/${sharing.id}/withdraw`, { token: kim, body: {} });
    expect(twice.status).toBe(409);

    // Education officers cannot record consent, whatever their relationship.
    expect((await callApi('POST', `/staff/cases/${caseId}/consents`, { token: eve, headers: { 'idempotency-key': randomUUID() }, body })).status).toBe(403);
  });

  it('shares without consent only on a recorded legal basis with a real reason', async () => {
    const vague = await callApi('POST', `/staff/cases/${caseId}/consent-overrides`, { token: sam, body: { agency: 'education', legalBasis: 'children-act-1989-s47', reason: 'needed' } });
    expect(vague.status).toBe(400);
    expect(vague.body.errors).toEqual([{ path: 'reason', message: 'Give the reason for sharing without consent in at least 20 characters' }]);
    const shared = await callApi('POST', `/staff/cases/${caseId}/consent-overrides`, {
      token: sam,
      body: { agency: 'education', legalBasis: 'children-act-1989-s47', reason: 'Section 47 enquiry opened: the school must share attendance and welfare concerns.' },
    });
    expect(shared.status).toBe(201);
    expect(shared.body.consentOverrides).toEqual([expect.objectContaining({ agency: 'education', legalBasis: 'children-act-1989-s47', recordedBy: 'Sam Patel', endedAt: null })]);
    expect((await callApi('GET', `/staff/cases/${caseId}`, { token: eve })).status).toBe(200);
    const audited = await db.query(`SELECT purpose FROM audit.audit_event WHERE resource_type = 'consent-override' AND family_id = $1`, [familyId]);
    expect(audited.rows.map((r) => r.purpose)).toEqual([expect.stringContaining('sharing without consent: children-act-1989-s47')]);
  });

  it('starts and ends a child protection plan, one at a time, writing the chronology', async () => {
    const noCategory = await callApi('POST', `/staff/cases/${caseId}/statuses`, { token: sam, body: { statusType: 'child-protection-plan', personId: childId, startedOn: '2026-09-01' } });
    expect(noCategory.status).toBe(400);
    expect(noCategory.body.errors[0].path).toBe('category');
    const parent = await callApi('POST', `/staff/cases/${caseId}/statuses`, { token: sam, body: { statusType: 'early-help', personId: parentId, startedOn: '2026-09-01' } });
    expect(parent.status).toBe(400);
    expect(parent.body.detail).toBe('Choose one of the children in this family.');

    const started = await callApi('POST', `/staff/cases/${caseId}/statuses`, { token: sam, body: { statusType: 'child-protection-plan', category: 'neglect', personId: childId, startedOn: '2026-09-01' } });
    expect(started.status).toBe(201);
    const plan = started.body.children[0].statuses.find((s: { statusType: string }) => s.statusType === 'child-protection-plan');
    expect(plan).toMatchObject({ category: 'neglect', startedOn: '2026-09-01' });
    const second = await callApi('POST', `/staff/cases/${caseId}/statuses`, { token: sam, body: { statusType: 'child-protection-plan', category: 'emotional-abuse', personId: childId, startedOn: '2026-09-02' } });
    expect(second.status).toBe(409);
    expect(second.body.detail).toMatch(/already has a current child protection plan status/);

    const early = await callApi('POST', `/staff/cases/${caseId}/statuses/${plan.id}/end`, { token: sam, body: { endedOn: '2026-08-01' } });
    expect(early.status).toBe(400);
    const ended = await callApi('POST', `/staff/cases/${caseId}/statuses/${plan.id}/end`, { token: sam, body: { endedOn: '2026-10-01' } });
    expect(ended.status).toBe(200);
    expect(ended.body.children[0].statuses.map((s: { id: string }) => s.id)).not.toContain(plan.id);
    const chronology = await callApi('GET', `/staff/cases/${caseId}/chronology`, { token: sam });
    const events = chronology.body.items.filter((i: { source: string; eventType: string }) => i.source === 'automatic' && ['plan-started', 'plan-ended'].includes(i.eventType));
    expect(events.map((e: { eventType: string }) => e.eventType).sort()).toEqual(['plan-ended', 'plan-started']);
  });

  it('refuses a stale person edit and says who changed what since', async () => {
    const first = await callApi('PATCH', `/staff/people/${childId}`, { token: kim, body: { version: 1, firstLanguage: 'ENG', nhsNumber: null } });
    expect(first.status).toBe(200);
    const stale = await callApi('PATCH', `/staff/people/${childId}`, { token: tom, body: { version: 1, religion: 'sikh' } });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/^Someone changed this record since you opened it\. Since you opened it, Kim Okafor changed first language and nhs number \(/);
    expect(stale.body.changes).toEqual([{ version: 2, changedAt: expect.any(String), changedBy: 'Kim Okafor', fields: ['First language', 'NHS number'] }]);
    expect((await callApi('GET', `/staff/people/${childId}`, { token: tom })).body.religion).toBeNull();
  });

  it('records a move as a new address, keeping the old one in the history', async () => {
    const person = (await callApi('GET', `/staff/people/${parentId}`, { token: kim })).body;
    const first = await callApi('PATCH', `/staff/people/${parentId}`, { token: kim, body: { version: person.version, address: { line1: '1 Old Road', town: 'Stevenage', postcode: 'SG1 1AA' } } });
    expect(first.status).toBe(200);
    const moved = await callApi('PATCH', `/staff/people/${parentId}`, {
      token: kim,
      body: { version: first.body.version, address: { line1: '2 New Street', town: 'Hitchin', postcode: 'SG4 9AA' }, aliases: [{ type: 'previous-name', familyName: `Formerly${label}` }] },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.currentAddress).toMatchObject({ line1: '2 New Street', postcode: 'SG4 9AA' });
    expect(moved.body.addressHistory.map((a: { line1: string }) => a.line1)).toEqual(expect.arrayContaining(['1 Old Road', '2 New Street']));
    expect(moved.body.aliases).toEqual(expect.arrayContaining([expect.objectContaining({ familyName: `Formerly${label}` })]));
  });
});
