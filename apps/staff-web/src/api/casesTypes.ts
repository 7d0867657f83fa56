// Response and request types of the staff API's case endpoints, inferred from the schemas the API
// validates and serialises with (libs/domain/casework), so the app and the API cannot drift apart.
import type { z } from 'zod';
import type {
  breakGlassGrantedSchema,
  caseNoteSubmissionSchema,
  caseNoteViewSchema,
  caseWorkspaceSchema,
  caseloadSchema,
  chronologySchema,
  practitionerListSchema,
} from '@childfirst/domain/casework';

export type CaseWorkspace = z.infer<typeof caseWorkspaceSchema>;
export type KeyWorker = NonNullable<CaseWorkspace['keyWorker']>;
export type TeamMember = CaseWorkspace['teamAroundTheFamily'][number];
export type CaseChild = CaseWorkspace['children'][number];
export type CaseWarning = CaseWorkspace['warnings'][number];
export type ConsentRecord = CaseWorkspace['consent'][number];
export type CaseAccessRelationship = CaseWorkspace['access']['relationship'];
export type Chronology = z.infer<typeof chronologySchema>;
export type ChronologyEntry = Chronology['items'][number];
/** What the user chose to see (query string `agency` and `eventType`, repeatable). */
export interface ChronologyFilters {
  agency: string[];
  eventType: string[];
}
export type FilterOption = Chronology['filters']['agencies'][number];
export type CaseNote = z.infer<typeof caseNoteViewSchema>;
export type NewCaseNote = z.input<typeof caseNoteSubmissionSchema>;
export type NoteSensitivity = NewCaseNote['sensitivity'];
export type Practitioner = z.infer<typeof practitionerListSchema>['items'][number];
export type CaseloadItem = z.infer<typeof caseloadSchema>['items'][number];
export type BreakGlassAccess = z.infer<typeof breakGlassGrantedSchema>;

/** The problem type the API sends with a 403 when the person may still see the case in an emergency. */
export const breakGlassAvailableType = ':break-glass-available';
