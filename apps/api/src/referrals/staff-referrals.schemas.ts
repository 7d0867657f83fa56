import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { referralDetailSchema, referralStatuses, triageDecisionSchema, triageQueueItemSchema } from '@childfirst/domain/referrals';

export class TriageDecisionDto extends createZodDto(triageDecisionSchema) {}
export class ReferralDetailDto extends createZodDto(referralDetailSchema) {}
export class TriageQueueDto extends createZodDto(z.object({ items: z.array(triageQueueItemSchema) })) {}
export class TriageQueueQueryDto extends createZodDto(
  z.object({ status: z.enum(referralStatuses, { error: 'status must be awaiting-decision or decided' }).default('awaiting-decision') }).strict(),
) {}
export class ReferralIdParamsDto extends createZodDto(z.object({ id: z.uuid({ error: 'The referral id must be a UUID' }) })) {}

/** If-Match: "3" (the version the decision maker saw); optional, but the staff app always sends it. */
export const ifMatchVersionSchema = z
  .string()
  .regex(/^(W\/)?"?\d+"?$/, { error: 'If-Match must be the referral version, like "3"' })
  .transform((value) => Number(value.replace(/\D/g, '')))
  .optional();
