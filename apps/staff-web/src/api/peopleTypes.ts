// Response types of the staff API's people endpoints: inferred from the same zod schemas the API
// serialises its responses through (libs/domain/casework), so the two cannot drift apart.
import type { z } from 'zod';
import type { personRecordSchema, personSearchHitSchema, recordViewersSchema } from '@childfirst/domain/casework';
import type { PersonSearchQuery } from '@childfirst/domain/casework';
import type { personCreateSchema, personUpdateSchema } from '@childfirst/domain/people';

export type PersonSearchCriteria = PersonSearchQuery;
export type PersonSearchResult = z.infer<typeof personSearchHitSchema>;
export type PersonRecord = z.infer<typeof personRecordSchema>;
export type PersonAlias = PersonRecord['aliases'][number];
export type WarningNote = PersonRecord['warnings'][number];
export type PersonTold = WarningNote['personTold'];
export type PersonStatus = PersonRecord['statuses'][number];
export type Address = NonNullable<PersonRecord['currentAddress']>;
export type AddressHistoryEntry = PersonRecord['addressHistory'][number];
export type PersonFamily = PersonRecord['families'][number];
export type RecordViewer = z.infer<typeof recordViewersSchema>['items'][number];
export type PersonMergeEntry = PersonRecord['merges'][number];

/** A new person as POST /staff/people takes it: the API parses it with the same personCreateSchema. */
export type NewPerson = z.input<typeof personCreateSchema>;
/** What the API answers when it has recorded a new person (or had already, for the same Idempotency-Key). */
export interface PersonCreated {
  id: string;
}
/** A record the API thinks may be the person being added: a search hit, with how closely it matched. */
export type PossibleDuplicate = PersonSearchResult;

/** POST /staff/people/:id/merge: the record to keep, and why the two are the same person. */
export interface PersonMerge {
  intoPersonId: string;
  reason: string;
}

/** PATCH /staff/people/:id: only the fields that changed, and the version of the record they were changed on. */
export type PersonChange = z.input<typeof personUpdateSchema>;
