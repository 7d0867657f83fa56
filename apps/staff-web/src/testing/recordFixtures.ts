// Records of the demo Adams family as the staff API returns them, for component tests. They satisfy
// the API's own response schemas (recordFixtures.spec.ts checks), so ids are real UUIDs.
import type { CaseNote, CaseWorkspace, Chronology, WarningView } from '../api/casesTypes';
import type { FamilyRecord } from '../api/familiesTypes';
import type { PersonRecord, PersonSearchResult } from '../api/peopleTypes';

const uuid = (group: number, serial: number) => `${String(group).padStart(8, '0')}-0000-4000-8000-${String(serial).padStart(12, '0')}`;

export const ids = {
  jo: uuid(1, 1),
  lee: uuid(1, 2),
  sam: uuid(1, 3),
  alex: uuid(1, 4),
  family: uuid(2, 1),
  case: uuid(3, 1),
  /** Practitioners. */
  kim: uuid(4, 1),
  hana: uuid(4, 2),
  school: uuid(5, 1),
  gpPractice: uuid(5, 2),
  camhs: uuid(6, 1),
  healthConsent: uuid(7, 1),
  policeConsent: uuid(7, 2),
  policeOverride: uuid(7, 3),
  samChildInNeed: uuid(8, 1),
  referralEntry: uuid(9, 1),
  visitEntry: uuid(9, 2),
  firstNote: uuid(10, 1),
  leeWarning: uuid(11, 1),
};

export const samAdams: PersonRecord = {
  id: ids.sam,
  givenName: 'Sam',
  middleNames: 'Robert',
  familyName: 'Adams',
  preferredName: 'Sammy',
  aliases: [{ aliasType: 'previous-name', givenName: 'Sam', familyName: 'Jones' }],
  dateOfBirth: '2015-03-04',
  expectedDateOfBirth: null,
  age: 10,
  sex: 'M',
  sexLabel: 'Male',
  genderIdentity: null,
  genderIdentityLabel: null,
  merges: [],
  ethnicity: 'WBRI',
  ethnicityLabel: 'White British',
  firstLanguage: 'ENG',
  firstLanguageLabel: 'English',
  interpreterNeeded: false,
  religion: null,
  religionLabel: null,
  disabilities: [{ code: 'AUT', label: 'Autism' }],
  nhsNumber: '9434765919',
  upn: 'A123456789012',
  school: { id: ids.school, name: 'Oakfield Primary School' },
  gpPractice: { id: ids.gpPractice, name: 'Bancroft Medical Centre' },
  currentAddress: { line1: '12 Station Road', line2: null, town: 'Stevenage', postcode: 'SG1 1AA' },
  addressWithheld: false,
  addressHistory: [
    { line1: '12 Station Road', town: 'Stevenage', postcode: 'SG1 1AA', movedInOn: '2020-01-10', movedOutOn: null },
    { line1: '4 Mill Lane', town: 'Hitchin', postcode: 'SG4 9AB', movedInOn: '2015-03-04', movedOutOn: '2020-01-09' },
  ],
  warnings: [],
  statuses: [{ id: ids.samChildInNeed, statusType: 'child-in-need', label: 'Child in need', category: null, legalStatus: null, startedOn: '2025-01-06', endedOn: null }],
  families: [{ id: ids.family, familyName: 'Adams', reference: 'FAM-000001', caseId: ids.case }],
  restricted: false,
  version: 3,
};

/** A person found by a search, as someone working with them sees it (identifiers shown). */
export function searchHit({ id, givenName, familyName, dateOfBirth }: Pick<PersonRecord, 'id' | 'givenName' | 'familyName' | 'dateOfBirth'>, found: Partial<PersonSearchResult> = {}): PersonSearchResult {
  return {
    id,
    givenName,
    familyName,
    dateOfBirth,
    sex: 'M',
    sexLabel: 'Male',
    restricted: false,
    score: 0.9,
    identifiersShown: true,
    nhsNumber: '9434765919',
    upn: 'A123456789012',
    address: { line1: '12 Station Road', line2: null, town: 'Stevenage', postcode: 'SG1 1AA', postcodeDistrict: 'SG1' },
    addressWithheld: false,
    school: { id: ids.school, name: 'Oakfield Primary School' },
    parents: [{ personId: ids.jo, name: 'Jo Adams', relationship: 'parent', relationshipLabel: 'Parent' }],
    ...found,
  };
}

/** The same person as someone not working with them sees them: name, date of birth and area only. */
export function identityOnly(hit: PersonSearchResult): PersonSearchResult {
  const area = hit.address && { line1: null, line2: null, town: hit.address.town, postcode: null, postcodeDistrict: hit.address.postcodeDistrict };
  return { ...hit, identifiersShown: false, nhsNumber: null, upn: null, address: area, addressWithheld: false, school: null, parents: [] };
}

export const adamsFamily: FamilyRecord = {
  id: ids.family,
  reference: 'FAM-000001',
  familyName: 'Adams',
  caseId: ids.case,
  members: [
    { personId: ids.jo, name: 'Jo Adams', dateOfBirth: '1990-05-01', age: 35, sex: 'F', memberRole: 'parent' },
    { personId: ids.lee, name: 'Lee Adams', dateOfBirth: '1988-11-20', age: 36, sex: 'M', memberRole: 'parent' },
    { personId: ids.sam, name: 'Sam Adams', dateOfBirth: '2015-03-04', age: 10, sex: 'M', memberRole: 'child' },
    { personId: ids.alex, name: 'Alex Adams', dateOfBirth: null, age: null, sex: 'U', memberRole: 'child' },
  ],
  relationships: [
    { personId: ids.jo, relatedPersonId: ids.sam, relationshipType: 'parent', label: 'Parent' },
    { personId: ids.jo, relatedPersonId: ids.lee, relationshipType: 'partner', label: 'Partner' },
  ],
  genogram: {
    generations: [
      { level: 0, personIds: [ids.jo, ids.lee] },
      { level: 1, personIds: [ids.sam, ids.alex] },
    ],
    partnerships: [{ a: ids.jo, b: ids.lee, ended: true }],
    parentage: [
      { parentIds: [ids.jo, ids.lee], childId: ids.sam },
      { parentIds: [ids.jo, ids.lee], childId: ids.alex },
    ],
  },
};

export const adamsCase: CaseWorkspace = {
  id: ids.case,
  family: { id: ids.family, familyName: 'Adams', reference: 'FAM-000001' },
  status: 'open',
  openedOn: '2025-01-06',
  keyWorker: { practitionerId: ids.kim, name: 'Kim Okafor', agency: 'social-care', agencyLabel: 'Social care', teamName: 'Stevenage family support' },
  involvements: [
    {
      id: ids.camhs,
      personName: 'Sam Adams',
      organisationName: 'Hertfordshire CAMHS',
      agency: 'health',
      agencyLabel: 'Health',
      description: 'CAMHS assessment',
      practitionerName: null,
      startedOn: '2025-03-01',
      endedOn: null,
    },
  ],
  teamAroundTheFamily: [
    { practitionerId: ids.hana, name: 'Hana Visser', agency: 'health', agencyLabel: 'Health', caseRole: 'health-visitor', joinedOn: '2025-02-01' },
  ],
  children: [
    {
      personId: ids.sam,
      name: 'Sam Adams',
      dateOfBirth: '2015-03-04',
      age: 10,
      statuses: [{ id: ids.samChildInNeed, statusType: 'child-in-need', label: 'Child in need', category: null, legalStatus: null, startedOn: '2025-01-06' }],
    },
  ],
  members: [
    { personId: ids.jo, name: 'Jo Adams', memberRole: 'parent' },
    { personId: ids.lee, name: 'Lee Adams', memberRole: 'parent' },
    { personId: ids.sam, name: 'Sam Adams', memberRole: 'child' },
  ],
  warnings: [],
  consent: [
    {
      id: ids.healthConsent,
      agency: 'health',
      agencyLabel: 'Health',
      purpose: 'share-information',
      purposeLabel: 'Share information about the family',
      givenBy: 'Jo Adams',
      givenAt: '2025-01-06T10:00:00Z',
      withdrawnAt: null,
    },
    {
      id: ids.policeConsent,
      agency: 'police',
      agencyLabel: 'Police',
      purpose: 'share-information',
      purposeLabel: 'Share information about the family',
      givenBy: null,
      givenAt: '2025-01-06T10:00:00Z',
      withdrawnAt: '2025-03-01T09:00:00Z',
    },
  ],
  consentOverrides: [],
  /** A key worker's: everything but sharing without consent and signing off warnings. */
  permissions: { writeNotes: true, recordConsent: true, overrideConsent: false, recordStatus: true, signOffWarnings: false },
  access: { relationship: 'key-worker', breakGlass: false },
  version: 7,
};

/** What a read-only viewer of the case may do: nothing. */
export const noPermissions: CaseWorkspace['permissions'] = { writeNotes: false, recordConsent: false, overrideConsent: false, recordStatus: false, signOffWarnings: false };

/** A warning on Lee Adams, recorded by Kim and awaiting a manager's sign-off. */
export const leeWarning: WarningView & { personId: string; personName: string } = {
  id: ids.leeWarning,
  personId: ids.lee,
  personName: 'Lee Adams',
  warningType: 'violence-or-threats',
  warningTypeLabel: 'Violence or threats',
  description: 'Threatened a social worker at the door on 2 June. Visit in pairs.',
  reviewOn: '2099-07-01',
  personTold: 'not-yet',
  personNotToldReason: 'Telling him now could put the children at risk.',
  recordedBy: 'Kim Okafor',
  signedOff: null,
  version: 1,
};

export const adamsChronology: Chronology = {
  items: [
    {
      id: ids.referralEntry,
      occurredAt: '2025-01-06T09:00:00Z',
      agency: 'social-care',
      agencyLabel: 'Social care',
      eventType: 'referral',
      eventLabel: 'Referral received',
      summary: 'Referral from school about attendance.',
      source: 'automatic',
      recordedBy: null,
      personName: 'Sam Adams',
    },
    {
      id: ids.visitEntry,
      occurredAt: '2025-02-10T14:30:00Z',
      agency: 'health',
      agencyLabel: 'Health',
      eventType: 'home-visit',
      eventLabel: 'Home visit',
      summary: 'Health visitor visited; family engaged well.',
      source: 'curated',
      recordedBy: 'Hana Visser',
      personName: null,
    },
  ],
  filters: {
    agencies: [
      { value: 'social-care', label: 'Social care' },
      { value: 'health', label: 'Health' },
      { value: 'education', label: 'Education' },
    ],
    eventTypes: [
      { value: 'referral', label: 'Referral' },
      { value: 'home-visit', label: 'Home visit' },
    ],
  },
};

export const firstNote: CaseNote = {
  id: ids.firstNote,
  occurredAt: '2025-02-01T12:00:00Z',
  noteType: 'phone-call',
  noteTypeLabel: 'Phone call',
  body: 'Spoke to Jo about the school meeting.',
  agency: 'social-care',
  agencyLabel: 'Social care',
  author: 'Kim Okafor',
  sensitivity: 'standard',
};
