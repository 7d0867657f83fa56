import { z } from 'zod';
import { triageOutcomes } from './triage-outcome';
import { referralStatuses } from './referral-status';
import { referralSources } from './referral-source';
import { storableText } from '../text';

/**
 * One schema per payload, used by the API's validation pipe (and so its OpenAPI document) and by
 * the front-end forms, so a person sees the same message in the browser and from the API.
 */
export const helpRequestSubmissionSchema = z
  .object({
    whatIsHappening: z
      .string({ error: 'Tell us what is happening' })
      .trim()
      .min(20, { error: 'Tell us what is happening in at least 20 characters' })
      .max(4000, { error: 'What is happening must be 4,000 characters or fewer' }),
    helpWanted: z
      .string()
      .trim()
      .max(2000, { error: 'What help you would like must be 2,000 characters or fewer' })
      .optional(),
    preferredContact: z.enum(['phone', 'email', 'portal-message'], {
      error: 'Select how you would like us to contact you',
    }),
    contactPhone: z
      .string()
      .trim()
      .regex(/^(\+44\s?|0)[0-9\s]{9,13}$/, { error: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982' })
      .optional(),
  })
  .strict()
  .check(storableText)
  .superRefine((value, ctx) => {
    if (value.preferredContact === 'phone' && !value.contactPhone) {
      ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: 'Enter a phone number so we can call you' });
    }
  });
export type HelpRequestSubmission = z.infer<typeof helpRequestSubmissionSchema>;

export const triageDecisionSchema = z
  .object({
    outcome: z.enum(triageOutcomes, { error: 'Select an outcome' }),
    reason: z
      .string({ error: 'Give the reason for the decision' })
      .trim()
      .min(10, { error: 'Give the reason for the decision in at least 10 characters' })
      .max(4000, { error: 'The reason must be 4,000 characters or fewer' }),
  })
  .strict();
export type TriageDecision = z.infer<typeof triageDecisionSchema>;

/** Idempotency keys are chosen by the client once per form and resent on every retry. */
export const idempotencyKeySchema = z
  .string({ error: 'Send an Idempotency-Key header so a retried submission is not recorded twice' })
  .trim()
  .min(8, { error: 'The Idempotency-Key header must be 8 to 128 characters' })
  .max(128, { error: 'The Idempotency-Key header must be 8 to 128 characters' })
  .regex(/^[A-Za-z0-9._:-]+$/, { error: 'The Idempotency-Key header may contain only letters, digits and . _ : -' });

const isoDateTime = z.iso.datetime({ offset: true });
const sourceSchema = z.enum(Object.keys(referralSources) as [keyof typeof referralSources, ...(keyof typeof referralSources)[]]);

/** A request for help as its own family sees it: no staff-only fields. */
export const familyHelpRequestSchema = z.object({
  id: z.uuid(),
  receivedAt: isoDateTime,
  whatIsHappening: z.string(),
  status: z.enum(referralStatuses),
  statusHeading: z.string(),
  statusDetail: z.string(),
  decisionDueAt: isoDateTime,
  decidedAt: isoDateTime.nullable(),
});
export type FamilyHelpRequest = z.infer<typeof familyHelpRequestSchema>;

export const clockStates = ['on-time', 'at-risk', 'overdue', 'met', 'met-late', 'paused'] as const;

export const triageQueueItemSchema = z.object({
  id: z.uuid(),
  receivedAt: isoDateTime,
  source: sourceSchema,
  sourceLabel: z.string(),
  familyName: z.string().nullable(),
  summary: z.string(),
  status: z.enum(referralStatuses),
  decisionDueAt: isoDateTime,
  decisionEscalatesAt: isoDateTime,
  clockState: z.enum(clockStates),
});
export type TriageQueueItem = z.infer<typeof triageQueueItemSchema>;

export const referralDetailSchema = triageQueueItemSchema.extend({
  whatIsHappening: z.string(),
  helpWanted: z.string().nullable(),
  preferredContact: z.enum(['phone', 'email', 'portal-message']).nullable(),
  contactPhone: z.string().nullable(),
  outcome: z.enum(triageOutcomes).nullable(),
  outcomeLabel: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  decidedBy: z.string().nullable(),
  escalatedAt: isoDateTime.nullable(),
  version: z.number().int(),
});
export type ReferralDetail = z.infer<typeof referralDetailSchema>;
