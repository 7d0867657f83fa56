import { z } from 'zod';
import {
  breakGlassGrantedSchema,
  breakGlassRequestSchema,
  caseNoteSubmissionSchema,
  caseStatusEndSchema,
  caseStatusSubmissionSchema,
  consentOverrideSubmissionSchema,
  consentRecordSchema,
  consentWithdrawalSchema,
  curatedChronologyEntrySchema,
  warningEndSchema,
  warningNoteSubmissionSchema,
  warningSignOffSchema,
  warningViewSchema,
  caseNoteViewSchema,
  caseNotesSchema,
  caseWorkspaceSchema,
  caseloadSchema,
  chronologyQuerySchema,
  chronologySchema,
  keyWorkerChangeSchema,
  practitionerListSchema,
  practitionerQuerySchema,
} from '@childfirst/domain/casework';
import { createZodDto } from '../platform/openapi/zod-dto';

export class CaseIdParamsDto extends createZodDto(z.object({ id: z.uuid({ error: 'The case id must be a UUID' }) })) {}
export class CaseWorkspaceDto extends createZodDto(caseWorkspaceSchema) {}
export class ChronologyQueryDto extends createZodDto(chronologyQuerySchema) {}
export class ChronologyDto extends createZodDto(chronologySchema) {}
export class CaseNotesDto extends createZodDto(caseNotesSchema) {}
export class CaseNoteDto extends createZodDto(caseNoteViewSchema) {}
export class CaseNoteSubmissionDto extends createZodDto(caseNoteSubmissionSchema) {}
export class KeyWorkerChangeDto extends createZodDto(keyWorkerChangeSchema) {}
export class BreakGlassRequestDto extends createZodDto(breakGlassRequestSchema) {}
export class BreakGlassGrantedDto extends createZodDto(breakGlassGrantedSchema) {}
export class CaseloadDto extends createZodDto(caseloadSchema) {}
export class PractitionerQueryDto extends createZodDto(practitionerQuerySchema) {}
export class PractitionerListDto extends createZodDto(practitionerListSchema) {}

const uuidParam = (what: string) => z.uuid({ error: `The ${what} id must be a UUID` });
export class ChronologyEntryDto extends createZodDto(chronologySchema.shape.items.element) {}
export class CuratedChronologyEntryDto extends createZodDto(curatedChronologyEntrySchema) {}
export class ConsentRecordDto extends createZodDto(consentRecordSchema) {}
export class ConsentParamsDto extends createZodDto(z.object({ id: uuidParam('case'), consentId: uuidParam('consent') })) {}
export class ConsentWithdrawalDto extends createZodDto(consentWithdrawalSchema) {}
export class ConsentOverrideSubmissionDto extends createZodDto(consentOverrideSubmissionSchema) {}
/**
 * A union (one shape per status type) cannot be a class's base type, so the DTO is typed loosely;
 * validation and the OpenAPI document still use the real schema, and the controller narrows it.
 */
export class CaseStatusSubmissionDto extends createZodDto(caseStatusSubmissionSchema as unknown as z.ZodType<Record<string, unknown>>) {}
export class CaseStatusParamsDto extends createZodDto(z.object({ id: uuidParam('case'), statusId: uuidParam('status') })) {}
export class CaseStatusEndDto extends createZodDto(caseStatusEndSchema) {}
export class WarningParamsDto extends createZodDto(z.object({ id: uuidParam('warning') })) {}
export class WarningNoteSubmissionDto extends createZodDto(warningNoteSubmissionSchema) {}
export class WarningSignOffDto extends createZodDto(warningSignOffSchema) {}
export class WarningEndDto extends createZodDto(warningEndSchema) {}
export class WarningDto extends createZodDto(warningViewSchema) {}
