import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  breakGlassGrantedSchema,
  breakGlassRequestSchema,
  caseNoteSubmissionSchema,
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
