import { z } from 'zod';

/**
 * Statutory (and local-practice) clocks as data: PRODUCT.md, "Processes and their clocks".
 *
 * Durations keep the London wall-clock time of the start: "6 weeks" from a request received at
 * 10:00 is due at 10:00 six weeks later. Where the law says "within N days/weeks" a deadline can be
 * argued to run to the end of the last day; keeping the start time is the stricter reading, and the
 * one that gives a single instant to count down to.
 *
 * Escalation fractions are local practice, not law (PRODUCT.md: "for example at 80% of the
 * time"); they are here so that a change is a change to data, not to code.
 */
export const durationUnits = ['hours', 'working-days', 'calendar-days', 'weeks', 'months'] as const;
export type DurationUnit = (typeof durationUnits)[number];

export interface ClockDuration {
  amount: number;
  unit: DurationUnit;
}

export const clockProcesses = [
  'referral',
  'assessment',
  'child-protection',
  'looked-after',
  'missing',
  'private-fostering',
  'ehc',
  'serious-incident',
] as const;
export type ClockProcess = (typeof clockProcesses)[number];

/** The recorded events a clock starts from. */
export const clockStartEvents = [
  'referral.received',
  'referral.initial-decision-made',
  'child-protection.s47-strategy-discussion-held',
  'child-protection.initial-conference-held',
  'child-protection.review-conference-held',
  'looked-after.became-looked-after',
  'looked-after.first-placement-started',
  'looked-after.review-held',
  'missing.returned',
  'private-fostering.notified',
  'ehc.assessment-requested',
  'serious-incident.became-aware',
] as const;
export type ClockStartEvent = (typeof clockStartEvents)[number];

export interface ClockRule {
  /** `<process>.<step>`, stable: deadlines and breach records refer to it. */
  id: string;
  process: ClockProcess;
  /** What must happen by the deadline. */
  step: string;
  duration: ClockDuration;
  startsAt: ClockStartEvent;
  /** Fraction (0 < f < 1) of the time after which the clock is at risk and escalates. */
  escalateAtFraction?: number;
  legalSource: string;
}

const WORKING_TOGETHER_CH3 = 'Working Together to Safeguard Children 2023 (DfE statutory guidance), chapter 3';
const WORKING_TOGETHER_CH5 = 'Working Together to Safeguard Children 2023 (DfE statutory guidance), chapter 5';
const CARE_PLANNING_REGS = 'Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959)';
const SEND_REGS = 'Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';
const LOCAL_RAG = 'Local practice: front-door RAG triage timescales (no national timescale; PRODUCT.md)';

export const clockRules = [
  {
    id: 'referral.decision',
    process: 'referral',
    step: 'Decide on the referral and acknowledge it to the referrer',
    duration: { amount: 1, unit: 'working-days' },
    startsAt: 'referral.received',
    escalateAtFraction: 0.75,
    legalSource: `${WORKING_TOGETHER_CH3}: within one working day of a referral being received`,
  },
  {
    id: 'referral.rag.red',
    process: 'referral',
    step: 'Gather information for a red (urgent) referral',
    duration: { amount: 4, unit: 'hours' },
    startsAt: 'referral.initial-decision-made',
    escalateAtFraction: 0.75,
    legalSource: LOCAL_RAG,
  },
  {
    id: 'referral.rag.amber',
    process: 'referral',
    step: 'Gather information for an amber referral',
    duration: { amount: 24, unit: 'hours' },
    startsAt: 'referral.initial-decision-made',
    escalateAtFraction: 0.75,
    legalSource: LOCAL_RAG,
  },
  {
    id: 'referral.rag.green',
    process: 'referral',
    step: 'Gather information for a green referral',
    duration: { amount: 72, unit: 'hours' },
    startsAt: 'referral.initial-decision-made',
    escalateAtFraction: 0.75,
    legalSource: LOCAL_RAG,
  },
  {
    id: 'assessment.child-and-family',
    process: 'assessment',
    step: 'Complete the child and family assessment (record the reasons if it takes longer)',
    duration: { amount: 45, unit: 'working-days' },
    startsAt: 'referral.received',
    escalateAtFraction: 0.8,
    legalSource: `${WORKING_TOGETHER_CH3}: within 45 working days from the point of referral`,
  },
  {
    id: 'child-protection.initial-conference',
    process: 'child-protection',
    step: 'Hold the initial child protection conference',
    duration: { amount: 15, unit: 'working-days' },
    startsAt: 'child-protection.s47-strategy-discussion-held',
    escalateAtFraction: 0.8,
    legalSource: `${WORKING_TOGETHER_CH3}: within 15 working days of the strategy discussion at which section 47 enquiries were initiated`,
  },
  {
    id: 'child-protection.first-core-group',
    process: 'child-protection',
    step: 'Hold the first core group meeting',
    duration: { amount: 10, unit: 'working-days' },
    startsAt: 'child-protection.initial-conference-held',
    escalateAtFraction: 0.8,
    legalSource: `${WORKING_TOGETHER_CH3}: within 10 working days of the initial child protection conference`,
  },
  {
    id: 'child-protection.first-review-conference',
    process: 'child-protection',
    step: 'Hold the first child protection review conference',
    duration: { amount: 3, unit: 'months' },
    startsAt: 'child-protection.initial-conference-held',
    escalateAtFraction: 0.8,
    legalSource: `${WORKING_TOGETHER_CH3}: within 3 months of the initial child protection conference`,
  },
  {
    id: 'child-protection.later-review-conference',
    process: 'child-protection',
    step: 'Hold the next child protection review conference',
    duration: { amount: 6, unit: 'months' },
    startsAt: 'child-protection.review-conference-held',
    escalateAtFraction: 0.8,
    legalSource: `${WORKING_TOGETHER_CH3}: further reviews at intervals of not more than 6 months`,
  },
  {
    id: 'looked-after.care-plan',
    process: 'looked-after',
    step: 'Prepare the care plan (before placement, or if not practicable within 10 working days)',
    duration: { amount: 10, unit: 'working-days' },
    startsAt: 'looked-after.first-placement-started',
    escalateAtFraction: 0.8,
    legalSource: `${CARE_PLANNING_REGS}, reg. 4`,
  },
  {
    id: 'looked-after.first-review',
    process: 'looked-after',
    step: 'Hold the first looked-after review',
    duration: { amount: 20, unit: 'working-days' },
    startsAt: 'looked-after.became-looked-after',
    escalateAtFraction: 0.8,
    legalSource: `${CARE_PLANNING_REGS}, reg. 33: within 20 working days of becoming looked after`,
  },
  {
    id: 'missing.return-home-interview',
    process: 'missing',
    step: 'Offer and hold the independent return home interview',
    duration: { amount: 72, unit: 'hours' },
    startsAt: 'missing.returned',
    escalateAtFraction: 0.75,
    legalSource:
      'Statutory guidance on children who run away or go missing from home or care (DfE, January 2014): within 72 hours of the child returning',
  },
  {
    id: 'private-fostering.first-visit',
    process: 'private-fostering',
    step: 'Visit the privately fostered child',
    duration: { amount: 7, unit: 'working-days' },
    startsAt: 'private-fostering.notified',
    escalateAtFraction: 0.8,
    legalSource:
      'Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533), reg. 4: within 7 working days of notification',
  },
  {
    id: 'ehc.decision-to-assess',
    process: 'ehc',
    step: 'Decide whether to carry out an EHC needs assessment and notify the family',
    duration: { amount: 6, unit: 'weeks' },
    startsAt: 'ehc.assessment-requested',
    escalateAtFraction: 0.8,
    legalSource: `${SEND_REGS}, reg. 5: within 6 weeks of receiving the request`,
  },
  {
    id: 'ehc.notice-not-to-issue',
    process: 'ehc',
    step: 'Notify a decision not to issue an EHC plan',
    duration: { amount: 16, unit: 'weeks' },
    startsAt: 'ehc.assessment-requested',
    escalateAtFraction: 0.8,
    legalSource: `${SEND_REGS}, reg. 10: within 16 weeks of the request for assessment`,
  },
  {
    id: 'ehc.final-plan',
    process: 'ehc',
    step: 'Issue the final EHC plan',
    duration: { amount: 20, unit: 'weeks' },
    startsAt: 'ehc.assessment-requested',
    escalateAtFraction: 0.8,
    legalSource: `${SEND_REGS}, reg. 13: within 20 weeks of the request for assessment (exceptions in reg. 13(3))`,
  },
  {
    id: 'serious-incident.notify',
    process: 'serious-incident',
    step: 'Notify the Child Safeguarding Practice Review Panel and Ofsted',
    duration: { amount: 5, unit: 'working-days' },
    startsAt: 'serious-incident.became-aware',
    escalateAtFraction: 0.8,
    legalSource: `Children Act 2004, s.16C; ${WORKING_TOGETHER_CH5}: within 5 working days of becoming aware of the incident`,
  },
  {
    id: 'serious-incident.rapid-review',
    process: 'serious-incident',
    step: 'Complete the rapid review and send it to the national panel',
    duration: { amount: 15, unit: 'working-days' },
    startsAt: 'serious-incident.became-aware',
    escalateAtFraction: 0.8,
    legalSource: `${WORKING_TOGETHER_CH5}: rapid review within 15 working days of becoming aware of the incident`,
  },
] as const satisfies readonly ClockRule[];

export type ClockRuleId = (typeof clockRules)[number]['id'];

export const clockRulesById: Readonly<Record<ClockRuleId, ClockRule>> = Object.fromEntries(
  clockRules.map((rule) => [rule.id, rule]),
) as Record<ClockRuleId, ClockRule>;

export function getClockRule(id: ClockRuleId): ClockRule {
  return clockRulesById[id];
}

/** Validates a rule from outside the code (a council's configuration of local-practice clocks). */
export const clockRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, { error: 'id must look like process.step' }),
    process: z.enum(clockProcesses),
    step: z.string().trim().min(1),
    duration: z.object({
      amount: z.number().int().positive(),
      unit: z.enum(durationUnits),
    }),
    startsAt: z.enum(clockStartEvents),
    escalateAtFraction: z.number().gt(0).lt(1).optional(),
    legalSource: z.string().trim().min(1),
  })
  .refine((rule) => rule.id.startsWith(`${rule.process}.`), {
    error: 'id must start with its process',
    path: ['id'],
  });
