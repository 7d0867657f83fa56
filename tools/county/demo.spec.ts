import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidNhsNumber, isValidPostcode, isValidUpn } from '@childfirst/domain/people';
import { DEMO_USERS } from '../keycloak/demo-users';
import { COUNTY_TEAMS, FIXED_ID_PREFIX } from './fixed-ids';
import { DEMO_FAMILIES, DEMO_PERSON_IDS, demoBatch } from './demo';
import { INSERT_ORDER, type Row } from './tables';

interface RealmUser {
  id: string;
  username: string;
  firstName?: string;
  lastName?: string;
  realmRoles?: string[];
}

describe('the demo records', () => {
  const realm = JSON.parse(readFileSync(join(__dirname, '..', 'keycloak', 'childfirst-realm.json'), 'utf8')) as { users: RealmUser[] };
  const batch = demoBatch();
  const subjectOf = (username: string) => DEMO_USERS.find((u) => u.username === username)?.id;
  const practitionerOf = (username: string) => batch.practitioner.find((p) => p.subject === subjectOf(username)) as Row;
  const adams = batch.familyCase.find((c) => c.family_id === DEMO_FAMILIES[0].id) as Row;

  it('keep their fixed ids and references', () => {
    expect(batch.family.map((f) => [f.id, f.reference, f.family_name])).toEqual([
      ['7d4a9c1e-0000-4000-8000-00000000a001', 'FAM-000001', 'Adams'],
      ['7d4a9c1e-0000-4000-8000-00000000a002', 'FAM-000002', 'Begum'],
    ]);
    for (const key of INSERT_ORDER) {
      for (const row of batch[key]) {
        const id = (row.id ?? row.subject ?? row.family_id) as string;
        if (key !== 'familyAccount') expect(id.startsWith(FIXED_ID_PREFIX)).toBe(true);
      }
    }
  });

  it('agree with the API’s list of demo families (apps/api/src/demo/demo-families.ts)', () => {
    const api = readFileSync(join(__dirname, '..', '..', 'apps', 'api', 'src', 'demo', 'demo-families.ts'), 'utf8');
    for (const family of batch.family) expect(api).toContain(`id: '${family.id}', reference: '${family.reference}', familyName: '${family.family_name}'`.split(', ')[0]);
    for (const family of batch.family) expect(api).toContain(`reference: '${family.reference}'`);
    for (const account of batch.familyAccount) expect(api).toContain(`subject: '${account.subject}', displayName: '${account.display_name}'`);
  });

  it('are the same every time, so writing them again changes nothing', () => {
    expect(JSON.stringify(demoBatch())).toBe(JSON.stringify(batch));
  });

  it('link the families to the family sign-ins of the realm, by Keycloak id', () => {
    expect(batch.familyAccount).toEqual([
      expect.objectContaining({ subject: '5b0c5b1e-0000-4000-8000-000000000010', family_id: DEMO_FAMILIES[0].id, display_name: 'Jo Adams' }),
      expect.objectContaining({ subject: '5b0c5b1e-0000-4000-8000-000000000011', family_id: DEMO_FAMILIES[1].id, display_name: 'Rina Begum' }),
    ]);
    for (const account of batch.familyAccount) {
      const user = realm.users.find((u) => u.id === account.subject);
      expect(user?.realmRoles).toContain('family');
    }
  });

  it('give the families members whose names match the sign-ins', () => {
    const memberNames = (familyId: string) =>
      batch.familyMember.filter((m) => m.family_id === familyId).map((m) => batch.person.find((p) => p.id === m.person_id)).map((p) => `${p?.given_name} ${p?.family_name}`);
    expect(memberNames(DEMO_FAMILIES[0].id)).toEqual(expect.arrayContaining(['Jo Adams', 'Mia Adams', 'Leo Adams']));
    expect(memberNames(DEMO_FAMILIES[1].id)).toEqual(expect.arrayContaining(['Rina Begum', 'Aisha Begum', 'Yusuf Begum']));
    expect(DEMO_PERSON_IDS).toHaveLength(batch.person.length);
  });

  it('give every demo staff user who works cases a practitioner record with their Keycloak id', () => {
    for (const username of ['kim.keyworker', 'sam.socialworker', 'eve.education', 'hana.healthvisitor', 'paul.police', 'tara.triage', 'tom.teammanager']) {
      const user = realm.users.find((u) => u.username === username) as RealmUser;
      expect(practitionerOf(username)).toMatchObject({ subject: user.id, job_role: user.realmRoles?.[0] });
    }
  });

  it('make Kim the Adams family’s key worker, with Sam, Eve and Hana in the team around the family', () => {
    expect(adams.key_worker_id).toBe(practitionerOf('kim.keyworker').id);
    const team = batch.teamMember.filter((m) => m.case_id === adams.id).map((m) => m.practitioner_id);
    expect(team).toEqual(['kim.keyworker', 'sam.socialworker', 'eve.education', 'hana.healthvisitor'].map((u) => practitionerOf(u).id));
    const agencies = batch.consent.filter((c) => c.family_id === DEMO_FAMILIES[0].id).map((c) => c.agency);
    expect(agencies).toEqual(expect.arrayContaining(['social-care', 'education', 'health']));
  });

  it('put Tara and Tom in the county’s front door and Paul in a police unit', () => {
    expect(practitionerOf('tara.triage').team_id).toBe(COUNTY_TEAMS.frontDoor.id);
    expect(practitionerOf('tom.teammanager').team_id).toBe(COUNTY_TEAMS.frontDoor.id);
    expect(batch.organisation.find((o) => o.id === practitionerOf('paul.police').team_id)?.kind).toBe('police-unit');
  });

  it('keep demo staff off the Begum case', () => {
    const begum = batch.familyCase.find((c) => c.family_id === DEMO_FAMILIES[1].id) as Row;
    const staff = batch.practitioner.filter((p) => p.subject !== null).map((p) => p.id);
    expect(staff).not.toContain(begum.key_worker_id);
    for (const member of batch.teamMember.filter((m) => m.case_id === begum.id)) expect(staff).not.toContain(member.practitioner_id);
  });

  it('use valid identifiers (NHS numbers from the range kept for testing)', () => {
    for (const person of batch.person) {
      expect(isValidNhsNumber(person.nhs_number as string)).toBe(true);
      expect(String(person.nhs_number).startsWith('999')).toBe(true);
      if (person.upn !== null) expect(isValidUpn(person.upn as string)).toBe(true);
    }
    for (const address of batch.address) expect(isValidPostcode(address.postcode as string)).toBe(true);
  });
});
