import { z } from 'zod';
import { warningTypeSchema } from './warning-types';
import { storableText } from '../text';

/**
 * A staff-safety warning on a person. The ICO's guidance on violent warning markers asks that a
 * marker is justified by a specific incident or risk, reviewed on a set date, and normally that the
 * person is told it exists unless telling them would itself create a risk – so the schema asks for
 * each, and for the reason whenever the person has not been told.
 */
export const personToldAnswers = {
  yes: { label: 'Yes' },
  no: { label: 'No' },
  'not-yet': { label: 'Not yet' },
} as const satisfies Record<string, { label: string }>;
export type PersonToldAnswer = keyof typeof personToldAnswers;
export const personToldAnswerCodes = Object.keys(personToldAnswers) as [PersonToldAnswer, ...PersonToldAnswer[]];

export const warningNoteSchema = z
  .object({
    type: warningTypeSchema,
    description: z
      .string({ error: 'Describe the risk and what happened' })
      .trim()
      .min(10, { error: 'Describe the risk and what happened in at least 10 characters' })
      .max(1000, { error: 'The description must be 1,000 characters or fewer' }),
    reviewOn: z.iso.date({ error: 'Enter the date to review the warning, like 2026-09-30' }),
    personTold: z.enum(personToldAnswerCodes, { error: 'Say whether the person has been told about the warning' }),
    personNotToldReason: z
      .string()
      .trim()
      .max(1000, { error: 'The reason must be 1,000 characters or fewer' })
      .optional(),
  })
  .strict()
  .check(storableText)
  .superRefine((warning, ctx) => {
    if (warning.personTold !== 'yes' && !warning.personNotToldReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['personNotToldReason'],
        message: 'Give the reason the person has not been told',
      });
    }
    if (warning.personTold === 'yes' && warning.personNotToldReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['personNotToldReason'],
        message: 'Remove the reason: the person has been told',
      });
    }
  });
export type WarningNote = z.infer<typeof warningNoteSchema>;
