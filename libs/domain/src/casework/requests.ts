import { z } from 'zod';
import { keyWorkerAssignmentSchema, sensitivitySchema } from '../cases';

/** Request payloads of the staff record API, shared with the staff app's forms. */
export const personSearchQuerySchema = z
  .object({
    name: z.string().trim().min(2, { error: 'Enter at least 2 letters of the name' }).max(100).optional(),
    dateOfBirth: z.iso.date({ error: 'Enter the date of birth as a real date, like 2015-03-27' }).optional(),
    nhsNumber: z
      .string()
      .transform((value) => value.replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^\d{10}$/, { error: 'An NHS number has 10 digits, like 943 476 5919' }))
      .optional(),
    postcode: z
      .string()
      .trim()
      .toUpperCase()
      .transform((value) => value.replace(/\s+/g, '').replace(/^(.+)(\d[A-Z]{2})$/, '$1 $2'))
      .pipe(z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, { error: 'Enter a real postcode, like SG1 1AA' }))
      .optional(),
  })
  .strict()
  .refine((q) => q.name || q.dateOfBirth || q.nhsNumber || q.postcode, { error: 'Enter a name, date of birth, NHS number or postcode to search' });
export type PersonSearchQuery = z.infer<typeof personSearchQuerySchema>;

export const chronologyQuerySchema = z
  .object({
    agency: z.union([z.string(), z.array(z.string())]).optional(),
    eventType: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .strict();

export const caseNoteSubmissionSchema = z
  .object({
    noteType: z.string({ error: 'Select the type of note' }).min(1, { error: 'Select the type of note' }),
    occurredAt: z.iso.datetime({ offset: true, error: 'Enter when it happened' }),
    body: z.string().trim().min(1, { error: 'Enter the note' }).max(20000, { error: 'The note must be 20,000 characters or fewer' }),
    sensitivity: sensitivitySchema,
    personIds: z.array(z.uuid()).max(50).default([]),
  })
  .strict();
export type CaseNoteSubmission = z.infer<typeof caseNoteSubmissionSchema>;

/** Changing the ONE key worker: the domain's assignment payload (with the version seen). */
export const keyWorkerChangeSchema = keyWorkerAssignmentSchema;

export const breakGlassRequestSchema = z
  .object({ reason: z.string().trim().min(20, { error: 'Give the reason in at least 20 characters' }).max(2000) })
  .strict();

export const practitionerQuerySchema = z.object({ name: z.string().trim().min(2, { error: 'Enter at least 2 letters of the name' }).max(100) }).strict();

/** Merging a duplicate record into the one kept, with the reason that explains it afterwards. */
export const personMergeRequestSchema = z
  .object({
    intoPersonId: z.uuid({ error: 'Choose the record to keep' }),
    reason: z
      .string()
      .trim()
      .min(10, { error: 'Say why these are the same person, in at least 10 characters' })
      .max(2000, { error: 'The reason must be 2,000 characters or fewer' }),
  })
  .strict();
