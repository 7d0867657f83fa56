import { z } from 'zod';

/**
 * Whether the family agreed to a referral, recorded when it is made. Practitioners should normally
 * tell the family and seek their agreement, but need not when doing so would place a child at risk
 * of significant harm or undermine the prevention or detection of a crime, or when there is no time
 * (Working Together to Safeguard Children 2023, chapter 1; "Information sharing: advice for
 * practitioners", DfE 2024). A refusal does not stop a safeguarding referral: it is recorded.
 * This is not the family's consent to share information between agencies (cases/consent.ts).
 */
export const consentNotSoughtReasons = {
  'would-place-child-at-risk': { label: 'Asking the family would put the child at risk of significant harm' },
  'would-undermine-enquiry': { label: 'Asking the family could undermine a police or child protection enquiry' },
  'could-not-contact': { label: 'We tried but could not contact the family' },
  emergency: { label: 'It was an emergency and there was no time to ask' },
} as const satisfies Record<string, { label: string }>;
export type ConsentNotSoughtReason = keyof typeof consentNotSoughtReasons;
export const consentNotSoughtReasonCodes = Object.keys(consentNotSoughtReasons) as [
  ConsentNotSoughtReason,
  ...ConsentNotSoughtReason[],
];

export const intakeConsentStatuses = {
  given: { label: 'The family agreed to this referral' },
  'not-sought': { label: 'The family was not asked' },
  refused: { label: 'The family did not agree' },
} as const satisfies Record<string, { label: string }>;
export type IntakeConsentStatus = keyof typeof intakeConsentStatuses;

export const intakeConsentSchema = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('given') }).strict(),
    z
      .object({
        status: z.literal('not-sought'),
        reason: z.enum(consentNotSoughtReasonCodes, { error: 'Select why the family was not asked' }),
        detail: z
          .string({ error: 'Enter any detail as text' })
          .trim()
          .max(2000, { error: 'The detail must be 2,000 characters or fewer' })
          .optional(),
      })
      .strict(),
    z
      .object({
        status: z.literal('refused'),
        detail: z
          .string({ error: 'Say what the family said when they did not agree' })
          .trim()
          .min(10, { error: 'Say what the family said when they did not agree, in at least 10 characters' })
          .max(2000, { error: 'The detail must be 2,000 characters or fewer' }),
      })
      .strict(),
  ],
  { error: 'Say whether the family agreed to this referral' },
);
export type IntakeConsent = z.infer<typeof intakeConsentSchema>;
