import { z } from 'zod';
import { agencySchema } from '../agencies';
import type { ClockRuleId } from '../clocks';
import type { ReferralUrgency } from './urgency';
import { storableText } from '../text';

/**
 * The front door's RAG priority for gathering information from partner agencies after its
 * initial decision (PRODUCT.md, "Processes and their clocks": red 4 hours, amber 24 hours, green
 * 72 hours; local practice, not law). Each rating runs the clock rule named here (clocks/clock-rules.ts):
 * computeDeadline(getClockRule(ragRatings[rag].clockRuleId), decidedAt, calendar). Only the rule's
 * id is imported, as a type: the clocks module brings a bank-holiday library that browsers loading
 * this module (the family portal) do not need.
 */
export const ragRatings = {
  red: {
    label: 'Red',
    hint: 'The child may be at risk of significant harm: agencies answer within 4 hours.',
    clockRuleId: 'referral.rag.red',
  },
  amber: {
    label: 'Amber',
    hint: 'Concerns that need a prompt response: agencies answer within 24 hours.',
    clockRuleId: 'referral.rag.amber',
  },
  green: {
    label: 'Green',
    hint: 'Needs that are not urgent: agencies answer within 72 hours.',
    clockRuleId: 'referral.rag.green',
  },
} as const satisfies Record<string, { label: string; hint: string; clockRuleId: ClockRuleId }>;
export type RagRating = keyof typeof ragRatings;
export const ragRatingCodes = Object.keys(ragRatings) as [RagRating, ...RagRating[]];

export const ragRatingSchema = z.enum(ragRatingCodes, { error: 'Select a priority: red, amber or green' });

/** The rating suggested by the urgency the referrer chose; the triage team decides. */
export const suggestedRagForUrgency: Readonly<Record<ReferralUrgency, RagRating>> = {
  'immediate-risk': 'red',
  'within-24-hours': 'amber',
  'not-urgent': 'green',
};

export const MAX_INFORMATION_REQUESTS = 6;

export const informationRequestDraftSchema = z
  .object({
    agency: agencySchema,
    question: z
      .string({ error: 'Enter what you need to know from the agency' })
      .trim()
      .min(10, { error: 'Enter what you need to know from the agency in at least 10 characters' })
      .max(2000, { error: 'The question must be 2,000 characters or fewer' }),
  })
  .strict();
export type InformationRequestDraft = z.infer<typeof informationRequestDraftSchema>;

/** 0 to 6 requests, one per agency. */
export const informationRequestDraftsSchema = z
  .array(informationRequestDraftSchema, { error: 'Send the information requests as a list' })
  .max(MAX_INFORMATION_REQUESTS, { error: `Ask at most ${MAX_INFORMATION_REQUESTS} agencies, one question each` })
  .superRefine((requests, ctx) => {
    const seen = new Set<string>();
    requests.forEach((request, index) => {
      if (seen.has(request.agency)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'agency'],
          message: 'Ask each agency only once; put all your questions for it together',
        });
      }
      seen.add(request.agency);
    });
  });

/** The front door's first decision on a referral: its priority, and what to ask which agency. */
export const initialDecisionSchema = z
  .object({
    rag: ragRatingSchema,
    informationRequests: informationRequestDraftsSchema,
    note: z
      .string({ error: 'Enter the note as text' })
      .trim()
      .max(4000, { error: 'The note must be 4,000 characters or fewer' })
      .optional(),
  })
  .strict()
  .check(storableText);
export type InitialDecision = z.infer<typeof initialDecisionSchema>;
