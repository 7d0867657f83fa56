// Types of what the family shared in the portal (documents, views) as staff see them through the
// case, inferred from the contract (@childfirst/domain/portal) the API serialises with.
import type { z } from 'zod';
import type { familyDocumentsForStaffSchema, familyViewsForStaffSchema } from '@childfirst/domain/portal';

export type { FamilyDocumentForStaff, FamilySender, FamilySubmissionKind, FamilyViewForStaff, StaffReading } from '@childfirst/domain/portal';
/** Newest first; `unread` counts those nobody on the staff side has read. */
export type FamilyDocumentsForStaff = z.infer<typeof familyDocumentsForStaffSchema>;
export type FamilyViewsForStaff = z.infer<typeof familyViewsForStaffSchema>;
