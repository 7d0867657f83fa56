import { z } from 'zod';
import { personSearchPurposeCodes, type PersonSearchPurpose } from '../access';
import {
  caseStatusSchema,
  chronologyEventTypeCodes,
  consentOverrideSchema,
  consentSchema,
  keyWorkerAssignmentSchema,
  sensitivitySchema,
  warningNoteSchema,
  type ChronologyEventType,
} from '../cases';
import { storableText } from '../text';

/** Request payloads of the staff record API, shared with the staff app's forms. */

/** "Other" needs the reason in the practitioner's words. */
function requireDetailForOther(value: { purpose?: PersonSearchPurpose; purposeDetail?: string }, ctx: z.RefinementCtx) {
  if (value.purpose === 'other' && (value.purposeDetail ?? '').length < 5) {
    ctx.addIssue({ code: 'custom', path: ['purposeDetail'], message: 'Say why you are searching, in at least 5 characters' });
  }
}

/**
 * GET /staff/people: what to search by, and why the practitioner is searching (asked with every
 * search and audited with it). The staff app's search forms check the search with this schema
 * before they send it.
 */
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
    purpose: z.enum(personSearchPurposeCodes, { error: 'Select why you are searching' }),
    purposeDetail: z.string().trim().max(200, { error: 'The reason must be 200 characters or fewer' }).optional(),
  })
  .strict()
  .check(storableText)
  .refine((q) => q.name || q.dateOfBirth || q.nhsNumber || q.postcode, { error: 'Enter a name, date of birth, NHS number or postcode to search' })
  .superRefine(requireDetailForOther);
export type PersonSearchQuery = z.infer<typeof personSearchQuerySchema>;

export const chronologyQuerySchema = z
  .object({
    agency: z.union([z.string(), z.array(z.string())]).optional(),
    eventType: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .strict()
  .check(storableText);

export const caseNoteSubmissionSchema = z
  .object({
    noteType: z.string({ error: 'Select the type of note' }).min(1, { error: 'Select the type of note' }),
    occurredAt: z.iso.datetime({ offset: true, error: 'Enter when it happened' }),
    body: z.string().trim().min(1, { error: 'Enter the note' }).max(20000, { error: 'The note must be 20,000 characters or fewer' }),
    sensitivity: sensitivitySchema,
    personIds: z.array(z.uuid()).max(50).default([]),
  })
  .strict()
  .check(storableText);
export type CaseNoteSubmission = z.infer<typeof caseNoteSubmissionSchema>;

/** Changing the ONE key worker: the domain's assignment payload (with the version seen). */
export const keyWorkerChangeSchema = keyWorkerAssignmentSchema;

export const breakGlassRequestSchema = z
  .object({ reason: z.string().trim().min(20, { error: 'Give the reason in at least 20 characters' }).max(2000) })
  .strict()
  .check(storableText);

export const practitionerQuerySchema = z.object({ name: z.string().trim().min(2, { error: 'Enter at least 2 letters of the name' }).max(100) }).strict().check(storableText);

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
  .strict()
  .check(storableText);

/** The version of a record as the person saw it, so an action on a stale view is refused. */
const versionSeen = z.number({ error: 'Reload the page: the version of the record you saw is missing' }).int().min(1);

/**
 * A staff-safety warning on a person (POST /staff/people/:id/warnings): the domain's warning
 * note. It takes effect at once and shows as "awaiting manager sign-off" until a team manager
 * signs it off.
 */
export const warningNoteSubmissionSchema = warningNoteSchema;
export type WarningNoteSubmission = z.infer<typeof warningNoteSubmissionSchema>;

/** A team manager signs off a warning they have read (POST /staff/warnings/:id/sign-off). */
export const warningSignOffSchema = z.object({ version: versionSeen }).strict().check(storableText);

/** Ending a warning that no longer applies, with the reason (POST /staff/warnings/:id/end). */
export const warningEndSchema = z
  .object({
    version: versionSeen,
    reason: z
      .string({ error: 'Say why the warning no longer applies' })
      .trim()
      .min(10, { error: 'Say why the warning no longer applies, in at least 10 characters' })
      .max(1000, { error: 'The reason must be 1,000 characters or fewer' }),
  })
  .strict()
  .check(storableText);

/** Event types written only by the platform itself, never by hand. */
export const automaticOnlyEventTypes = ['referral-received', 'referral-decided', 'key-worker-changed', 'case-note'] as const;
const curatedEventTypeCodes = chronologyEventTypeCodes.filter(
  (code) => !(automaticOnlyEventTypes as readonly string[]).includes(code),
) as [ChronologyEventType, ...ChronologyEventType[]];

/** A significant event a practitioner adds to the chronology by hand (POST /staff/cases/:id/chronology). */
export const curatedChronologyEntrySchema = z
  .object({
    occurredAt: z.iso.datetime({ offset: true, error: 'Enter when it happened, with the time' }),
    eventType: z.enum(curatedEventTypeCodes, { error: 'Select the kind of event' }),
    summary: z
      .string({ error: 'Say what happened' })
      .trim()
      .min(5, { error: 'Say what happened in at least 5 characters' })
      .max(2000, { error: 'The summary must be 2,000 characters or fewer' }),
    /** The child or adult it is about; absent when it is about the whole family. */
    personId: z.uuid({ error: 'Choose who it is about' }).optional(),
    sensitivity: sensitivitySchema,
  })
  .strict()
  .check(storableText);
export type CuratedChronologyEntry = z.infer<typeof curatedChronologyEntrySchema>;

/** Consent the family gave, as recorded by a practitioner (POST /staff/cases/:id/consents). */
export const consentRecordSchema = consentSchema;
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

/** The family withdrew a consent (POST /staff/cases/:id/consents/:consentId/withdraw): effective at once. */
export const consentWithdrawalSchema = z
  .object({
    note: z.string().trim().max(1000, { error: 'The note must be 1,000 characters or fewer' }).optional(),
  })
  .strict()
  .check(storableText);

/** Sharing with an agency without consent, on a recorded legal basis (POST /staff/cases/:id/consent-overrides). */
export const consentOverrideSubmissionSchema = consentOverrideSchema;
export type ConsentOverrideSubmission = z.infer<typeof consentOverrideSubmissionSchema>;

/** A child's status on the case starts (POST /staff/cases/:id/statuses): the domain's case status. */
export const caseStatusSubmissionSchema = caseStatusSchema;

/** A child's status ends (POST /staff/cases/:id/statuses/:statusId/end). */
export const caseStatusEndSchema = z
  .object({ endedOn: z.iso.date({ error: 'Enter the end date as a real date, like 2026-02-17' }) })
  .strict()
  .check(storableText);
