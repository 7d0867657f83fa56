// Response and request types of the staff API's case endpoints, inferred from the schemas the API
// validates and serialises with (libs/domain/casework), so the app and the API cannot drift apart.
import type { z } from 'zod';
import type {
  breakGlassGrantedSchema,
  caseNoteSubmissionSchema,
  caseNoteViewSchema,
  caseStatusSubmissionSchema,
  caseWorkspaceSchema,
  caseloadSchema,
  chronologySchema,
  consentOverrideSubmissionSchema,
  consentRecordSchema,
  consentWithdrawalSchema,
  curatedChronologyEntrySchema,
  practitionerListSchema,
  warningNoteSubmissionSchema,
  warningViewSchema,
} from '@childfirst/domain/casework';

export type CaseWorkspace = z.infer<typeof caseWorkspaceSchema>;
export type KeyWorker = NonNullable<CaseWorkspace['keyWorker']>;
export type TeamMember = CaseWorkspace['teamAroundTheFamily'][number];
export type CaseChild = CaseWorkspace['children'][number];
export type CaseStatusView = CaseChild['statuses'][number];
/** Everyone in the family, for the forms that ask who something is about. */
export type CaseMember = CaseWorkspace['members'][number];
export type CaseWarning = CaseWorkspace['warnings'][number];
export type ConsentRecord = CaseWorkspace['consent'][number];
export type ConsentOverrideRecord = CaseWorkspace['consentOverrides'][number];
/** What the signed-in practitioner may do on this case, as the API decided it. */
export type CasePermissions = CaseWorkspace['permissions'];
export type CasePermission = keyof CasePermissions;
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

/** A staff-safety warning as the API answers with it (POST /staff/people/:id/warnings, sign-off). */
export type WarningView = z.infer<typeof warningViewSchema>;
/** The bodies the case endpoints take: the API parses each with the same schema. */
export type NewWarning = z.input<typeof warningNoteSubmissionSchema>;
export type NewChronologyEntry = z.input<typeof curatedChronologyEntrySchema>;
export type NewConsent = z.input<typeof consentRecordSchema>;
export type ConsentWithdrawal = z.input<typeof consentWithdrawalSchema>;
export type NewConsentOverride = z.input<typeof consentOverrideSubmissionSchema>;
export type NewCaseStatus = z.input<typeof caseStatusSubmissionSchema>;

/** The problem type the API sends with a 403 when the person may still see the case in an emergency. */
export const breakGlassAvailableType = ':break-glass-available';
