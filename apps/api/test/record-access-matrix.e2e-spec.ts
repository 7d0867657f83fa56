import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { accessTokenFor, type DemoApp } from '@childfirst/testing/demo-sign-in';
import { stack } from '@childfirst/testing/stack-environment';
import { callApi } from './api-client';
import { freshNhsNumber } from './nhs-numbers';

/**
 * The access matrix through the real API: every staff endpoint of the record × every demo user
 * (one per role, plus the two family sign-ins) × their relationship to the family (key worker,
 * team member with and without consent for their agency, same team, front door, explicit grant,
 * unrelated). The fixture builds its own families and cases, so the relationships are known; the
 * expected answers are written out below from PRODUCT.md's access rules, not computed by the policy.
 */

const demoSubjects = {
  kim: '5b0c5b1e-0000-4000-8000-000000000001', // key-worker
  sam: '5b0c5b1e-0000-4000-8000-000000000002', // social-worker
  eve: '5b0c5b1e-0000-4000-8000-000000000003', // education-officer
  hana: '5b0c5b1e-0000-4000-8000-000000000004', // health-visitor
  paul: '5b0c5b1e-0000-4000-8000-000000000005', // police-officer
  tara: '5b0c5b1e-0000-4000-8000-000000000006', // triage-manager
  tom: '5b0c5b1e-0000-4000-8000-000000000007', // team-manager
  ada: '5b0c5b1e-0000-4000-8000-000000000008', // admin
  ian: '5b0c5b1e-0000-4000-8000-000000000009', // inspector
} as const;
type Staff = keyof typeof demoSubjects;
const usernames: Record<Staff | 'adams' | 'begum', string> = {
  kim: 'kim.keyworker',
  sam: 'sam.socialworker',
  eve: 'eve.education',
  hana: 'hana.healthvisitor',
  paul: 'paul.police',
  tara: 'tara.triage',
  tom: 'tom.teammanager',
  ada: 'ada.admin',
  ian: 'ian.inspector',
  adams: 'parent.adams',
  begum: 'parent.begum',
};
type Viewer = keyof typeof usernames;
const viewers = Object.keys(usernames) as Viewer[];

/**
 * Case "related": kim is key worker; sam, eve, hana and paul are on the team around the family;
 * the family consented to share with social care, education and health, not the police; the case is
 * allocated to tom's team. Case "unrelated": none of the demo users has any relationship; ian holds
 * an explicit grant. Case "front door": unrelated, but a referral about the family awaits triage.
 */
type CaseKey = 'related' | 'unrelated' | 'frontDoor';
type Outcome = 200 | 201 | 403 | 404;
type Endpoint =
  | 'getCase'
  | 'getChronology'
  | 'listNotes'
  | 'addNote'
  | 'getFamily'
  | 'getChild'
  | 'listViewers'
  | 'addChronologyEntry'
  | 'recordConsent'
  | 'overrideConsent'
  | 'startStatus'
  | 'addWarning'
  | 'signOffWarning'
  | 'listFamilyDocuments'
  | 'listFamilyViews'
  | 'markFamilyDocumentRead'
  | 'tellFamily';

/** Who holds the capability for each write (from the role grants in PRODUCT.md's access rules), and what success answers. */
const writers: Partial<Record<Endpoint, { staff: Staff[]; success: Outcome; onPerson?: boolean }>> = {
  addNote: { staff: ['kim', 'sam', 'eve', 'hana', 'paul', 'tom'], success: 201 },
  addChronologyEntry: { staff: ['kim', 'sam', 'eve', 'hana', 'paul', 'tom'], success: 201 },
  // Consent and statuses: the key worker, social workers and managers; sharing without consent: social workers and managers.
  recordConsent: { staff: ['kim', 'sam', 'tom'], success: 201 },
  startStatus: { staff: ['kim', 'sam', 'tom'], success: 201 },
  overrideConsent: { staff: ['sam', 'tom'], success: 201 },
  // Warnings hang on the person, so they follow the person's visibility (no break-glass offer there).
  addWarning: { staff: ['kim', 'sam', 'eve', 'hana', 'paul', 'tom'], success: 201, onPerson: true },
  signOffWarning: { staff: ['tom'], success: 200, onPerson: true },
  // What the family shared is marked read by those who may write to the case, as their messages are.
  markFamilyDocumentRead: { staff: ['kim', 'sam', 'eve', 'hana', 'paul', 'tom'], success: 200 },
  // After a strategy discussion: social workers and managers record that the family can be told (once; again changes nothing).
  tellFamily: { staff: ['sam', 'tom'], success: 200 },
};

const staffRead: Record<CaseKey, Partial<Record<Viewer, Outcome>>> = {
  // key worker; team members of consented agencies; the allocated team (tom, and tara in the same front-door team).
  related: { kim: 200, sam: 200, eve: 200, hana: 200, paul: 404, tara: 200, tom: 200, ada: 403, ian: 404 },
  // No relationship: 404, except roles that may break glass (403 with the offer) and the inspector's grant.
  unrelated: { kim: 404, sam: 403, eve: 404, hana: 404, paul: 404, tara: 403, tom: 403, ada: 403, ian: 200 },
  // The front door (triage and team managers) sees a family with a referral awaiting decision.
  frontDoor: { kim: 404, sam: 403, eve: 404, hana: 404, paul: 404, tara: 200, tom: 200, ada: 403, ian: 404 },
};

function expected(endpoint: Endpoint, caseKey: CaseKey, viewer: Viewer): Outcome {
  if (viewer === 'adams' || viewer === 'begum') return 403; // family sign-ins never reach the staff surface
  const read = staffRead[caseKey][viewer]!;
  switch (endpoint) {
    case 'getCase':
    case 'getChronology':
    case 'listNotes':
    case 'listFamilyDocuments':
    case 'listFamilyViews':
      return read;
    case 'getFamily':
    case 'getChild':
      // A family or person is seen through its case; there is no break-glass offer on these routes.
      return read === 403 && viewer !== 'ada' ? 404 : read;
    case 'addNote':
    case 'addChronologyEntry':
    case 'recordConsent':
    case 'overrideConsent':
    case 'startStatus':
    case 'addWarning':
    case 'signOffWarning':
    case 'markFamilyDocumentRead':
    case 'tellFamily': {
      // No capability: 403 whatever the relationship (admins, inspectors and triage managers write nothing).
      const { staff, success, onPerson } = writers[endpoint]!;
      if (!staff.includes(viewer)) return 403;
      const visible = onPerson && read === 403 ? 404 : read;
      return visible === 200 ? success : visible;
    }
    case 'listViewers':
      // Managers and the DPO's admin role only, whatever their relationship.
      return viewer === 'tom' || viewer === 'ada' ? 200 : 403;
  }
}

interface Fixture {
  caseId: string;
  familyId: string;
  childId: string;
  childName: string;
  nhsNumber: string;
  warningId: string;
  /** A document the family uploaded in the portal. */
  documentId: string;
  strategyReferralId: string;
}

describe('record access matrix (API e2e, real Keycloak tokens)', () => {
  const db = new Client({ connectionString: stack.databaseUrl });
  const fixtures = {} as Record<CaseKey, Fixture>;
  const tokens = {} as Record<Viewer, string>;
  const practitioner = {} as Record<Staff, { id: string; agency: string; teamId: string }>;

  beforeAll(async () => {
    await db.connect();
    const rows = await db.query(`SELECT id, subject, agency, team_id AS "teamId" FROM agencies.practitioner WHERE subject = ANY($1::uuid[])`, [Object.values(demoSubjects)]);
    for (const [name, subject] of Object.entries(demoSubjects) as [Staff, string][]) {
      const row = rows.rows.find((r) => r.subject === subject);
      if (row) practitioner[name] = row;
    }
    // The fixture depends on these facts of the demo seed; say so plainly if they change.
    expect(Object.keys(practitioner).sort()).toEqual(expect.arrayContaining(['eve', 'hana', 'kim', 'paul', 'sam', 'tara', 'tom']));
    expect([practitioner.sam.agency, practitioner.eve.agency, practitioner.hana.agency, practitioner.paul.agency]).toEqual(['social-care', 'education', 'health', 'police']);
    expect(practitioner.tara.teamId).toBe(practitioner.tom.teamId);
    for (const name of ['kim', 'sam', 'eve', 'hana', 'paul'] as Staff[]) expect(practitioner[name].teamId).not.toBe(practitioner.tom.teamId);

    for (const key of ['related', 'unrelated', 'frontDoor'] as CaseKey[]) fixtures[key] = await createFamilyCase(key);
    const related = fixtures.related;
    await db.query(`UPDATE cases.family_case SET key_worker_id = $2, allocated_team_id = $3 WHERE id = $1`, [related.caseId, practitioner.kim.id, practitioner.tom.teamId]);
    for (const name of ['sam', 'eve', 'hana', 'paul'] as Staff[]) {
      await db.query(`INSERT INTO cases.team_member (case_id, practitioner_id, case_role, joined_on) VALUES ($1, $2, 'matrix', current_date)`, [related.caseId, practitioner[name].id]);
    }
    for (const agency of ['social-care', 'education', 'health']) {
      await db.query(`INSERT INTO cases.consent (family_id, agency, purpose, given_at, recorded_by) VALUES ($1, $2, 'share-information', now(), 'matrix')`, [related.familyId, agency]);
    }
    const ianPractitioner = rows.rows.find((r) => r.subject === demoSubjects.ian)?.id ?? (await createPractitioner(demoSubjects.ian, 'Ian Moore'));
    await db.query(`INSERT INTO access.case_grant (case_id, practitioner_id, reason, granted_by_practitioner_id, expires_at) VALUES ($1, $2, 'Ofsted ILACS inspection sample', $3, now() + interval '1 day')`, [
      fixtures.unrelated.caseId,
      ianPractitioner,
      practitioner.tom.id,
    ]);
    await db.query(
      `INSERT INTO referrals.referral (id, family_id, source, what_is_happening, preferred_contact, status, received_at, submitted_by_subject, idempotency_key, submission_fingerprint, workflow_id, version)
       VALUES (gen_random_uuid(), $1, 'school', 'Matrix fixture concern', 'email', 'awaiting-decision', now(), gen_random_uuid(), $2, 'f', 'none', 1)`,
      [fixtures.frontDoor.familyId, randomUUID()],
    );
    await db.query(`INSERT INTO cases.chronology_entry (case_id, occurred_at, agency, event_type, summary, source) VALUES ($1, now(), 'health', 'health-visit', 'Matrix visit', 'curated')`, [related.caseId]);

    await Promise.all(
      viewers.map(async (viewer) => {
        const app: DemoApp = viewer === 'adams' || viewer === 'begum' ? 'family-portal' : 'staff-web';
        tokens[viewer] = await accessTokenFor(usernames[viewer], app);
      }),
    );
  });

  afterAll(async () => {
    await db.end();
  });

  /** The inspector holds grants, so needs a practitioner record: in an inspection team of their own. */
  async function createPractitioner(subject: string, name: string): Promise<string> {
    const existing = await db.query(`SELECT id FROM agencies.practitioner WHERE subject = $1`, [subject]);
    if (existing.rowCount) return existing.rows[0].id;
    const teamId = randomUUID();
    await db.query(`INSERT INTO agencies.organisation (id, agency, kind, name) VALUES ($1, 'social-care', 'social-care-team', 'Inspection (matrix fixture)')`, [teamId]);
    const id = randomUUID();
    await db.query(`INSERT INTO agencies.practitioner (id, subject, display_name, agency, team_id, job_role) VALUES ($1, $2, $3, 'social-care', $4, 'inspector')`, [id, subject, name, teamId]);
    return id;
  }

  async function createFamilyCase(label: string): Promise<Fixture> {
    const familyId = randomUUID();
    const childId = randomUUID();
    const caseId = randomUUID();
    await db.query(`INSERT INTO people.family (id, reference, family_name, version) VALUES ($1, $2, $3, 1)`, [familyId, `MX-${familyId.slice(0, 8)}`, `Matrix ${label}`]);
    const nhsNumber = freshNhsNumber();
    await db.query(
      `INSERT INTO people.person (id, given_name, family_name, search_name, date_of_birth, sex, nhs_number, version) VALUES ($1, 'Robin', $2, $3, '2016-05-04', 'U', $4, 1)`,
      [childId, `Matrix${label}`, `robin matrix${label.toLowerCase()}`, nhsNumber],
    );
    await db.query(`INSERT INTO people.address (person_id, line1, town, postcode, moved_in_on) VALUES ($1, '7 Matrix Row', 'Stevenage', 'SG1 2NX', '2020-01-01')`, [childId]);
    await db.query(`INSERT INTO people.family_member (family_id, person_id, member_role) VALUES ($1, $2, 'child')`, [familyId, childId]);
    await db.query(`INSERT INTO cases.family_case (id, family_id, status, opened_on, version) VALUES ($1, $2, 'open', current_date, 1)`, [caseId, familyId]);
    // A warning recorded by the key worker, awaiting a manager's sign-off.
    const [warning] = (
      await db.query(
        `INSERT INTO cases.warning_note (person_id, warning_type, description, review_on, person_told, recorded_by_practitioner_id, version)
         VALUES ($1, 'violence-or-threats', 'Matrix warning: shouted at a visitor', current_date + 90, 'yes', $2, 1) RETURNING id`,
        [childId, practitioner.kim.id],
      )
    ).rows;
    const attachmentId = randomUUID();
    const documentId = randomUUID();
    await db.query(`INSERT INTO portal.attachment (id, family_id, uploaded_by_subject, file_name, content_type, size, content) VALUES ($1, $2, gen_random_uuid(), 'matrix.pdf', 'application/pdf', 14, $3)`, [
      attachmentId,
      familyId,
      Buffer.from('%PDF-1.4\n%%EOF'),
    ]);
    await db.query(`INSERT INTO portal.document (id, family_id, attachment_id, title, uploaded_by_subject, uploaded_by_name) VALUES ($1, $2, $3, 'Matrix letter', gen_random_uuid(), 'Matrix parent')`, [
      documentId,
      familyId,
      attachmentId,
    ]);
    // A referral about the family decided as a strategy discussion: the family is not told until someone records it is safe.
    const strategyReferralId = randomUUID();
    await db.query(
      `INSERT INTO referrals.referral (id, family_id, source, what_is_happening, preferred_contact, status, received_at, submitted_by_subject, idempotency_key, submission_fingerprint, workflow_id, version, intake_channel, outcome, decision_reason, decided_at, decided_by_subject, decided_by_name)
       VALUES ($1, $2, 'police', 'Matrix: strategy discussion referral.', 'none', 'decided', now(), gen_random_uuid(), $3, 'f', $4, 2, 'agency-notification', 'strategy-discussion', 'Matrix decision.', now(), gen_random_uuid(), 'Matrix manager')`,
      [strategyReferralId, familyId, randomUUID(), `referral:${strategyReferralId}`],
    );
    return { caseId, familyId, childId, childName: `Robin Matrix${label}`, nhsNumber, warningId: warning.id, documentId, strategyReferralId };
  }

  async function call(endpoint: Endpoint, fixture: Fixture, token: string) {
    switch (endpoint) {
      case 'getCase':
        return callApi('GET', `/staff/cases/${fixture.caseId}`, { token });
      case 'getChronology':
        return callApi('GET', `/staff/cases/${fixture.caseId}/chronology`, { token });
      case 'listNotes':
        return callApi('GET', `/staff/cases/${fixture.caseId}/notes`, { token });
      case 'addNote':
        return callApi('POST', `/staff/cases/${fixture.caseId}/notes`, {
          token,
          headers: { 'idempotency-key': randomUUID() },
          body: { noteType: 'case-note', occurredAt: new Date().toISOString(), body: 'Matrix note', sensitivity: 'standard', personIds: [] },
        });
      case 'getFamily':
        return callApi('GET', `/staff/families/${fixture.familyId}`, { token });
      case 'getChild':
        return callApi('GET', `/staff/people/${fixture.childId}`, { token });
      case 'listViewers':
        return callApi('GET', `/staff/people/${fixture.childId}/viewers`, { token });
      case 'addChronologyEntry':
        return callApi('POST', `/staff/cases/${fixture.caseId}/chronology`, {
          token,
          headers: { 'idempotency-key': randomUUID() },
          body: { occurredAt: new Date(Date.now() - 60_000).toISOString(), eventType: 'school-exclusion', summary: 'Matrix exclusion', sensitivity: 'standard' },
        });
      // Housing and voluntary: no demo user works there, so these writes never change who else can see the case.
      case 'recordConsent':
        return callApi('POST', `/staff/cases/${fixture.caseId}/consents`, {
          token,
          headers: { 'idempotency-key': randomUUID() },
          body: { scopes: [{ agency: 'housing', purpose: 'share-information' }], givenAt: new Date(Date.now() - 60_000).toISOString() },
        });
      case 'overrideConsent':
        return callApi('POST', `/staff/cases/${fixture.caseId}/consent-overrides`, {
          token,
          body: { agency: 'voluntary', legalBasis: 'children-act-1989-s17', reason: 'Matrix: the young carers project must know of the risk.' },
        });
      case 'startStatus': {
        // One current status of a type per child: clear the fixture's so every permitted writer can start one.
        await db.query(`DELETE FROM cases.case_status WHERE person_id = $1`, [fixture.childId]);
        return callApi('POST', `/staff/cases/${fixture.caseId}/statuses`, { token, body: { statusType: 'early-help', personId: fixture.childId, startedOn: '2026-01-05' } });
      }
      case 'addWarning':
        return callApi('POST', `/staff/people/${fixture.childId}/warnings`, {
          token,
          headers: { 'idempotency-key': randomUUID() },
          body: { type: 'violence-or-threats', description: 'Matrix: threatened a visitor at the door', reviewOn: '2099-01-01', personTold: 'yes' },
        });
      case 'signOffWarning':
        return callApi('POST', `/staff/warnings/${fixture.warningId}/sign-off`, { token, body: { version: 1 } });
      case 'listFamilyDocuments':
        return callApi('GET', `/staff/cases/${fixture.caseId}/family-documents`, { token });
      case 'listFamilyViews':
        return callApi('GET', `/staff/cases/${fixture.caseId}/family-views`, { token });
      case 'markFamilyDocumentRead':
        return callApi('POST', `/staff/cases/${fixture.caseId}/family-documents/${fixture.documentId}/read`, { token });
      case 'tellFamily':
        return callApi('POST', `/staff/referrals/${fixture.strategyReferralId}/tell-family`, { token });
    }
  }

  const endpoints: Endpoint[] = [
    'getCase',
    'getChronology',
    'listNotes',
    'addNote',
    'getFamily',
    'getChild',
    'listViewers',
    'addChronologyEntry',
    'recordConsent',
    'overrideConsent',
    'startStatus',
    'addWarning',
    'signOffWarning',
    'listFamilyDocuments',
    'listFamilyViews',
    'markFamilyDocumentRead',
    'tellFamily',
  ];
  const caseKeys: CaseKey[] = ['related', 'unrelated', 'frontDoor'];

  it.each(endpoints.flatMap((endpoint) => caseKeys.map((caseKey) => ({ endpoint, caseKey }))))('$endpoint on the $caseKey case answers every viewer as the access rules say', async ({ endpoint, caseKey }) => {
    const results: Record<string, number> = {};
    const wanted: Record<string, number> = {};
    for (const viewer of viewers) {
      const response = await call(endpoint, fixtures[caseKey], tokens[viewer]);
      results[viewer] = response.status;
      wanted[viewer] = expected(endpoint, caseKey, viewer);
      if (response.status === 404) expect(JSON.stringify(response.body)).not.toMatch(/Matrix|Robin/);
    }
    expect(results).toEqual(wanted);
  });

  /**
   * Minimum necessary in search: a searcher who works with the child (the same relationships that
   * open the case) and the front door (triage and team managers, matching referrals) see the NHS
   * number and full address; anyone else sees name, date of birth and the area only.
   */
  const identifiersShownTo = (caseKey: CaseKey, viewer: Staff) => staffRead[caseKey][viewer] === 200 || viewer === 'tara' || viewer === 'tom';

  it.each(caseKeys)('person search on the %s case shows identifiers only to those with a relationship or the front door', async (caseKey) => {
    const fixture = fixtures[caseKey];
    const query = `/staff/people?name=${encodeURIComponent(fixture.childName)}&dateOfBirth=2016-05-04&purpose=making-a-referral`;
    const results: Record<string, unknown> = {};
    const wanted: Record<string, unknown> = {};
    for (const viewer of viewers) {
      const response = await callApi('GET', query, { token: tokens[viewer] });
      if (viewer === 'adams' || viewer === 'begum' || viewer === 'ada') {
        // Families never reach the staff surface; admins do not read records by role.
        results[viewer] = response.status;
        wanted[viewer] = 403;
        continue;
      }
      const child = response.body.items?.find((item: { id: string }) => item.id === fixture.childId);
      results[viewer] = child && { identifiersShown: child.identifiersShown, nhsNumber: child.nhsNumber, address: child.address };
      wanted[viewer] = identifiersShownTo(caseKey, viewer)
        ? { identifiersShown: true, nhsNumber: fixture.nhsNumber, address: { line1: '7 Matrix Row', line2: null, town: 'Stevenage', postcode: 'SG1 2NX', postcodeDistrict: 'SG1' } }
        : { identifiersShown: false, nhsNumber: null, address: { line1: null, line2: null, town: 'Stevenage', postcode: null, postcodeDistrict: 'SG1' } };
      // Nothing withheld reaches the browser in any form.
      if (!identifiersShownTo(caseKey, viewer)) expect(JSON.stringify(response.body)).not.toContain(fixture.nhsNumber);
    }
    expect(results).toEqual(wanted);
  });

  it('paul.police searching before a referral sees no NHS number, and the search is audited with its purpose, terms and count', async () => {
    const fixture = fixtures.unrelated;
    const purposeDetail = 'Checking a name given at a domestic incident';
    const search = await callApi('GET', `/staff/people?name=${encodeURIComponent(fixture.childName)}&purpose=other&purposeDetail=${encodeURIComponent(purposeDetail)}`, { token: tokens.paul });
    expect(search.status).toBe(200);
    const child = search.body.items.find((item: { id: string }) => item.id === fixture.childId);
    expect(child).toMatchObject({ givenName: 'Robin', dateOfBirth: '2016-05-04', identifiersShown: false, nhsNumber: null, upn: null, school: null, parents: [] });

    const audited = await db.query(
      `SELECT actor_name AS "actorName", purpose, details, request_id AS "requestId" FROM audit.audit_event
        WHERE resource_type = 'person-search' AND actor_subject = $1 ORDER BY sequence DESC LIMIT 1`,
      [demoSubjects.paul],
    );
    expect(audited.rows[0]).toMatchObject({
      actorName: 'Paul Walsh',
      purpose: `Person search: Other: ${purposeDetail}`,
      details: { terms: { name: fixture.childName }, purpose: 'other', purposeDetail, resultCount: search.body.items.length },
    });
    // Each person shown is audited too, so "who has viewed this record" lists the search.
    const shown = await db.query(`SELECT purpose, details FROM audit.audit_event WHERE resource_type = 'person-search-result' AND resource_id = $1 AND request_id = $2`, [
      fixture.childId,
      audited.rows[0].requestId,
    ]);
    expect(shown.rows).toEqual([{ purpose: `Found by a person search: Other: ${purposeDetail}`, details: { identifiersShown: false } }]);
  });

  it('refuses a search without a purpose, or "other" without the reason', async () => {
    const name = encodeURIComponent(fixtures.related.childName);
    const noPurpose = await callApi('GET', `/staff/people?name=${name}`, { token: tokens.kim });
    expect(noPurpose.status).toBe(400);
    expect(noPurpose.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'purpose', message: 'Select why you are searching' })]));
    const otherWithoutWhy = await callApi('GET', `/staff/people?name=${name}&purpose=other`, { token: tokens.kim });
    expect(otherWithoutWhy.status).toBe(400);
    expect(otherWithoutWhy.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'purposeDetail' })]));
  });

  it('withdrawing consent takes effect at once', async () => {
    const path = `/staff/cases/${fixtures.related.caseId}`;
    expect((await callApi('GET', path, { token: tokens.eve })).status).toBe(200);
    await db.query(`UPDATE cases.consent SET withdrawn_at = now(), withdrawn_by = 'family' WHERE family_id = $1 AND agency = 'education'`, [fixtures.related.familyId]);
    expect((await callApi('GET', path, { token: tokens.eve })).status).toBe(404);
    // The key worker coordinates for every agency, consent or not.
    expect((await callApi('GET', path, { token: tokens.kim })).status).toBe(200);
  });

  it('lets a social worker break glass with a reason, records it for review, and opens the case', async () => {
    const path = `/staff/cases/${fixtures.unrelated.caseId}`;
    const offer = await callApi('GET', path, { token: tokens.sam });
    expect(offer.status).toBe(403);
    expect(offer.body.type).toBe('urn:childfirst:problem:break-glass-available');
    const tooShort = await callApi('POST', `${path}/break-glass`, { token: tokens.sam, body: { reason: 'urgent' } });
    expect(tooShort.status).toBe(400);
    const opened = await callApi('POST', `${path}/break-glass`, { token: tokens.sam, body: { reason: 'Police called out of hours: child reported missing from this address.' } });
    expect(opened.status).toBe(201);
    const seen = await callApi('GET', path, { token: tokens.sam });
    expect(seen.status).toBe(200);
    expect(seen.body.access).toEqual({ relationship: 'break-glass', breakGlass: true });
    const flagged = await db.query(`SELECT count(*)::int AS n FROM access.break_glass_access WHERE case_id = $1 AND reviewed_at IS NULL`, [fixtures.unrelated.caseId]);
    expect(flagged.rows[0].n).toBe(1);
    const audited = await db.query(`SELECT purpose FROM audit.audit_event WHERE resource_id = $1 AND purpose LIKE '%(emergency access)' LIMIT 1`, [fixtures.unrelated.caseId]);
    expect(audited.rowCount).toBe(1);
  });

  it('audits every read of the child, and shows the viewers to a manager', async () => {
    const viewersList = await callApi('GET', `/staff/people/${fixtures.related.childId}/viewers`, { token: tokens.tom });
    expect(viewersList.status).toBe(200);
    const names = new Set(viewersList.body.items.map((item: { actorName: string }) => item.actorName));
    expect([...names]).toEqual(expect.arrayContaining(['Kim Okafor', 'Sam Patel', 'Eve Thompson', 'Hana Ali', 'Tara Nguyen', 'Tom Hughes']));
    // Refused reads are not views; paul.police saw the child only as a search result (name, date of birth, area), and that is listed as such.
    const pauls = viewersList.body.items.filter((item: { actorName: string }) => item.actorName === 'Paul Walsh');
    expect(pauls.map((item: { purpose: string }) => item.purpose)).toEqual(pauls.map(() => expect.stringMatching(/^Found by a person search: /)));
  });
});
