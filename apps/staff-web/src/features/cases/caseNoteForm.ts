import { parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';
import { noteTypes as noteTypeLabels, sensitivities } from '@childfirst/domain/cases';
import { isStorableText, unstorableTextMessage } from '@childfirst/domain/text';
import type { NewCaseNote, NoteSensitivity } from '../../api/casesTypes';

/** The kinds of note, as the API accepts them (libs/domain cases/note-types). */
export const noteTypes = Object.entries(noteTypeLabels).map(([value, { label }]) => ({ value, text: label }));

/**
 * Field-level sensitivity (PRODUCT.md): the API shows a sensitive note to fewer people than the
 * case. Who may read each is the access policy's decision (libs/domain access); the hints say it.
 */
const sensitivityHints: Record<NoteSensitivity, string> = {
  standard: 'Everyone who can see this case can read it.',
  'third-party': 'About or from someone outside the family. Only the recording agency and social care safeguarding leads can read it.',
  'police-intelligence': 'Only police and social care safeguarding leads can read it.',
  'confidential-address': 'Only the key worker and social care safeguarding leads can read it.',
};

export const noteSensitivities: { value: NoteSensitivity; text: string; hint: string }[] = (Object.keys(sensitivityHints) as NoteSensitivity[]).map((value) => ({
  value,
  text: sensitivities[value].label,
  hint: sensitivityHints[value],
}));

/** As the API's caseNoteSubmissionSchema allows. */
export const noteBodyMaxLength = 20_000;

export interface CaseNoteFormValues {
  noteType: string;
  occurredOn: DateParts;
  body: string;
  sensitivity: NoteSensitivity | '';
  personIds: string[];
}

export function emptyCaseNote(today: string): CaseNoteFormValues {
  const [year = '', month = '', day = ''] = today.split('-');
  return { noteType: '', occurredOn: { day: String(Number(day)), month: String(Number(month)), year }, body: '', sensitivity: '', personIds: [] };
}

/** Whether the person has written anything worth keeping as a draft. */
export function hasNoteContent(values: CaseNoteFormValues): boolean {
  return values.body.trim() !== '' || values.noteType !== '' || values.sensitivity !== '' || values.personIds.length > 0;
}

export type CaseNoteValidation =
  | { note: NewCaseNote; errors?: undefined; dateParts?: undefined }
  | { note?: undefined; errors: FieldErrors; dateParts: DatePart[] };

/**
 * `now` is when the note is sent. A note about today happened "now" as far as anyone can tell; one
 * about an earlier day is dated midday UTC, which is that same day in UK time all year round.
 */
export function validateCaseNote(values: CaseNoteFormValues, now: Date, today: string): CaseNoteValidation {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] = [];
  if (!values.noteType) errors.noteType = 'Select the type of note';
  const date = parseDateParts(values.occurredOn, { label: 'The date it happened', required: true, notAfter: today });
  if (date.error !== undefined) {
    errors.occurredOn = date.error;
    dateParts = date.parts;
  }
  const body = values.body.trim();
  if (!body) errors.body = 'Enter the note';
  else if (body.length > noteBodyMaxLength) errors.body = `The note must be ${noteBodyMaxLength.toLocaleString('en-GB')} characters or fewer`;
  else if (!isStorableText(body)) errors.body = unstorableTextMessage;
  if (!values.sensitivity) errors.sensitivity = 'Select who can read the note';

  if (Object.keys(errors).length > 0 || !date.date || !values.sensitivity) return { errors, dateParts };
  return {
    note: {
      noteType: values.noteType,
      occurredAt: date.date === today ? now.toISOString() : `${date.date}T12:00:00.000Z`,
      body,
      sensitivity: values.sensitivity,
      personIds: values.personIds,
    },
  };
}

export function caseNoteFields(dateParts: DatePart[]) {
  return [
    { name: 'noteType' },
    { name: 'occurredOn', id: `occurredOn-${dateParts[0] ?? 'day'}` },
    { name: 'personIds' },
    { name: 'body' },
    { name: 'sensitivity' },
  ];
}
