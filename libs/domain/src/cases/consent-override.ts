import { z } from 'zod';
import { agencySchema } from '../agencies';
import { legalBasisSchema } from './legal-bases';
import { storableText } from '../text';

/**
 * Sharing with an agency without the family's consent. The reason is written for the DPO and
 * for the family, who may later ask why (PRODUCT.md: families and the DPO can be shown who viewed
 * a record), so it must say something specific.
 */
export const consentOverrideSchema = z
  .object({
    agency: agencySchema,
    legalBasis: legalBasisSchema,
    reason: z
      .string({ error: 'Give the reason for sharing without consent' })
      .trim()
      .min(20, { error: 'Give the reason for sharing without consent in at least 20 characters' })
      .max(2000, { error: 'The reason must be 2,000 characters or fewer' }),
  })
  .strict()
  .check(storableText);
export type ConsentOverride = z.infer<typeof consentOverrideSchema>;
