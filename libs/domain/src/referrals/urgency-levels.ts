/**
 * How urgent the person making a referral thinks it is. It guides the front door's RAG rating
 * (rag.ts) but does not set it: the triage team decides. The hint text is shown under each option.
 */
export const referralUrgencies = {
  'immediate-risk': {
    label: 'A child is at immediate risk of harm',
    hint: 'If a child is in danger right now, call 999 first. Then tell us here so we can act today.',
  },
  'within-24-hours': {
    label: 'Someone needs to respond within 24 hours',
    hint: 'The child is not in danger right now, but something could happen soon if nobody acts.',
  },
  'not-urgent': {
    label: 'Not urgent',
    hint: 'You are worried about the child or family and think they need help or support.',
  },
} as const satisfies Record<string, { label: string; hint: string }>;
export type ReferralUrgency = keyof typeof referralUrgencies;
export const referralUrgencyCodes = Object.keys(referralUrgencies) as [ReferralUrgency, ...ReferralUrgency[]];
