import { z } from 'zod';
import {
  agencyNotificationReceiptSchema,
  agencyNotificationSchema,
  agencyTaskListSchema,
  frontDoorQueueSchema,
  frontDoorReferralSchema,
  informationGatheringBodySchema,
  informationRequestViewSchema,
  informationResponseBodySchema,
  preventionAlertViewSchema,
  professionalReferralSchema,
  publicConcernReceiptSchema,
  publicConcernSchema,
  referralAssigneeSchema,
  subjectMatchSchema,
  triageDecisionV2Schema,
  triageQueueFilterSchema,
} from '@childfirst/domain/referrals';
import { createZodDto } from '../platform/openapi/zod-dto';

const uuidParam = (what: string) => z.uuid({ error: `The ${what} id must be a UUID` });

export class TriageDecisionDto extends createZodDto(triageDecisionV2Schema) {}
export class FrontDoorReferralDto extends createZodDto(frontDoorReferralSchema) {}
export class FrontDoorQueueDto extends createZodDto(frontDoorQueueSchema) {}
export class TriageQueueQueryDto extends createZodDto(triageQueueFilterSchema) {}
export class ReferralIdParamsDto extends createZodDto(z.object({ id: uuidParam('referral') })) {}
export class SubjectParamsDto extends createZodDto(z.object({ id: uuidParam('referral'), subjectId: uuidParam('subject') })) {}
export class ProfessionalReferralDto extends createZodDto(professionalReferralSchema) {}
export class InformationGatheringDto extends createZodDto(informationGatheringBodySchema) {}
export class ReferralAssigneeDto extends createZodDto(referralAssigneeSchema) {}
export class SubjectMatchDto extends createZodDto(subjectMatchSchema) {}
export class PreventionAlertDto extends createZodDto(preventionAlertViewSchema) {}
export class AlertIdParamsDto extends createZodDto(z.object({ id: uuidParam('alert') })) {}
export class InformationRequestIdParamsDto extends createZodDto(z.object({ id: uuidParam('information request') })) {}
export class InformationResponseDto extends createZodDto(informationResponseBodySchema) {}
export class InformationRequestDto extends createZodDto(informationRequestViewSchema) {}
export class AgencyTaskListDto extends createZodDto(agencyTaskListSchema) {}
export class PublicConcernDto extends createZodDto(publicConcernSchema) {}
export class PublicConcernReceiptDto extends createZodDto(publicConcernReceiptSchema) {}
/** A union (one shape per kind of notification) cannot be a class's base type; validation and OpenAPI still use the real schema. */
export class AgencyNotificationDto extends createZodDto(agencyNotificationSchema as unknown as z.ZodType<Record<string, unknown>>) {}
export class AgencyNotificationReceiptDto extends createZodDto(agencyNotificationReceiptSchema) {}

/** If-Match: "3" (the version the decision maker saw); optional, but the staff app always sends it. */
export const ifMatchVersionSchema = z
  .string()
  .regex(/^(W\/)?"?\d+"?$/, { error: 'If-Match must be the referral version, like "3"' })
  .transform((value) => Number(value.replace(/\D/g, '')))
  .optional();
