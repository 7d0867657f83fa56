import { z } from 'zod';
import { informationRequestDraftsSchema } from './rag';
import { triageDecisionSchema } from './schemas';
import { triageOutcomes, type TriageOutcome } from './triage-outcome';
import { storableText } from '../text';

/**
 * What each outcome sets in motion. The referrer is told the decision (Working Together to
 * Safeguard Children 2023, chapter 1: feedback to referrers on the decision and its reasons); the
 * family is told by the system except after a strategy discussion decision, where a social worker
 * decides when telling them is safe (triage-outcome.ts).
 */
export const triageFollowOns = [
  'none',
  'signpost',
  'allocate-key-worker',
  'start-assessment',
  'start-strategy-discussion',
] as const;
export type TriageFollowOn = (typeof triageFollowOns)[number];

export interface TriageOutcomeConsequence {
  /** What the person who made the referral is told, in plain English. */
  forReferrer: string;
  /** Whether the family is told automatically (triageOutcomeForFamily has the wording). */
  tellFamilyAutomatically: boolean;
  followOn: TriageFollowOn;
}

export const triageOutcomeConsequences: Readonly<Record<TriageOutcome, TriageOutcomeConsequence>> = {
  'no-further-action': {
    forReferrer:
      'Thank you for your referral. We have looked at it and children’s services will not be taking further action. If you have new concerns, please refer again.',
    tellFamilyAutomatically: true,
    followOn: 'none',
  },
  'signpost-universal-services': {
    forReferrer:
      'Thank you for your referral. We have given the family details of local services that can help. Children’s services will not be taking further action.',
    tellFamilyAutomatically: true,
    followOn: 'signpost',
  },
  'early-help': {
    forReferrer:
      'Thank you for your referral. A key worker will offer the family early help, and may ask you to be part of the team around the family.',
    tellFamilyAutomatically: true,
    followOn: 'allocate-key-worker',
  },
  'child-and-family-assessment': {
    forReferrer:
      'Thank you for your referral. A social worker will carry out a child and family assessment and may contact you for information.',
    tellFamilyAutomatically: true,
    followOn: 'start-assessment',
  },
  'strategy-discussion': {
    forReferrer:
      'Thank you for your referral. We are acting on it under our child protection procedures, and a social worker may contact you. Please do not discuss the referral with the family.',
    tellFamilyAutomatically: false,
    followOn: 'start-strategy-discussion',
  },
};

export function isTriageOutcome(value: string): value is TriageOutcome {
  return (triageOutcomes as readonly string[]).includes(value);
}

/**
 * A decision on a referral with what the outcome needs: the key worker who will offer early help,
 * the services the family is signposted to. Neither may be given for another outcome. The reason
 * has the same rules as triageDecisionSchema, which stays as it was.
 */
export const triageDecisionV2Schema = z
  .object({
    outcome: triageDecisionSchema.shape.outcome,
    reason: triageDecisionSchema.shape.reason,
    keyWorkerPractitionerId: z.uuid({ error: 'Choose the key worker from the list' }).optional(),
    /** Required once the decision is overdue: the reason is kept with the missed deadline. */
    lateReason: z
      .string({ error: 'Say why the decision is late' })
      .trim()
      .min(10, { error: 'Say why the decision is late, in at least 10 characters' })
      .max(2000, { error: 'The reason must be 2,000 characters or fewer' })
      .optional(),
    signpostServices: z
      .string({ error: 'Enter the services the family is being signposted to' })
      .trim()
      .max(2000, { error: 'The services must be 2,000 characters or fewer' })
      .optional(),
  })
  .strict()
  .check(storableText)
  .superRefine((decision, ctx) => {
    if (decision.outcome === 'early-help' && !decision.keyWorkerPractitionerId) {
      ctx.addIssue({
        code: 'custom',
        path: ['keyWorkerPractitionerId'],
        message: 'Choose the key worker who will offer the family early help',
      });
    }
    if (decision.outcome !== 'early-help' && decision.keyWorkerPractitionerId) {
      ctx.addIssue({
        code: 'custom',
        path: ['keyWorkerPractitionerId'],
        message: 'Choose a key worker only when the outcome is early help',
      });
    }
    if (decision.outcome === 'signpost-universal-services' && !decision.signpostServices) {
      ctx.addIssue({
        code: 'custom',
        path: ['signpostServices'],
        message: 'Enter the services the family is being signposted to',
      });
    }
    if (decision.outcome !== 'signpost-universal-services' && decision.signpostServices) {
      ctx.addIssue({
        code: 'custom',
        path: ['signpostServices'],
        message: 'Enter services only when the outcome is to signpost the family',
      });
    }
  });
export type TriageDecisionV2 = z.infer<typeof triageDecisionV2Schema>;

/**
 * Asking partner agencies for more information before deciding. It is an action, not an outcome:
 * the referral stays awaiting a decision, and its decision clock keeps running.
 */
export const requestMoreInformationSchema = z
  .object({
    action: z.literal('request-more-information'),
    informationRequests: informationRequestDraftsSchema.min(1, { error: 'Ask at least one agency for information' }),
  })
  .strict();
export type RequestMoreInformation = z.infer<typeof requestMoreInformationSchema>;

/** What a triage practitioner can do with a referral: decide it, or ask for more first. */
export const triageActionSchema = z.discriminatedUnion(
  'action',
  [z.object({ action: z.literal('decide'), decision: triageDecisionV2Schema }).strict(), requestMoreInformationSchema],
  { error: 'Choose whether to decide the referral or ask for more information' },
);
export type TriageAction = z.infer<typeof triageActionSchema>;
