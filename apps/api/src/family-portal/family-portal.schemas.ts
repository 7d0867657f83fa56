import { z } from 'zod';
import {
  attachmentViewSchema,
  changeOfCircumstancesSchema,
  changeReceiptSchema,
  documentListSchema,
  documentSchema,
  documentUploadSchema,
  familyConsentListSchema,
  familyHomeSchema,
  familyMeSchema,
  familyViewListSchema,
  familyViewSchema,
  linkAccountSchema,
  newThreadSchema,
  replySchema,
  threadListSchema,
  threadSchema,
  viewSubmissionSchema,
} from '@childfirst/domain/portal';
import { familyHelpRequestSchema, helpRequestSubmissionSchema } from '@childfirst/domain/referrals';
import { createZodDto } from '../platform/openapi/zod-dto';

const uuidParam = (what: string) => z.uuid({ error: `The ${what} id must be a UUID` });

export class HelpRequestSubmissionDto extends createZodDto(helpRequestSubmissionSchema) {}
export class FamilyHelpRequestDto extends createZodDto(familyHelpRequestSchema) {}
export class FamilyHelpRequestListDto extends createZodDto(z.object({ items: z.array(familyHelpRequestSchema) })) {}
export class FamilyMeDto extends createZodDto(familyMeSchema) {}
export class LinkAccountDto extends createZodDto(linkAccountSchema) {}
export class FamilyHomeDto extends createZodDto(familyHomeSchema) {}
export class ThreadListDto extends createZodDto(threadListSchema) {}
export class ThreadDto extends createZodDto(threadSchema) {}
export class NewThreadDto extends createZodDto(newThreadSchema) {}
export class ReplyDto extends createZodDto(replySchema) {}
export class ThreadParamsDto extends createZodDto(z.object({ threadId: uuidParam('conversation') })) {}
export class AttachmentDto extends createZodDto(attachmentViewSchema) {}
export class AttachmentParamsDto extends createZodDto(z.object({ id: uuidParam('file') })) {}
export class DocumentListDto extends createZodDto(documentListSchema) {}
export class DocumentDto extends createZodDto(documentSchema) {}
export class DocumentUploadDto extends createZodDto(documentUploadSchema) {}
export class FamilyViewListDto extends createZodDto(familyViewListSchema) {}
export class FamilyViewDto extends createZodDto(familyViewSchema) {}
export class ViewSubmissionDto extends createZodDto(viewSubmissionSchema) {}
export class FamilyConsentListDto extends createZodDto(familyConsentListSchema) {}
export class ConsentParamsDto extends createZodDto(z.object({ id: uuidParam('consent') })) {}
export class ChangeOfCircumstancesDto extends createZodDto(changeOfCircumstancesSchema) {}
export class ChangeReceiptDto extends createZodDto(changeReceiptSchema) {}
