// The synthetic county: agencies first, then families one after another, each with its children
// and adults, household, relationships, address history, identifiers and (if the council works
// with it) its case. Deterministic: the same options give the same rows in the same order.
import type { Ethnicity, Religion } from '@childfirst/domain/people';
import { searchNameOf } from '@childfirst/server';
import { generateAgencies, type Cluster, type GeneratedAgencies, type School } from './agencies';
import { dayOf, isoDate, isoTimestamp, monthOf, yearOf, yearsBetween, type Day } from './calendar';
import { CaseworkGenerator, type AdultFacts, type CaseSummary, type ChildFacts } from './casework';
import { drawDisabilities, drawHeritage, drawLanguage, drawReligion, type Heritage } from './demography';
import { NhsNumberAllocator, UpnAllocator } from './identifiers';
import { cohortOf, createNamer, type NameGroup, type PersonNamer } from './names';
import { Geography, type PostcodeDistrict } from './places';
import { Random } from './random';
import { emptyBatch, type Row, type RowBatch } from './tables';
import { misspellFullName, soundAlike, type NameVariant } from './typos';

export const DEFAULT_SEED = 42;
export const DEFAULT_CHILDREN = 250_000;
/** The county is generated as it stands on this day; ages, statuses and histories are relative to it. */
export const DEFAULT_AS_AT = '2026-11-01';
/** Family references FAM-000001 … FAM-000999 are kept for fixed records (the demo families). */
export const FIRST_GENERATED_FAMILY_NUMBER = 1000;

export interface CountyOptions {
  children: number;
  seed: number;
  /** ISO date. */
  asAt: string;
}

export interface FamilyBatch {
  batch: RowBatch;
  families: number;
  children: number;
  cases: CaseSummary[];
}

/** How many children a family has: 1.9 on average. */
const CHILDREN_PER_FAMILY: readonly [number, number][] = [[1, 40], [2, 38], [3, 15], [4, 5], [5, 2]];
const NICKNAMES: Record<string, string> = {
  Alexander: 'Alex', William: 'Will', Thomas: 'Tom', Elizabeth: 'Beth', Katherine: 'Kate', Catherine: 'Cath', Joshua: 'Josh', Samuel: 'Sam',
  Benjamin: 'Ben', Daniel: 'Dan', Matthew: 'Matt', Christopher: 'Chris', Jessica: 'Jess', Rebecca: 'Becky', Victoria: 'Vicky', Samantha: 'Sam',
  Jonathan: 'Jon', Michael: 'Mike', Robert: 'Rob', Isabella: 'Bella', Olivia: 'Liv', Frederick: 'Freddie', Joanne: 'Jo', Joanna: 'Jo',
  Muhammad: 'Mo', Mohammed: 'Mo', Abigail: 'Abbie', Nicola: 'Nicky', Jacqueline: 'Jackie', Stephen: 'Steve', Anthony: 'Tony',
};

interface PersonInput {
  given: string;
  middle?: string | null;
  family: string;
  sex: 'M' | 'F' | 'U';
  dateOfBirth: Day | null;
  expectedDateOfBirth?: Day | null;
  ethnicity: Ethnicity;
  nameGroup: NameGroup;
  religion: Religion;
  adult: boolean;
  aliases?: { type: 'previous-name' | 'also-known-as' | 'alternative-spelling'; given: string | null; family: string }[];
  town: string;
  nhs?: boolean;
  school?: School | null;
  upn?: string | null;
  impairmentLikelihood: number;
}

interface AddressPeriod {
  line1: string;
  line2: string | null;
  town: string;
  postcode: string;
  from: Day;
  to: Day | null;
  confidential: boolean;
}

export class CountyGenerator {
  readonly options: CountyOptions;
  readonly agencies: GeneratedAgencies;
  readonly asAt: Day;
  private readonly namer: PersonNamer;
  private readonly geography = new Geography();
  private readonly random: Random;
  private readonly casework: CaseworkGenerator;
  private readonly nhs: NhsNumberAllocator;
  private readonly upns = new UpnAllocator();
  private familyNumber = FIRST_GENERATED_FAMILY_NUMBER;
  private childrenMade = 0;
  private familiesMade = 0;
  private batch: RowBatch = emptyBatch();
  private restricted = new Set<string>();

  constructor(options: CountyOptions) {
    if (!Number.isInteger(options.children) || options.children < 1) throw new RangeError('children must be a whole number of 1 or more');
    this.options = options;
    this.asAt = dayOf(options.asAt);
    this.namer = createNamer();
    this.agencies = generateAgencies({ children: options.children, seed: options.seed }, this.namer, this.geography);
    this.random = new Random(options.seed, 'families');
    this.casework = new CaseworkGenerator(new Random(options.seed, 'casework'), this.agencies.directory, this.asAt, `county:${options.seed}`);
    this.nhs = new NhsNumberAllocator(options.seed);
  }

  /** Roughly how many families the county will have, for progress bars. */
  get estimatedFamilies(): number {
    return Math.ceil(this.options.children / 1.91);
  }

  agencyBatch(): RowBatch {
    const batch = emptyBatch();
    batch.schoolCluster.push(...this.agencies.rows.schoolCluster);
    batch.organisation.push(...this.agencies.rows.organisation);
    batch.practitioner.push(...this.agencies.rows.practitioner);
    return batch;
  }

  /** The families, `familiesPerBatch` at a time, until the county has its children. */
  *familyBatches(familiesPerBatch: number): Generator<FamilyBatch> {
    while (this.childrenMade < this.options.children) {
      this.batch = emptyBatch();
      const cases: CaseSummary[] = [];
      let families = 0;
      let children = 0;
      while (families < familiesPerBatch && this.childrenMade < this.options.children) {
        const made = this.family();
        families++;
        children += made.children;
        if (made.caseSummary) cases.push(made.caseSummary);
      }
      yield { batch: this.batch, families, children, cases };
    }
  }

  // ---- one family ---------------------------------------------------------------------------

  private family(): { children: number; caseSummary: CaseSummary | null } {
    const random = this.random;
    const batch = this.batch;
    const heritage = drawHeritage(random);
    const place = this.geography.district(random);
    const familyId = random.uuid();
    this.familiesMade++;
    this.restricted = new Set();

    // Children: ages spread over 0–17, at least ~10 months apart unless twins; a few unborn.
    let count = pickCount(random);
    count = Math.min(count, this.options.children - this.childrenMade);
    const ages: number[] = [];
    for (let i = 0; i < count; i++) ages.push(random.int(0, 18 * 365 - 1));
    ages.sort((a, b) => b - a);
    const births: Day[] = [];
    for (const age of ages) {
      let day = this.asAt - age;
      const previous = births.at(-1);
      if (previous !== undefined && day - previous < 300 && !random.chance(0.03)) day = previous + 300 + random.int(0, 400);
      if (previous !== undefined && day - previous < 300 && day !== previous) day = previous; // twins
      births.push(Math.min(day, this.asAt - random.int(0, 30)));
    }
    const unborn = this.childrenMade + count < this.options.children && random.chance(0.006);
    this.childrenMade += count + (unborn ? 1 : 0);

    const eldest = births[0] ?? this.asAt;
    const youngest = births.at(-1) ?? this.asAt;
    const motherAgeAtFirst = clamp(random.normal(28.5, 5.5), 17, 42);
    let motherBorn = eldest - Math.round(motherAgeAtFirst * 365.25);
    if (youngest - motherBorn > 46 * 365) motherBorn = youngest - 46 * 365;
    const partnerBorn = motherBorn - Math.round(clamp(random.normal(2.5, 3), -5, 12) * 365.25);

    // Household: lone parent (a quarter, mostly mothers), both parents, or a parent and step-parent.
    const shape = random.next();
    const structure: 'lone' | 'couple' | 'step' = shape < 0.24 ? 'lone' : shape < 0.82 ? 'couple' : 'step';
    const [fatherGroup, motherGroup] = heritage.nameGroups;
    const fatherSurname = this.namer.surname(fatherGroup, random);
    const maidenName = this.namer.surname(motherGroup, random);
    const familyReligion = drawReligion(heritage.childNameGroup, random);
    const partnershipStart = eldest - random.int(0, 4 * 365);

    const address = this.addressHistory(place, random, births[0] ?? this.asAt - 365);
    const adults: { id: string; displayName: string; role: 'mother' | 'father' | 'step-parent' | 'grandparent'; surname: string; born: Day }[] = [];
    const childIds: { id: string; born: Day | null; given: string; surname: string; school: School | null; age: number; impaired: boolean; fatherIsStep: boolean }[] = [];
    const relationships: Row[] = [];
    const relate = (from: string, to: string, type: string, startedOn: Day | null, endedOn: Day | null = null) => {
      relationships.push({
        id: random.uuid(), person_id: from, related_person_id: to, relationship_type: type, started_on: startedOn === null ? null : isoDate(startedOn),
        ended_on: endedOn === null ? null : isoDate(endedOn), created_at: isoTimestamp(this.asAt - 400, 9 * 60),
      });
    };

    // The mother (or, in one lone-parent family in ten, the father).
    const loneFather = structure === 'lone' && random.chance(0.1);
    const mothersSurname = structure === 'couple' && random.chance(0.65) ? fatherSurname : structure === 'lone' && random.chance(0.4) ? fatherSurname : maidenName;
    let motherId: string | null = null;
    let fatherId: string | null = null;
    if (!loneFather) {
      const given = this.namer.firstName(motherGroup, 'F', cohortOf(yearOf(motherBorn)), random);
      const aliases = mothersSurname !== maidenName ? [{ type: 'previous-name' as const, given: null, family: maidenName }] : [];
      motherId = this.person(batch, { given, family: mothersSurname, sex: 'F', dateOfBirth: motherBorn, ethnicity: heritage.parentEthnicities[1], nameGroup: motherGroup, religion: random.chance(0.9) ? familyReligion : drawReligion(motherGroup, random), adult: true, aliases, town: place.town, impairmentLikelihood: 0.1 }, address);
      adults.push({ id: motherId, displayName: `${given} ${mothersSurname}`, role: 'mother', surname: mothersSurname, born: motherBorn });
    }
    const fatherResident = structure === 'couple' || loneFather;
    const fatherRecorded = fatherResident || random.chance(structure === 'lone' ? 0.65 : 0.5);
    if (fatherRecorded) {
      const given = this.namer.firstName(fatherGroup, 'M', cohortOf(yearOf(partnerBorn)), random);
      const ownAddress = fatherResident ? address : this.addressHistory(random.chance(0.7) ? place : this.geography.district(random), random, partnershipStart + random.int(365, 3 * 365));
      fatherId = this.person(batch, { given, family: fatherSurname, sex: 'M', dateOfBirth: partnerBorn, ethnicity: heritage.parentEthnicities[0], nameGroup: fatherGroup, religion: random.chance(0.9) ? familyReligion : drawReligion(fatherGroup, random), adult: true, town: place.town, impairmentLikelihood: 0.1 }, ownAddress);
      if (fatherResident) adults.push({ id: fatherId, displayName: `${given} ${fatherSurname}`, role: 'father', surname: fatherSurname, born: partnerBorn });
      if (motherId) {
        if (fatherResident) relate(fatherId, motherId, 'partner', partnershipStart);
        else relate(fatherId, motherId, 'ex-partner', partnershipStart, Math.min(this.asAt - 30, youngest + random.int(30, 3 * 365)));
      }
    }
    let stepId: string | null = null;
    let stepSurname = '';
    let stepStart = this.asAt;
    if (structure === 'step' && motherId) {
      const stepGroup = random.chance(0.8) ? motherGroup : fatherGroup;
      stepSurname = this.namer.surname(stepGroup, random);
      const stepBorn = motherBorn - Math.round(clamp(random.normal(2, 4), -6, 12) * 365.25);
      stepStart = Math.min(this.asAt - 60, Math.max(eldest + 365, this.asAt - random.int(1, 9) * 365));
      const given = this.namer.firstName(stepGroup, 'M', cohortOf(yearOf(stepBorn)), random);
      stepId = this.person(batch, { given, family: stepSurname, sex: 'M', dateOfBirth: stepBorn, ethnicity: random.chance(0.8) ? heritage.parentEthnicities[1] : 'WBRI', nameGroup: stepGroup, religion: drawReligion(stepGroup, random), adult: true, town: place.town, impairmentLikelihood: 0.1 }, address.filter((a) => (a.to ?? this.asAt) >= stepStart).map((a) => ({ ...a, from: Math.max(a.from, stepStart) })));
      adults.push({ id: stepId, displayName: `${given} ${stepSurname}`, role: 'step-parent', surname: stepSurname, born: stepBorn });
      relate(stepId, motherId, 'partner', stepStart);
    }

    // The children.
    const childSurname = () => {
      if (structure === 'couple') return random.chance(0.85) ? fatherSurname : random.chance(0.5) ? `${fatherSurname}-${maidenName}` : maidenName;
      return fatherRecorded && random.chance(0.55) ? fatherSurname : mothersSurname;
    };
    const sharedSurname = childSurname();
    const birthDays: (Day | null)[] = [...births];
    if (unborn) birthDays.push(null);
    for (const born of birthDays) {
      const sex: 'M' | 'F' | 'U' = born === null ? 'U' : random.chance(0.512) ? 'M' : 'F';
      // A child born after the step-father moved in is his: a half-sibling of the older children.
      const stepChild = stepId !== null && born !== null && born > stepStart + 270 && random.chance(0.6);
      const surname = stepChild ? stepSurname : random.chance(0.9) ? sharedSurname : childSurname();
      const nameSex = sex === 'U' ? (random.chance(0.5) ? 'M' : 'F') : sex;
      const given = born === null ? 'Baby' : this.namer.firstName(heritage.childNameGroup, nameSex, cohortOf(yearOf(born)), random);
      const middle = born !== null && random.chance(0.55) ? this.namer.firstName(heritage.childNameGroup, nameSex, cohortOf(yearOf(born)), random) : null;
      const age = born === null ? -1 : yearsBetween(born, this.asAt);
      const schooling = born === null ? { school: null, upn: null } : this.schooling(born, place, random);
      const aliases: PersonInput['aliases'] = [];
      if (born !== null && surname !== fatherSurname && fatherRecorded && random.chance(0.1)) aliases.push({ type: 'previous-name', given: null, family: fatherSurname });
      if (born !== null && random.chance(0.005)) aliases.push({ type: 'alternative-spelling', given: null, family: soundAlike(surname, random) });
      const impairmentLikelihood = 0.06;
      const id = this.person(batch, {
        given, middle, family: surname, sex, dateOfBirth: born, expectedDateOfBirth: born === null ? this.asAt + random.int(14, 200) : null,
        ethnicity: heritage.childEthnicity, nameGroup: heritage.childNameGroup, religion: random.chance(0.92) ? familyReligion : 'not-known', adult: false, aliases,
        town: place.town, nhs: born !== null, school: schooling.school, upn: schooling.upn, impairmentLikelihood,
      }, born === null ? [] : address);
      const impaired = this.lastImpaired;
      childIds.push({ id, born, given, surname, school: schooling.school, age: Math.max(age, 0), impaired, fatherIsStep: stepChild });
      batch.familyMember.push({ family_id: familyId, person_id: id, member_role: 'child', joined_on: born === null ? null : isoDate(born), left_on: null });
      if (motherId) relate(motherId, id, 'parent', born);
      if (stepChild && stepId) relate(stepId, id, 'parent', born);
      else {
        if (fatherId) relate(fatherId, id, 'parent', born);
        if (stepId) relate(stepId, id, 'step-parent', stepStart);
      }
    }
    for (let i = 0; i < childIds.length; i++) {
      for (let j = i + 1; j < childIds.length; j++) {
        const a = childIds[i] as (typeof childIds)[number];
        const b = childIds[j] as (typeof childIds)[number];
        relate(a.id, b.id, a.fatherIsStep === b.fatherIsStep ? 'sibling' : 'half-sibling', b.born ?? a.born);
      }
    }

    // Grandparents: one family in twelve has one at home; as many more have one on record.
    if (random.chance(0.16)) {
      const resident = random.chance(0.5);
      const group = motherId ? motherGroup : fatherGroup;
      const parentId = motherId ?? fatherId;
      const parentBorn = motherId ? motherBorn : partnerBorn;
      const born = parentBorn - Math.round(clamp(random.normal(27, 5), 18, 42) * 365.25);
      const sex = random.chance(0.7) ? 'F' : 'M';
      const given = this.namer.firstName(group, sex, cohortOf(yearOf(born)), random);
      const surname = random.chance(0.6) ? maidenName : this.namer.surname(group, random);
      const grandparentId = this.person(batch, { given, family: surname, sex, dateOfBirth: born, ethnicity: motherId ? heritage.parentEthnicities[1] : heritage.parentEthnicities[0], nameGroup: group, religion: drawReligion(group, random), adult: true, town: place.town, impairmentLikelihood: 0.2 }, resident ? address : this.addressHistory(random.chance(0.6) ? place : this.geography.district(random), random, born + 40 * 365));
      if (parentId) relate(grandparentId, parentId, 'parent', parentBorn);
      for (const child of childIds) if (!child.fatherIsStep) relate(grandparentId, child.id, 'grandparent', child.born);
      if (resident) adults.push({ id: grandparentId, displayName: `${given} ${surname}`, role: 'grandparent', surname, born });
    }
    for (const adult of adults) {
      const joined = adult.role === 'step-parent' ? stepStart : random.chance(0.5) ? null : address[0]?.from ?? null;
      batch.familyMember.push({ family_id: familyId, person_id: adult.id, member_role: 'adult', joined_on: joined === null ? null : isoDate(joined), left_on: null });
    }
    batch.relationship.push(...relationships);

    const familyName = adults[0]?.surname ?? sharedSurname;
    const created = isoTimestamp(Math.min(...address.map((a) => a.from), this.asAt - 30), 9 * 60);
    batch.family.push({ id: familyId, reference: `FAM-${String(this.familyNumber++).padStart(6, '0')}`, family_name: familyName, version: 1, created_at: created, updated_at: created });

    const cluster: Cluster = childIds.find((c) => c.school)?.school ? this.agencies.directory.clusterOf(childIds.find((c) => c.school)?.school as School) : this.agencies.directory.clusterFor(place.district, random);
    const children: ChildFacts[] = childIds.map((c) => ({ id: c.id, givenName: c.given, dateOfBirth: c.born, age: c.age, school: c.school, impaired: c.impaired }));
    const adultFacts: AdultFacts[] = adults.map((a) => ({ id: a.id, displayName: a.displayName, parent: a.role !== 'grandparent' }));
    const caseSummary = this.casework.generate({
      familyId, familyName, district: place.district, cluster, children, adults: adultFacts,
      restrictChild: (childId) => this.restricted.add(childId),
    }, batch);
    if (this.restricted.size > 0) {
      for (const row of batch.person) if (this.restricted.has(row.id as string)) row.restricted = true;
    }
    return { children: count + (unborn ? 1 : 0), caseSummary };
  }

  private lastImpaired = false;

  /** Writes a person (and their aliases, addresses and perhaps a near-duplicate record); returns the id. */
  private person(batch: RowBatch, input: PersonInput, addresses: AddressPeriod[]): string {
    const random = this.random;
    const id = random.uuid();
    const aliases = input.aliases ?? [];
    const nickname = NICKNAMES[input.given];
    if (random.chance(0.005)) aliases.push({ type: 'also-known-as', given: nickname ?? null, family: soundAlike(input.family, random) });
    const disabilities = drawDisabilities(random, input.impairmentLikelihood);
    this.lastImpaired = disabilities.length > 0 && disabilities[0] !== 'NONE';
    const language = drawLanguage(input.nameGroup, input.adult, random);
    const born = input.dateOfBirth;
    const teen = born !== null && yearsBetween(born, this.asAt) >= 13;
    const genderIdentity = input.adult
      ? random.chance(0.15) ? 'same-as-sex-registered-at-birth' : null
      : teen && random.chance(0.01) ? random.pick(['different-from-sex-registered-at-birth', 'prefer-not-to-say'] as const) : null;
    const nhsNumber = input.nhs === false || (input.adult && random.chance(0.015)) ? null : born === null ? null : this.nhs.allocate();
    const gp = born === null || random.chance(0.03) ? null : this.agencies.directory.gpFor(input.town, random);
    const created = isoTimestamp(Math.max(born ?? this.asAt - 100, this.asAt - 12 * 365), 9 * 60);
    batch.person.push({
      id, given_name: input.given, middle_names: input.middle ?? null, family_name: input.family,
      preferred_name: nickname && random.chance(0.3) ? nickname : null,
      search_name: searchNameOf({ givenName: input.given, middleNames: input.middle ?? null, familyName: input.family }, aliases.map((a) => ({ givenName: a.given, familyName: a.family }))),
      date_of_birth: born === null ? null : isoDate(born), expected_date_of_birth: input.expectedDateOfBirth == null ? null : isoDate(input.expectedDateOfBirth), date_of_death: null,
      sex: input.sex, gender_identity: genderIdentity, ethnicity: input.adult && random.chance(0.08) ? 'NOBT' : input.ethnicity, first_language: language,
      interpreter_needed: language === 'BSL' || (input.adult && language !== 'ENG' && random.chance(0.35)), religion: input.religion, disabilities,
      nhs_number: nhsNumber, upn: input.upn ?? null, school_id: input.school?.id ?? null, gp_practice_id: gp?.id ?? null, restricted: false, merged_into_id: null,
      version: 1, created_at: created, updated_at: created,
    });
    for (const alias of aliases) {
      batch.personAlias.push({ id: random.uuid(), person_id: id, alias_type: alias.type, given_name: alias.given, family_name: alias.family, created_at: created });
    }
    this.writeAddresses(batch, id, born, addresses);

    // A near-duplicate: the same person recorded again by another agency, name mistyped, no NHS number.
    if (born !== null && random.chance(0.003)) {
      const variant = random.pick<NameVariant>(['transposition', 'dropped-letter', 'doubled-letter', 'sound-alike']);
      const typed = misspellFullName(input.given, input.family, variant, random);
      const duplicateId = random.uuid();
      batch.person.push({
        id: duplicateId, given_name: typed.given, middle_names: null, family_name: typed.family, preferred_name: null,
        search_name: searchNameOf({ givenName: typed.given, familyName: typed.family }), date_of_birth: isoDate(born), expected_date_of_birth: null, date_of_death: null,
        sex: input.sex, gender_identity: null, ethnicity: 'NOBT', first_language: null, interpreter_needed: false, religion: null, disabilities: [],
        nhs_number: null, upn: null, school_id: null, gp_practice_id: null, restricted: false, merged_into_id: null, version: 1, created_at: created, updated_at: created,
      });
      const current = addresses.find((a) => a.to === null);
      if (current) this.writeAddresses(batch, duplicateId, born, [current]);
    }
    return id;
  }

  private writeAddresses(batch: RowBatch, personId: string, born: Day | null, periods: AddressPeriod[]): void {
    for (const period of periods) {
      const from = born === null ? period.from : Math.max(period.from, born);
      if (period.to !== null && period.to < from) continue;
      batch.address.push({
        id: this.random.uuid(), person_id: personId, line1: period.line1, line2: period.line2, town: period.town, postcode: period.postcode,
        moved_in_on: isoDate(from), moved_out_on: period.to === null ? null : isoDate(period.to), confidential: period.confidential,
        created_at: isoTimestamp(from, 12 * 60),
      });
    }
  }

  /** One to three homes, the latest current; moves mostly within the district. */
  private addressHistory(place: PostcodeDistrict, random: Random, earliestNeeded: Day): AddressPeriod[] {
    const count = random.chance(0.55) ? 1 : random.chance(0.67) ? 2 : 3;
    const periods: AddressPeriod[] = [];
    let to: Day | null = null;
    let district = place;
    for (let i = 0; i < count; i++) {
      const end: Day = to ?? this.asAt;
      const from: Day = i === count - 1 ? Math.min(end - 30, earliestNeeded - random.int(0, 5 * 365)) : end - random.int(200, 6 * 365);
      const home = this.geography.homeAddress(random);
      periods.push({ ...home, town: district.town, postcode: this.geography.postcode(district, random), from, to, confidential: i === 0 && random.chance(0.003) });
      to = from;
      if (random.chance(0.25)) district = this.geography.district(random);
    }
    return periods.reverse();
  }

  /**
   * School and UPN for a child. The school year is set by age on 31 August: Reception at 4, Year 7
   * at 11, sixth form at 16 and 17 (a third of whom are at college instead, with no school here).
   */
  private schooling(born: Day, place: PostcodeDistrict, random: Random): { school: School | null; upn: string | null } {
    const directory = this.agencies.directory;
    const yearStart = yearOf(this.asAt) - (monthOf(this.asAt) >= 9 ? 0 : 1);
    const ageAtYearStart = yearsBetween(born, dayOf(`${yearStart}-08-31`));
    if (ageAtYearStart < 4 || ageAtYearStart > 17) return { school: null, upn: null };
    let school: School | null = null;
    if (ageAtYearStart <= 10) school = directory.schoolFor(place.town, place.district, random.chance(0.012) ? 'special' : 'primary', random) ?? null;
    else if (ageAtYearStart <= 15 || random.chance(0.65)) school = directory.schoolFor(place.town, place.district, random.chance(0.015) ? 'special' : 'secondary', random) ?? null;
    // Elective home education: about 1% of school-age children.
    if (random.chance(0.01)) school = null;
    const receptionYear = yearStart - (ageAtYearStart - 4);
    const firstSchool = school?.phase === 'primary' ? school : directory.schoolFor(place.town, place.district, 'primary', random);
    if (!firstSchool) return { school, upn: null };
    const upn = this.upns.allocate(firstSchool.establishmentNumber, receptionYear, random.chance(0.005));
    return { school, upn };
  }
}

function pickCount(random: Random): number {
  let target = random.next() * 100;
  for (const [count, weight] of CHILDREN_PER_FAMILY) {
    target -= weight;
    if (target < 0) return count;
  }
  return 1;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export type { Heritage, Cluster };
