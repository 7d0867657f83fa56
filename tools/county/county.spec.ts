import { agencies, organisationKinds, practitionerRoles } from '@childfirst/domain/agencies';
import {
  caseStatusTypes,
  childProtectionCategories,
  chronologyEventTypes,
  consentPurposes,
  legalBases,
  lookedAfterLegalStatuses,
  noteTypes,
  sensitivities,
  warningTypes,
} from '@childfirst/domain/cases';
import {
  aliasTypes,
  disabilities,
  ethnicities,
  genderIdentities,
  isValidNhsNumber,
  isValidPostcode,
  isValidUpn,
  languages,
  postcodeOutward,
  relationshipTypes,
  religions,
} from '@childfirst/domain/people';
import { COUNCIL_EDUCATION_TEAM_KIND } from './agencies';
import { STATUS_RATES } from './casework';
import { CountyGenerator, DEFAULT_AS_AT } from './county';
import { POSTCODE_DISTRICTS } from './places';
import { emptyBatch, INSERT_ORDER, type Row, type RowBatch } from './tables';

function generate(children: number, seed: number): RowBatch {
  const generator = new CountyGenerator({ children, seed, asAt: DEFAULT_AS_AT });
  const all = emptyBatch();
  const append = (batch: RowBatch) => {
    for (const key of INSERT_ORDER) for (const row of batch[key]) all[key].push(row);
  };
  append(generator.agencyBatch());
  for (const { batch } of generator.familyBatches(500)) append(batch);
  return all;
}

const countBy = <T>(rows: T[], key: (row: T) => string) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};

describe('the synthetic county', () => {
  // Big enough for proportions of 0.4% to be measured within a useful tolerance; about 5 s.
  const county = generate(40_000, 11);
  const childIds = new Set(county.familyMember.filter((m) => m.member_role === 'child').map((m) => m.person_id as string));
  const persons = new Map(county.person.map((p) => [p.id as string, p]));
  const pupils = [...childIds].filter((id) => persons.get(id)?.school_id);

  describe('is deterministic', () => {
    it('gives the same rows, byte for byte, for the same seed and size', () => {
      const first = generate(1_500, 3);
      const second = generate(1_500, 3);
      expect(second.person.slice(0, 200)).toEqual(first.person.slice(0, 200));
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    });

    it('gives a different county for a different seed', () => {
      expect(generate(500, 4).person[0]).not.toEqual(generate(500, 5).person[0]);
    });

    it('makes exactly the number of children asked for', () => {
      expect(childIds.size).toBe(40_000);
    });
  });

  describe('makes valid identifiers', () => {
    it('gives every born person a valid, unique NHS number (a few adults have none)', () => {
      const numbers = county.person.map((p) => p.nhs_number).filter((n): n is string => n !== null);
      expect(numbers.length).toBeGreaterThan(county.person.length * 0.95);
      expect(numbers.filter((n) => !isValidNhsNumber(n))).toEqual([]);
      expect(new Set(numbers).size).toBe(numbers.length);
    });

    it('gives school-age children valid, unique UPNs from the county’s LA code', () => {
      const upns = county.person.map((p) => p.upn).filter((u): u is string => u !== null);
      expect(upns.length).toBeGreaterThanOrEqual(pupils.length * 0.95);
      expect(upns.filter((upn) => !isValidUpn(upn) || upn.slice(1, 4) !== '919')).toEqual([]);
      expect(new Set(upns).size).toBe(upns.length);
    });

    it('writes only valid postcodes in the county’s postcode districts', () => {
      const outwards = new Set(POSTCODE_DISTRICTS.map((d) => d.outward));
      const postcodes = [...county.address.map((a) => a.postcode as string), ...county.organisation.map((o) => o.postcode).filter((p): p is string => p !== null)];
      expect(postcodes.filter((postcode) => !isValidPostcode(postcode) || !outwards.has(postcodeOutward(postcode) as string))).toEqual([]);
    });

    it('gives schools unique URNs and GP practices unique ODS-style codes', () => {
      const codes = county.organisation.map((o) => o.code).filter((c): c is string => c !== null);
      expect(new Set(codes).size).toBe(codes.length);
      for (const school of county.organisation.filter((o) => o.kind === 'school')) expect(school.code).toMatch(/^\d{6}$/);
      for (const gp of county.organisation.filter((o) => o.kind === 'gp-practice')) expect(gp.code).toMatch(/^E8\d{4}$/);
    });
  });

  describe('has roughly England’s proportions', () => {
    const current = (type: string) => new Set(county.caseStatus.filter((s) => s.status_type === type && s.ended_on === null).map((s) => s.person_id as string));
    const share = (ids: Set<string>, of: number) => ids.size / of;

    it.each([
      ['child-in-need', STATUS_RATES.childInNeed, 0.25],
      ['child-protection-plan', STATUS_RATES.childProtectionPlan, 0.35],
      ['looked-after', STATUS_RATES.lookedAfter, 0.3],
      ['early-help', STATUS_RATES.earlyHelp, 0.25],
    ])('%s: about %f of children', (type, rate, tolerance) => {
      expect(share(current(type), childIds.size)).toBeGreaterThan(rate * (1 - tolerance));
      expect(share(current(type), childIds.size)).toBeLessThan(rate * (1 + tolerance));
    });

    it('children in need in the census sense (CIN plan, CP plan or looked after): about 3.3%', () => {
      const inNeed = new Set([...current('child-in-need'), ...current('child-protection-plan'), ...current('looked-after')]);
      expect(share(inNeed, childIds.size)).toBeCloseTo(0.033, 2);
    });

    it.each([
      ['ehc-plan', STATUS_RATES.ehcPlan],
      ['sen-support', STATUS_RATES.senSupport],
    ])('%s: about %f of pupils', (type, rate) => {
      expect(share(current(type), pupils.length)).toBeGreaterThan(rate * 0.85);
      expect(share(current(type), pupils.length)).toBeLessThan(rate * 1.15);
    });

    it('about 1.9 children per family, a quarter of them lone-parent households', () => {
      expect(childIds.size / county.family.length).toBeGreaterThan(1.8);
      expect(childIds.size / county.family.length).toBeLessThan(2.0);
      const adultsPerFamily = countBy(county.familyMember.filter((m) => m.member_role === 'adult'), (m) => m.family_id as string);
      const single = [...adultsPerFamily.values()].filter((n) => n === 1).length;
      expect(single / county.family.length).toBeGreaterThan(0.18);
      expect(single / county.family.length).toBeLessThan(0.32);
    });

    it('children’s ethnicity roughly as in England’s schools', () => {
      const byEthnicity = countBy([...childIds].map((id) => persons.get(id) as Row), (p) => p.ethnicity as string);
      expect((byEthnicity.get('WBRI') ?? 0) / childIds.size).toBeCloseTo(0.63, 1);
      expect((byEthnicity.get('APKN') ?? 0) / childIds.size).toBeCloseTo(0.046, 1);
    });

    it('about one practitioner per 80 children and one school per 480', () => {
      expect(county.practitioner.length / childIds.size).toBeGreaterThan(1 / 110);
      expect(county.practitioner.length / childIds.size).toBeLessThan(1 / 60);
      expect(county.organisation.filter((o) => o.kind === 'school').length).toBe(Math.round(40_000 / 480));
    });
  });

  describe('gives every family in contact one case with ONE key worker', () => {
    const teams = new Map<string, Row[]>();
    for (const member of county.teamMember) {
      const team = teams.get(member.case_id as string) ?? [];
      team.push(member);
      teams.set(member.case_id as string, team);
    }
    const practitioners = new Map(county.practitioner.map((p) => [p.id as string, p]));

    it('one case for each family with a status, none for the others', () => {
      const casesByFamily = countBy(county.familyCase, (c) => c.family_id as string);
      expect([...casesByFamily.values()].every((n) => n === 1)).toBe(true);
      const familyOf = new Map(county.familyMember.map((m) => [m.person_id as string, m.family_id as string]));
      const caseFamily = new Map(county.familyCase.map((c) => [c.id as string, c.family_id as string]));
      expect(county.caseStatus.filter((status) => caseFamily.get(status.case_id as string) !== familyOf.get(status.person_id as string))).toEqual([]);
      expect(new Set(county.caseStatus.map((s) => caseFamily.get(s.case_id as string))).size).toBe(county.familyCase.length);
    });

    it('every case has exactly one key worker, who is on its team as the key worker', () => {
      const wrong = county.familyCase.filter((familyCase) => {
        const keyWorkers = (teams.get(familyCase.id as string) ?? []).filter((m) => m.case_role === 'key worker');
        return (
          familyCase.key_worker_id === null ||
          keyWorkers.length !== 1 ||
          keyWorkers[0]?.practitioner_id !== familyCase.key_worker_id ||
          familyCase.allocated_team_id !== practitioners.get(familyCase.key_worker_id as string)?.team_id
        );
      });
      expect(county.familyCase.length).toBeGreaterThan(1000);
      expect(wrong).toEqual([]);
    });

    it('and a team around the family of 2–4 more, each from a different agency', () => {
      const wrong = county.familyCase.filter((familyCase) => {
        const others = (teams.get(familyCase.id as string) ?? []).filter((m) => m.case_role !== 'key worker');
        const agenciesOnCase = [familyCase.key_worker_id, ...others.map((m) => m.practitioner_id)].map((id) => practitioners.get(id as string)?.agency);
        return others.length < 2 || others.length > 4 || new Set(agenciesOnCase).size !== agenciesOnCase.length;
      });
      expect(wrong).toEqual([]);
    });

    it('gives child protection plans a category and looked-after children a legal status', () => {
      const missing = county.caseStatus.filter(
        (status) => (status.status_type === 'child-protection-plan' && status.category === null) || (status.status_type === 'looked-after' && status.legal_status === null),
      );
      expect(missing).toEqual([]);
    });
  });

  describe('uses the domain’s code lists', () => {
    const inList = (rows: Row[], column: string, list: Record<string, unknown>, except: string[] = []) => {
      const unknown = [...new Set(rows.map((r) => r[column]).filter((v) => v !== null))].filter((v) => !(String(v) in list) && !except.includes(String(v)));
      expect(unknown).toEqual([]);
    };
    it('for people', () => {
      inList(county.person, 'ethnicity', ethnicities);
      inList(county.person, 'first_language', languages);
      inList(county.person, 'religion', religions);
      inList(county.person, 'gender_identity', genderIdentities);
      inList(county.person.flatMap((p) => (p.disabilities as string[]).map((d) => ({ d }))), 'd', disabilities);
      inList(county.relationship, 'relationship_type', relationshipTypes);
      inList(county.personAlias, 'alias_type', aliasTypes);
    });
    it('for agencies (the council’s education teams await an organisation kind)', () => {
      inList(county.organisation, 'agency', agencies);
      inList(county.organisation, 'kind', organisationKinds, [COUNCIL_EDUCATION_TEAM_KIND]);
      inList(county.practitioner, 'job_role', practitionerRoles);
    });
    it('for cases', () => {
      inList(county.caseStatus, 'status_type', caseStatusTypes);
      inList(county.caseStatus, 'category', childProtectionCategories);
      inList(county.caseStatus, 'legal_status', lookedAfterLegalStatuses);
      inList(county.chronologyEntry, 'event_type', chronologyEventTypes);
      inList(county.chronologyEntry, 'sensitivity', sensitivities);
      inList(county.caseNote, 'note_type', noteTypes);
      inList(county.caseNote, 'sensitivity', sensitivities);
      inList(county.warningNote, 'warning_type', warningTypes);
      inList(county.consent, 'purpose', consentPurposes);
      inList(county.consent, 'agency', agencies);
      inList(county.consentOverride, 'legal_basis', legalBases);
    });
  });

  describe('keeps the schema’s rules', () => {
    it('relationships: never with oneself, each at most once', () => {
      const keys = county.relationship.map((r) => `${r.person_id}:${r.related_person_id}:${r.relationship_type}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(county.relationship.filter((r) => r.person_id === r.related_person_id)).toEqual([]);
    });
    it('addresses: moved out on or after moving in; one current address per person at most', () => {
      expect(county.address.filter((a) => a.moved_out_on !== null && (a.moved_out_on as string) < (a.moved_in_on as string))).toEqual([]);
      const current = countBy(county.address.filter((a) => a.moved_out_on === null), (a) => a.person_id as string);
      expect(Math.max(...current.values())).toBe(1);
    });
    it('every person has a date of birth or, unborn, an expected one', () => {
      expect(county.person.filter((p) => p.date_of_birth === null && p.expected_date_of_birth === null)).toEqual([]);
    });
  });

  describe('gives matching something to find', () => {
    it('records previous names as aliases, searchable in search_name', () => {
      expect(county.personAlias.length).toBeGreaterThan(county.person.length * 0.05);
      const alias = county.personAlias.find((a) => a.alias_type === 'previous-name') as Row;
      expect(persons.get(alias.person_id as string)?.search_name).toContain(String(alias.family_name).toLowerCase().split(/[^a-z]/)[0]);
    });
    it('has near-duplicate records: same date of birth, a mistyped name, no NHS number', () => {
      const duplicates = county.person.filter((p) => p.ethnicity === 'NOBT' && p.nhs_number === null && p.first_language === null);
      expect(duplicates.length).toBeGreaterThan(county.person.length * 0.001);
    });
  });
});
