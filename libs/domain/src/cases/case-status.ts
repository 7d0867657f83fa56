import { z } from 'zod';
import { childProtectionCategorySchema } from './child-protection-categories';
import { lookedAfterLegalStatusSchema } from './looked-after-legal-statuses';
import { storableText } from '../text';

const common = {
  personId: z.uuid({ error: 'Choose the child' }),
  startedOn: z.iso.date({ error: 'Enter the start date as a real date, like 2025-11-03' }),
  endedOn: z.iso.date({ error: 'Enter the end date as a real date, like 2026-02-17' }).optional(),
};

/** Extra fields belong to one status only; say which, rather than "unrecognised key". */
const onlyItsOwnFields = {
  error: (issue: { code?: string; keys?: string[] }) => {
    if (issue.code !== 'unrecognized_keys') return undefined;
    if (issue.keys?.includes('category')) return 'Only a child protection plan has a category of abuse';
    if (issue.keys?.includes('legalStatus')) return 'Only a looked-after child has a legal status';
    return `Remove ${issue.keys?.join(', ')}: a case status does not have it`;
  },
};

const simple = (statusType: 'early-help' | 'child-in-need' | 'sen-support' | 'ehc-plan' | 'disabled-childrens-service') =>
  z.object({ statusType: z.literal(statusType), ...common }, onlyItsOwnFields).strict();

/**
 * A status of a child on the case, with its dates. A child protection plan needs its category
 * (CIN census N00113) and a looked-after period its legal status (SSDA903), because the returns
 * count them and cannot be completed without.
 */
export const caseStatusSchema = z
  .discriminatedUnion(
    'statusType',
    [
      simple('early-help'),
      simple('child-in-need'),
      z.object({ statusType: z.literal('child-protection-plan'), category: childProtectionCategorySchema, ...common }, onlyItsOwnFields).strict(),
      z.object({ statusType: z.literal('looked-after'), legalStatus: lookedAfterLegalStatusSchema, ...common }, onlyItsOwnFields).strict(),
      simple('sen-support'),
      simple('ehc-plan'),
      simple('disabled-childrens-service'),
    ],
    { error: 'Select a status' },
  )
  .check(storableText)
  .superRefine((status, ctx) => {
    if (status.endedOn !== undefined && status.endedOn < status.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'The end date must be on or after the start date' });
    }
  });
export type CaseStatus = z.infer<typeof caseStatusSchema>;
