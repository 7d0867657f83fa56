// Response types of the staff API's people endpoints: inferred from the same zod schemas the API
// serialises its responses through (libs/domain/casework), so the two cannot drift apart.
import type { z } from 'zod';
import type { personRecordSchema, personSearchHitSchema, recordViewersSchema } from '@childfirst/domain/casework';
import type { PersonSearchQuery } from '@childfirst/domain/casework';

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
