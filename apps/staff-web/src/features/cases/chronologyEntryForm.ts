import { fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';
import type { ChronologyEventType, Sensitivity } from '@childfirst/domain/cases';
import { curatedChronologyEntrySchema } from '@childfirst/domain/casework';
import type { NewChronologyEntry } from '../../api/casesTypes';
import { londonDateTimeToIso, parseTime } from '../../forms/dateTime';

/** "Who is it about?" answered with the whole family: the entry names nobody. */
export const wholeFamily = 'whole-family';

export interface ChronologyEntryFormValues {
  occurredOn: DateParts;
  occurredTime: string;
  eventType: ChronologyEventType | '';
  /** A member's person id, or wholeFamily. */
  about: string;
  summary: string;
  sensitivity: Sensitivity | '';
}

export function chronologyEntryFields(dateParts: DatePart[]) {
  return [
    { name: 'occurredOn', id: `occurredOn-${dateParts[0] ?? 'day'}` },
    { name: 'occurredTime', id: 'occurredTime' },
    { name: 'eventType', id: 'eventType' },
    { name: 'about', id: 'about' },
    { name: 'summary', id: 'summary' },
    { name: 'sensitivity', id: 'sensitivity' },
  ];
}

/** The API's field errors, keyed as this form keys its fields (it asks for the date and the time apart). */
export function chronologyEntryErrorsFromApi(errors: Record<string, string>): FieldErrors {
  const { occurredAt, personId, ...rest } = errors;
  return { ...rest, ...(occurredAt ? { occurredOn: occurredAt } : {}), ...(personId ? { about: personId } : {}) };
}

export type ChronologyEntryValidation =
  | { entry: NewChronologyEntry; errors?: undefined; dateParts?: undefined }
  | { entry?: undefined; errors: FieldErrors; dateParts: DatePart[] };

/**
 * Checks the entry with the API's curatedChronologyEntrySchema. The date and time are read in UK
 * time and must not be in the future: a chronology records what has happened.
 */
export function validateChronologyEntry(values: ChronologyEntryFormValues, now: Date, today: string): ChronologyEntryValidation {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] = [];
  let occurredAt: string | undefined;
  const date = parseDateParts(values.occurredOn, { label: 'The date it happened', required: true, notAfter: today });
  if (date.error !== undefined) {
    errors.occurredOn = date.error;
    dateParts = date.parts;
  }
  const time = parseTime(values.occurredTime);
  if (!values.occurredTime.trim()) errors.occurredTime = 'Enter the time it happened, like 9:30am or 14:30';
  else if (!time) errors.occurredTime = 'Enter the time it happened as a real time, like 9:30am or 14:30';
  if (date.date && time) {
    occurredAt = londonDateTimeToIso(date.date, time);
    if (new Date(occurredAt).getTime() > now.getTime()) errors.occurredTime = 'The time it happened must be now or in the past';
  }
  if (!values.about) errors.about = 'Choose who it is about, or the whole family';

  const parsed = curatedChronologyEntrySchema.safeParse({
    occurredAt,
    eventType: values.eventType || undefined,
    summary: values.summary,
    personId: values.about && values.about !== wholeFamily ? values.about : undefined,
    sensitivity: values.sensitivity || undefined,
  });
  const schemaErrors = chronologyEntryErrorsFromApi(parsed.success ? {} : (fieldErrorsFromIssues(parsed.error.issues) as Record<string, string>));
  // The date or the time already says what is wrong with when it happened.
  if (errors.occurredOn || errors.occurredTime) delete schemaErrors.occurredOn;
  for (const [field, message] of Object.entries(schemaErrors)) errors[field] ??= message;

  if (Object.keys(errors).length > 0 || !parsed.success) return { errors, dateParts };
  return { entry: parsed.data };
}
