// Response types of the staff API's family endpoint, inferred from the API's own response schema.
import type { z } from 'zod';
import type { familyRecordSchema } from '@childfirst/domain/casework';

export type FamilyRecord = z.infer<typeof familyRecordSchema>;
export type FamilyMember = FamilyRecord['members'][number];
export type FamilyRelationship = FamilyRecord['relationships'][number];
