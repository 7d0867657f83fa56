import { z } from 'zod';
import { agencySchema } from '../agencies';
import { storableText } from '../text';

/**
 * What a family agrees to, agency by agency (PRODUCT.md, "Access rules": agency data is shared
 * according to the family's consent). One consent covers one or more scopes, each an agency and a
 * purpose; withdrawing ends it. Sharing without consent needs a recorded legal basis instead
 * (consent-override.ts).
 */
export const consentPurposes = {
  'share-information': { label: 'Share information about the family' },
  contact: { label: 'Contact the family' },
  assessment: { label: 'Take part in an assessment' },
} as const satisfies Record<string, { label: string }>;
export type ConsentPurpose = keyof typeof consentPurposes;
export const consentPurposeCodes = Object.keys(consentPurposes) as [ConsentPurpose, ...ConsentPurpose[]];

export const consentScopeSchema = z
  .object({
    agency: agencySchema,
    purpose: z.enum(consentPurposeCodes, { error: 'Select what the family agreed to' }),
  })
  .strict();
export type ConsentScope = z.infer<typeof consentScopeSchema>;

export const consentSchema = z
  .object({
    /** Who gave it: a parent for the family, or a young person for themselves. Absent for the whole family. */
    personId: z.uuid({ error: 'Choose who gave consent' }).optional(),
    scopes: z
      .array(consentScopeSchema)
      .min(1, { error: 'Select at least one agency and what the family agreed to' })
      .max(18, { error: 'Select each agency and purpose only once' }),
    givenAt: z.iso.datetime({ offset: true, error: 'Enter when consent was given, with the time' }),
  })
  .strict()
  .check(storableText)
  .superRefine((consent, ctx) => {
    const seen = new Set<string>();
    consent.scopes.forEach((scope, index) => {
      const key = `${scope.agency}:${scope.purpose}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['scopes', index], message: 'Select each agency and purpose only once' });
      }
      seen.add(key);
    });
  });
export type Consent = z.infer<typeof consentSchema>;
