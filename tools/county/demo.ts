// The fixed demo records the rest of the platform relies on: the Adams and Begum families linked to
// their family-portal sign-ins, and a practitioner record for each demo staff sign-in of the
// Keycloak realm (tools/keycloak/demo-users.ts), placed where the demo needs them: Kim Okafor is
// the Adams family's key worker, with Sam, Eve and Hana in the team around the family; Tara and
// Tom work in the front door; Paul in a police unit. All ids are fixed, so writing them again
// changes nothing. The admin and the inspector have no practitioner record: the domain has no
// such job role, and its access policy treats an inspector as belonging to no agency.
import type { Agency, PractitionerRole } from '@childfirst/domain/agencies';
import { nhsNumberCheckDigit, upnCheckLetter } from '@childfirst/domain/people';
import { searchNameOf } from '@childfirst/server';
import { DEMO_USERS, type DemoUser } from '../keycloak/demo-users';
import { COUNCIL_EDUCATION_TEAM_KIND } from './agencies';
import { COUNTY_TEAMS, fixedId } from './fixed-ids';
import { LA_CODE } from './identifiers';
import { emptyBatch, type Row, type RowBatch } from './tables';

/** The demo families as the family portal's sign-ins know them (apps/api/src/demo/demo-families.ts). */
export const DEMO_FAMILIES = [
  { id: fixedId('family', 1), reference: 'FAM-000001', familyName: 'Adams', username: 'parent.adams' },
  { id: fixedId('family', 2), reference: 'FAM-000002', familyName: 'Begum', username: 'parent.begum' },
] as const;

const user = (username: string): DemoUser => {
  const found = DEMO_USERS.find((u) => u.username === username);
  if (!found) throw new Error(`${username} is not a demo user in tools/keycloak/demo-users.ts`);
  return found;
};

const CLUSTER = { id: fixedId('cluster', 1), name: 'Stevenage Old Town' };

const ORGANISATIONS = {
  earlyHelp: { id: fixedId('organisation', 0x10), agency: 'social-care', kind: 'social-care-team', name: 'Stevenage Old Town Families First Team', code: null, postcode: 'SG1 3DS' },
  safeguarding: { id: fixedId('organisation', 0x11), agency: 'social-care', kind: 'social-care-team', name: 'Stevenage Old Town Family Safeguarding Team', code: null, postcode: 'SG1 3DS' },
  education: { id: fixedId('organisation', 0x12), agency: 'education', kind: COUNCIL_EDUCATION_TEAM_KIND, name: 'Stevenage Old Town SEND and Inclusion Team', code: null, postcode: 'SG1 3DS' },
  healthVisiting: { id: fixedId('organisation', 0x13), agency: 'health', kind: 'health-visiting-team', name: 'Stevenage Old Town Health Visiting Team', code: null, postcode: 'SG1 3HP' },
  police: { id: fixedId('organisation', 0x14), agency: 'police', kind: 'police-unit', name: 'Stevenage Old Town Neighbourhood Policing Team', code: null, postcode: 'SG1 1HF' },
  hitchinEarlyHelp: { id: fixedId('organisation', 0x15), agency: 'social-care', kind: 'social-care-team', name: 'Hitchin Families First Team', code: null, postcode: 'SG5 1EW' },
  primarySchool: { id: fixedId('organisation', 0x16), agency: 'education', kind: 'school', name: 'Ashdown Primary School', code: '199001', postcode: 'SG1 3PQ' },
  secondarySchool: { id: fixedId('organisation', 0x17), agency: 'education', kind: 'school', name: 'Old Town Academy', code: '199002', postcode: 'SG1 3RT' },
  gp: { id: fixedId('organisation', 0x18), agency: 'health', kind: 'gp-practice', name: 'Old Town Surgery', code: 'E82990', postcode: 'SG1 3BJ' },
} as const;
const COUNTY = {
  frontDoor: { ...COUNTY_TEAMS.frontDoor, agency: 'social-care', kind: 'social-care-team', code: null },
} as const;

/** The demo school's DfE establishment number, outside the range generated counties use. */
const DEMO_ESTABLISHMENT = '3900';

interface DemoPractitioner {
  id: string;
  subject: string | null;
  displayName: string;
  agency: Agency;
  teamId: string;
  jobRole: PractitionerRole;
  email: string;
}

const staff = (n: number, username: string, agency: Agency, teamId: string, jobRole: PractitionerRole): DemoPractitioner => {
  const u = user(username);
  return { id: fixedId('practitioner', n), subject: u.id, displayName: u.displayName, agency, teamId, jobRole, email: `${u.username}@example.org` };
};

export const DEMO_PRACTITIONERS: readonly DemoPractitioner[] = [
  staff(1, 'kim.keyworker', 'social-care', ORGANISATIONS.earlyHelp.id, 'key-worker'),
  staff(2, 'sam.socialworker', 'social-care', ORGANISATIONS.safeguarding.id, 'social-worker'),
  staff(3, 'eve.education', 'education', ORGANISATIONS.education.id, 'education-officer'),
  staff(4, 'hana.healthvisitor', 'health', ORGANISATIONS.healthVisiting.id, 'health-visitor'),
  staff(5, 'paul.police', 'police', ORGANISATIONS.police.id, 'police-officer'),
  staff(6, 'tara.triage', 'social-care', COUNTY.frontDoor.id, 'triage-manager'),
  staff(7, 'tom.teammanager', 'social-care', COUNTY.frontDoor.id, 'team-manager'),
  // Colleagues without a sign-in, so the Begum case is worked by people none of the demo staff are.
  { id: fixedId('practitioner', 0x10), subject: null, displayName: 'Priya Shah', agency: 'social-care', teamId: ORGANISATIONS.hitchinEarlyHelp.id, jobRole: 'key-worker', email: 'priya.shah@social-care.herts.example' },
  { id: fixedId('practitioner', 0x11), subject: null, displayName: 'Mark Ellis', agency: 'education', teamId: ORGANISATIONS.secondarySchool.id, jobRole: 'senco', email: 'mark.ellis@education.herts.example' },
  { id: fixedId('practitioner', 0x12), subject: null, displayName: 'Grace Osei', agency: 'health', teamId: ORGANISATIONS.healthVisiting.id, jobRole: 'school-nurse', email: 'grace.osei@health.herts.example' },
  { id: fixedId('practitioner', 0x13), subject: null, displayName: 'Helen Marsh', agency: 'social-care', teamId: ORGANISATIONS.earlyHelp.id, jobRole: 'team-manager', email: 'helen.marsh@social-care.herts.example' },
];

const DEMO_CONTACTS: Record<string, { phone: string; availability: string; cover?: string }> = {
  'Kim Okafor': { phone: '01632 960 101', availability: 'Monday to Thursday, 9am to 5pm', cover: 'Sam Patel' },
  'Sam Patel': { phone: '01632 960 102', availability: 'Monday to Friday, 9am to 5pm' },
  'Priya Shah': { phone: '01632 960 103', availability: 'Monday, Wednesday and Friday, 9am to 3pm', cover: 'Kim Okafor' },
};

const practitioner = (username: string) => DEMO_PRACTITIONERS.find((p) => p.subject === user(username).id) as DemoPractitioner;
const byName = (displayName: string) => DEMO_PRACTITIONERS.find((p) => p.displayName === displayName) as DemoPractitioner;

/** A valid NHS number from the range the NHS keeps for testing (999 000 0000 onwards), never issued to anyone. */
function testNhsNumber(n: number): string {
  for (let candidate = n * 7; ; candidate++) {
    const first9 = `999${String(candidate).padStart(6, '0')}`;
    const check = nhsNumberCheckDigit(first9);
    if (check !== null) return first9 + String(check);
  }
}

function demoUpn(allocationYear: number, serial: number): string {
  const rest = `${LA_CODE}${DEMO_ESTABLISHMENT}${String(allocationYear % 100).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  return upnCheckLetter(rest) + rest;
}

const CREATED = '2026-09-01T09:00:00.000Z';

interface DemoPerson {
  n: number;
  given: string;
  family: string;
  sex: 'M' | 'F';
  born: string;
  ethnicity: string;
  language: string;
  religion: string;
  role: 'child' | 'adult';
  schoolId?: string;
  upn?: string;
  aliases?: { type: string; given: string | null; family: string }[];
}

const ADAMS: readonly DemoPerson[] = [
  { n: 1, given: 'Jo', family: 'Adams', sex: 'F', born: '1990-03-14', ethnicity: 'WBRI', language: 'ENG', religion: 'no-religion', role: 'adult', aliases: [{ type: 'previous-name', given: 'Joanne', family: 'Carter' }] },
  { n: 2, given: 'Daniel', family: 'Adams', sex: 'M', born: '1988-11-02', ethnicity: 'WBRI', language: 'ENG', religion: 'christian', role: 'adult' },
  { n: 3, given: 'Mia', family: 'Adams', sex: 'F', born: '2017-06-02', ethnicity: 'WBRI', language: 'ENG', religion: 'not-known', role: 'child', schoolId: ORGANISATIONS.primarySchool.id, upn: demoUpn(2021, 1) },
  { n: 4, given: 'Leo', family: 'Adams', sex: 'M', born: '2023-01-20', ethnicity: 'WBRI', language: 'ENG', religion: 'not-known', role: 'child' },
];
const BEGUM: readonly DemoPerson[] = [
  { n: 5, given: 'Rina', family: 'Begum', sex: 'F', born: '1986-07-23', ethnicity: 'ABAN', language: 'BNG', religion: 'muslim', role: 'adult' },
  { n: 6, given: 'Aisha', family: 'Begum', sex: 'F', born: '2013-02-11', ethnicity: 'ABAN', language: 'ENG', religion: 'muslim', role: 'child', schoolId: ORGANISATIONS.secondarySchool.id, upn: demoUpn(2017, 1) },
  { n: 7, given: 'Yusuf', family: 'Begum', sex: 'M', born: '2018-09-30', ethnicity: 'ABAN', language: 'ENG', religion: 'muslim', role: 'child', schoolId: ORGANISATIONS.primarySchool.id, upn: demoUpn(2023, 1) },
];

/** Every fixed demo row, in one batch to be written with "keep what exists". */
export function demoBatch(): RowBatch {
  const batch = emptyBatch();
  let rowNumber = 0;
  const rowId = () => fixedId('row', ++rowNumber);

  batch.schoolCluster.push({ id: CLUSTER.id, name: CLUSTER.name });
  for (const o of [COUNTY.frontDoor, ...Object.values(ORGANISATIONS)]) {
    const clustered = o.kind === 'school' || (o.agency === 'social-care' && o.name.startsWith('Stevenage Old Town'));
    batch.organisation.push({ id: o.id, agency: o.agency, kind: o.kind, name: o.name, code: o.code, school_cluster_id: clustered ? CLUSTER.id : null, postcode: o.postcode });
  }
  for (const p of DEMO_PRACTITIONERS) {
    // Families see their key worker's phone, hours and cover on the portal home page (Ofcom drama numbers: never real).
    const contact = DEMO_CONTACTS[p.displayName];
    batch.practitioner.push({
      id: p.id, subject: p.subject, display_name: p.displayName, agency: p.agency, team_id: p.teamId, job_role: p.jobRole, email: p.email, active: true,
      phone: contact?.phone ?? null, availability: contact?.availability ?? null, cover_practitioner_id: contact?.cover ? byName(contact.cover).id : null,
    });
  }

  const personId = (n: number) => fixedId('person', n);
  const addPeople = (familyId: string, people: readonly DemoPerson[], home: { line1: string; line2: string | null; postcode: string; since: string }, previous?: { line1: string; postcode: string; from: string }) => {
    for (const p of people) {
      const aliases = p.aliases ?? [];
      batch.person.push({
        id: personId(p.n), given_name: p.given, middle_names: null, family_name: p.family, preferred_name: null,
        search_name: searchNameOf({ givenName: p.given, familyName: p.family }, aliases.map((a) => ({ givenName: a.given, familyName: a.family }))),
        date_of_birth: p.born, expected_date_of_birth: null, date_of_death: null, sex: p.sex, gender_identity: null, ethnicity: p.ethnicity, first_language: p.language,
        interpreter_needed: false, religion: p.religion, disabilities: ['NONE'], nhs_number: testNhsNumber(p.n), upn: p.upn ?? null, school_id: p.schoolId ?? null,
        gp_practice_id: ORGANISATIONS.gp.id, restricted: false, merged_into_id: null, version: 1, created_at: CREATED, updated_at: CREATED,
      });
      for (const alias of aliases) {
        batch.personAlias.push({ id: rowId(), person_id: personId(p.n), alias_type: alias.type, given_name: alias.given, family_name: alias.family, created_at: CREATED });
      }
      if (previous && p.born < home.since) {
        const from = previous.from > p.born ? previous.from : p.born;
        batch.address.push({ id: rowId(), person_id: personId(p.n), line1: previous.line1, line2: null, town: 'Stevenage', postcode: previous.postcode, moved_in_on: from, moved_out_on: home.since, confidential: false, created_at: CREATED });
      }
      const movedIn = home.since > p.born ? home.since : p.born;
      batch.address.push({ id: rowId(), person_id: personId(p.n), line1: home.line1, line2: home.line2, town: 'Stevenage', postcode: home.postcode, moved_in_on: movedIn, moved_out_on: null, confidential: false, created_at: CREATED });
      batch.familyMember.push({ family_id: familyId, person_id: personId(p.n), member_role: p.role, joined_on: p.role === 'child' ? p.born : null, left_on: null });
    }
  };
  const relate = (from: number, to: number, type: string, startedOn: string | null) => {
    batch.relationship.push({ id: rowId(), person_id: personId(from), related_person_id: personId(to), relationship_type: type, started_on: startedOn, ended_on: null, created_at: CREATED });
  };

  const [adams, begum] = DEMO_FAMILIES;
  for (const family of DEMO_FAMILIES) {
    batch.family.push({ id: family.id, reference: family.reference, family_name: family.familyName, version: 1, created_at: CREATED, updated_at: CREATED });
    const account = user(family.username);
    batch.familyAccount.push({
      subject: account.id, family_id: family.id, display_name: account.displayName, created_at: CREATED,
      person_id: family === DEMO_FAMILIES[0] ? personId(1) : personId(5), account_kind: 'parent', email: `${family.username}@example.org`,
    });
  }

  // The Adams family: Jo and Daniel, Mia (9, SEN support) and Leo (3, early help). Key worker Kim.
  addPeople(adams.id, ADAMS, { line1: '14 Walkern Road', line2: null, postcode: 'SG1 3QP', since: '2019-04-12' }, { line1: '3 Letchmore Road', postcode: 'SG1 3JJ', from: '2012-08-01' });
  relate(2, 1, 'partner', '2012-05-01');
  relate(1, 3, 'parent', '2017-06-02');
  relate(2, 3, 'parent', '2017-06-02');
  relate(1, 4, 'parent', '2023-01-20');
  relate(2, 4, 'parent', '2023-01-20');
  relate(3, 4, 'sibling', '2023-01-20');

  // The Begum family: Rina, Aisha (13, EHC plan) and Yusuf (8). Key worker Priya Shah (no sign-in).
  addPeople(begum.id, BEGUM, { line1: 'Flat 6', line2: '22 Bedwell Crescent', postcode: 'SG1 1NL', since: '2015-10-05' });
  relate(5, 6, 'parent', '2013-02-11');
  relate(5, 7, 'parent', '2018-09-30');
  relate(6, 7, 'sibling', '2018-09-30');

  const kim = practitioner('kim.keyworker');
  const cases = [
    {
      id: fixedId('case', 1), family: adams, keyWorker: kim, openedOn: '2025-09-15',
      team: [[kim, 'key worker'], [practitioner('sam.socialworker'), 'social worker'], [practitioner('eve.education'), 'education officer'], [practitioner('hana.healthvisitor'), 'health visitor']] as const,
      statuses: [[3, 'sen-support', '2025-09-15'], [4, 'early-help', '2026-05-04']] as const,
      consentBy: 1,
    },
    {
      id: fixedId('case', 2), family: begum, keyWorker: byName('Priya Shah'), openedOn: '2024-01-08',
      team: [[byName('Priya Shah'), 'key worker'], [byName('Mark Ellis'), 'school SENCO'], [byName('Grace Osei'), 'school nurse']] as const,
      statuses: [[6, 'ehc-plan', '2024-01-08'], [7, 'early-help', '2026-02-16']] as const,
      consentBy: 5,
    },
  ];
  for (const c of cases) {
    batch.familyCase.push({
      id: c.id, family_id: c.family.id, key_worker_id: c.keyWorker.id, allocated_team_id: c.keyWorker.teamId, status: 'open', opened_on: c.openedOn, closed_on: null,
      version: 1, created_at: `${c.openedOn}T09:00:00.000Z`, updated_at: `${c.openedOn}T09:00:00.000Z`,
    });
    for (const [member, caseRole] of c.team) {
      batch.teamMember.push({ id: rowId(), case_id: c.id, practitioner_id: member.id, case_role: caseRole, joined_on: c.openedOn, left_on: null });
    }
    for (const [n, statusType, startedOn] of c.statuses) {
      batch.caseStatus.push({ id: rowId(), case_id: c.id, person_id: personId(n), status_type: statusType, category: null, legal_status: null, started_on: startedOn, ended_on: null });
    }
    for (const agency of [...new Set(c.team.map(([member]) => member.agency))]) {
      batch.consent.push({
        id: rowId(), family_id: c.family.id, person_id: personId(c.consentBy), agency, purpose: 'share-information', given_at: `${c.openedOn}T10:30:00.000Z`,
        recorded_by: c.keyWorker.displayName, withdrawn_at: null, withdrawn_by: null, created_at: `${c.openedOn}T10:30:00.000Z`,
      });
    }
  }

  const adamsCase = fixedId('case', 1);
  const begumCase = fixedId('case', 2);
  const entry = (caseId: string, person: number, at: string, agency: Agency, eventType: string, summary: string, significance: 'significant' | 'routine', by: DemoPractitioner): Row => ({
    id: rowId(), case_id: caseId, person_id: personId(person), occurred_at: at, agency, event_type: eventType, summary, significance, source: 'curated',
    source_ref: null, sensitivity: 'standard', recorded_by_practitioner_id: by.id, created_at: at,
  });
  batch.chronologyEntry.push(
    entry(adamsCase, 3, '2025-07-02T10:00:00.000Z', 'education', 'referral-received', 'Ashdown Primary School asked for help: Mia is struggling with reading and friendships.', 'significant', practitioner('eve.education')),
    entry(adamsCase, 3, '2025-09-15T09:30:00.000Z', 'education', 'other', 'Mia placed on SEN support; plan agreed with Jo.', 'routine', practitioner('eve.education')),
    entry(adamsCase, 4, '2026-04-20T14:00:00.000Z', 'health', 'health-visit', 'Health visitor review: Leo’s speech is behind; referred to speech and language therapy.', 'routine', practitioner('hana.healthvisitor')),
    entry(adamsCase, 4, '2026-05-04T11:00:00.000Z', 'social-care', 'assessment-started', 'Early help assessment started with Jo and Daniel.', 'routine', kim),
    entry(begumCase, 6, '2023-09-04T09:00:00.000Z', 'education', 'ehc-needs-assessment-requested', 'EHC needs assessment requested for Aisha by Old Town Academy.', 'significant', byName('Mark Ellis')),
    entry(begumCase, 6, '2024-01-08T15:00:00.000Z', 'education', 'ehc-plan-issued', 'Final EHC plan issued for Aisha.', 'significant', byName('Mark Ellis')),
  );
  const note = (caseId: string, persons: number[], at: string, by: DemoPractitioner, noteType: string, body: string): Row => ({
    id: rowId(), case_id: caseId, person_ids: persons.map(personId), author_practitioner_id: by.id, agency: by.agency, note_type: noteType, occurred_at: at, body,
    sensitivity: 'standard', version: 1, created_at: at, updated_at: at,
  });
  batch.caseNote.push(
    note(adamsCase, [3, 4], '2026-05-11T10:15:00.000Z', kim, 'home-visit', 'Home visit. Jo and Daniel were both in. Mia showed me her reading book; Leo played throughout. We agreed the early help plan: speech and language sessions for Leo and a reading buddy for Mia.'),
    note(adamsCase, [3], '2026-06-03T13:00:00.000Z', practitioner('eve.education'), 'meeting', 'Team around the family meeting at school. Mia’s reading age has improved by six months; friendships still a worry. Next review in the autumn term.'),
    note(begumCase, [6], '2026-03-10T16:00:00.000Z', byName('Priya Shah'), 'phone-call', 'Phone call with Rina: Aisha has settled well in Year 8 with the support in her EHC plan. Annual review booked.'),
  );
  return batch;
}

/** Ids of the demo persons, for checks. */
export const DEMO_PERSON_IDS: readonly string[] = [...ADAMS, ...BEGUM].map((p) => fixedId('person', p.n));
