import { z } from 'zod';
import { personToldAnswerCodes } from '../cases';

/**
 * What the staff API returns for the child-centred record. Responses are serialised through these
 * schemas, so a field not listed here never leaves the API.
 */
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const codeWithLabel = { label: z.string().nullable() };

/**
 * A person found by a search, as much as the searcher may see (the access policy's
 * `decidePersonSearchDisclosure`). With `identifiersShown` false the identifiers are withheld, not
 * missing: `nhsNumber`, `upn`, `school` are null, `parents` empty and the address only an area.
 */
export const personSearchHitSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: isoDate.nullable(),
  sex: z.string(),
  sexLabel: z.string().nullable(),
  restricted: z.boolean(),
  score: z.number(),
  /** True: the searcher works with this person (or is the front door) and sees their identifiers. */
  identifiersShown: z.boolean(),
  nhsNumber: z.string().nullable(),
  upn: z.string().nullable(),
  /**
   * The current address: in full with identifiers, otherwise only its area (`line1`, `line2` and
   * `postcode` null). Null when none is recorded, or it is confidential: `addressWithheld` says so
   * to those with identifiers; to anyone else null is all they are told.
   */
  address: z
    .object({ line1: z.string().nullable(), line2: z.string().nullable(), town: z.string(), postcode: z.string().nullable(), postcodeDistrict: z.string().nullable() })
    .nullable(),
  addressWithheld: z.boolean(),
  school: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** Current parents and carers with parental responsibility: to tell two children of the same name apart. */
  parents: z.array(z.object({ personId: z.uuid(), name: z.string(), relationship: z.string(), relationshipLabel: z.string().nullable() })),
});
export type PersonSearchHit = z.infer<typeof personSearchHitSchema>;

export const warningViewSchema = z.object({
  id: z.uuid(),
  warningType: z.string(),
  warningTypeLabel: z.string().nullable(),
  description: z.string(),
  reviewOn: isoDate,
  personTold: z.enum(personToldAnswerCodes),
  personNotToldReason: z.string().nullable(),
  recordedBy: z.string().nullable(),
  /** Null while the warning awaits a team manager's sign-off. */
  signedOff: z.object({ by: z.string(), at: isoDateTime }).nullable(),
  version: z.number().int(),
});

export const statusViewSchema = z.object({
  id: z.uuid(),
  statusType: z.string(),
  ...codeWithLabel,
  category: z.string().nullable(),
  legalStatus: z.string().nullable(),
});

export const personRecordSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  middleNames: z.string().nullable(),
  familyName: z.string(),
  preferredName: z.string().nullable(),
  aliases: z.array(z.object({ aliasType: z.string(), givenName: z.string().nullable(), familyName: z.string() })),
  dateOfBirth: isoDate.nullable(),
  expectedDateOfBirth: isoDate.nullable(),
  age: z.number().int().nullable(),
  sex: z.string(),
  sexLabel: z.string().nullable(),
  genderIdentity: z.string().nullable(),
  genderIdentityLabel: z.string().nullable(),
  ethnicity: z.string().nullable(),
  ethnicityLabel: z.string().nullable(),
  firstLanguage: z.string().nullable(),
  firstLanguageLabel: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  religion: z.string().nullable(),
  religionLabel: z.string().nullable(),
  disabilities: z.array(z.object({ code: z.string(), label: z.string() })),
  nhsNumber: z.string().nullable(),
  upn: z.string().nullable(),
  school: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  gpPractice: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  currentAddress: z.object({ line1: z.string(), line2: z.string().nullable(), town: z.string(), postcode: z.string() }).nullable(),
  addressWithheld: z.boolean(),
  addressHistory: z.array(z.object({ line1: z.string(), town: z.string(), postcode: z.string(), movedInOn: isoDate, movedOutOn: isoDate.nullable() })),
  warnings: z.array(warningViewSchema),
  statuses: z.array(statusViewSchema.extend({ startedOn: isoDate, endedOn: isoDate.nullable() })),
  families: z.array(z.object({ id: z.uuid(), familyName: z.string(), reference: z.string(), caseId: z.uuid().nullable() })),
  /** Records merged into this one: kept with their history, and why they were merged. */
  merges: z.array(z.object({ personId: z.uuid(), mergedAt: isoDateTime, mergedBy: z.string(), reason: z.string() })),
  restricted: z.boolean(),
  version: z.number().int(),
});
export type PersonRecord = z.infer<typeof personRecordSchema>;

export const recordViewersSchema = z.object({
  items: z.array(z.object({ actorName: z.string(), occurredAt: isoDateTime, purpose: z.string() })),
});

export const familyRecordSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  familyName: z.string(),
  caseId: z.uuid().nullable(),
  members: z.array(z.object({ personId: z.uuid(), name: z.string(), dateOfBirth: isoDate.nullable(), age: z.number().int().nullable(), sex: z.string(), memberRole: z.string() })),
  relationships: z.array(z.object({ personId: z.uuid(), relatedPersonId: z.uuid(), relationshipType: z.string(), label: z.string().nullable() })),
  genogram: z.object({
    generations: z.array(z.object({ level: z.number().int(), personIds: z.array(z.uuid()) })),
    partnerships: z.array(z.object({ a: z.uuid(), b: z.uuid(), ended: z.boolean() })),
    parentage: z.array(z.object({ parentIds: z.array(z.uuid()), childId: z.uuid() })),
  }),
});
export type FamilyRecord = z.infer<typeof familyRecordSchema>;

export const caseRelationships = ['key-worker', 'team-member', 'same-team', 'triage', 'grant', 'break-glass'] as const;

export const caseWorkspaceSchema = z.object({
  id: z.uuid(),
  family: z.object({ id: z.uuid(), familyName: z.string(), reference: z.string() }),
  status: z.enum(['open', 'closed']),
  openedOn: isoDate,
  keyWorker: z.object({ practitionerId: z.uuid(), name: z.string(), agency: z.string(), agencyLabel: z.string().nullable(), teamName: z.string() }).nullable(),
  teamAroundTheFamily: z.array(z.object({ practitionerId: z.uuid(), name: z.string(), agency: z.string(), agencyLabel: z.string().nullable(), caseRole: z.string(), joinedOn: isoDate })),
  children: z.array(
    z.object({
      personId: z.uuid(),
      name: z.string(),
      dateOfBirth: isoDate.nullable(),
      age: z.number().int().nullable(),
      statuses: z.array(statusViewSchema.extend({ startedOn: isoDate })),
    }),
  ),
  /** Everyone in the family, for forms that ask who something is about. */
  members: z.array(z.object({ personId: z.uuid(), name: z.string(), memberRole: z.string() })),
  warnings: z.array(warningViewSchema.extend({ personId: z.uuid(), personName: z.string() })),
  involvements: z.array(
    z.object({
      id: z.uuid(),
      personName: z.string(),
      organisationName: z.string(),
      agency: z.string(),
      agencyLabel: z.string().nullable(),
      description: z.string(),
      practitionerName: z.string().nullable(),
      startedOn: isoDate,
      endedOn: isoDate.nullable(),
    }),
  ),
  consent: z.array(
    z.object({
      id: z.uuid(),
      agency: z.string(),
      agencyLabel: z.string().nullable(),
      purpose: z.string(),
      purposeLabel: z.string().nullable(),
      givenBy: z.string().nullable(),
      givenAt: isoDateTime,
      withdrawnAt: isoDateTime.nullable(),
    }),
  ),
  /** Sharing without consent, each on a recorded legal basis. */
  consentOverrides: z.array(
    z.object({
      id: z.uuid(),
      agency: z.string(),
      agencyLabel: z.string().nullable(),
      legalBasis: z.string(),
      legalBasisLabel: z.string().nullable(),
      reason: z.string(),
      recordedBy: z.string(),
      recordedAt: isoDateTime,
      endedAt: isoDateTime.nullable(),
    }),
  ),
  /** What the signed-in practitioner may do here, so the app offers only what the API will accept. */
  permissions: z.object({
    writeNotes: z.boolean(),
    recordConsent: z.boolean(),
    overrideConsent: z.boolean(),
    recordStatus: z.boolean(),
    signOffWarnings: z.boolean(),
  }),
  access: z.object({ relationship: z.enum(caseRelationships), breakGlass: z.boolean() }),
  version: z.number().int(),
});
export type CaseWorkspace = z.infer<typeof caseWorkspaceSchema>;

const option = z.object({ value: z.string(), label: z.string() });
export const chronologySchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      occurredAt: isoDateTime,
      agency: z.string(),
      agencyLabel: z.string().nullable(),
      eventType: z.string(),
      eventLabel: z.string().nullable(),
      summary: z.string(),
      source: z.enum(['automatic', 'curated']),
      recordedBy: z.string().nullable(),
      personName: z.string().nullable(),
    }),
  ),
  filters: z.object({ agencies: z.array(option), eventTypes: z.array(option) }),
});

export const caseNoteViewSchema = z.object({
  id: z.uuid(),
  occurredAt: isoDateTime,
  noteType: z.string(),
  noteTypeLabel: z.string().nullable(),
  body: z.string(),
  agency: z.string(),
  agencyLabel: z.string().nullable(),
  author: z.string(),
  sensitivity: z.string(),
});
export const caseNotesSchema = z.object({ items: z.array(caseNoteViewSchema) });

export const caseloadSchema = z.object({
  items: z.array(
    z.object({
      caseId: z.uuid(),
      familyName: z.string(),
      reference: z.string(),
      myRole: z.enum(['key-worker', 'team-member']),
      childrenCount: z.number().int(),
      statuses: z.array(z.object({ label: z.string() })),
      /** On the key worker's own cases: documents, views and messages from the family nobody on the staff side has read yet; null otherwise. */
      unreadFromFamily: z.number().int().nullable(),
    }),
  ),
});

export const practitionerListSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), agency: z.string(), agencyLabel: z.string().nullable(), teamName: z.string(), jobRole: z.string(), jobRoleLabel: z.string().nullable() })),
});

export const breakGlassGrantedSchema = z.object({ expiresAt: isoDateTime });
