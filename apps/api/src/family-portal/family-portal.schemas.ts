import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { familyHelpRequestSchema, helpRequestSubmissionSchema } from '@childfirst/domain/referrals';

export class HelpRequestSubmissionDto extends createZodDto(helpRequestSubmissionSchema) {}
export class FamilyHelpRequestDto extends createZodDto(familyHelpRequestSchema) {}
export class FamilyHelpRequestListDto extends createZodDto(z.object({ items: z.array(familyHelpRequestSchema) })) {}
export class FamilyProfileDto extends createZodDto(z.object({ displayName: z.string(), familyName: z.string() })) {}
