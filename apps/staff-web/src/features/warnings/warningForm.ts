import { fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';
import type { PersonToldAnswer, WarningType } from '@childfirst/domain/cases';
import { warningEndSchema, warningNoteSubmissionSchema } from '@childfirst/domain/casework';
import type { NewWarning } from '../../api/casesTypes';

export interface WarningFormValues {
  personId: string;
  type: WarningType | '';
  description: string;
  reviewOn: DateParts;
  personTold: PersonToldAnswer | '';
  personNotToldReason: string;
}

/** The reason is asked under "No" and under "Not yet" (GOV.UK conditional reveal): one field for each, the same answer. */
export function notToldReasonId(personTold: PersonToldAnswer | ''): string {
  return personTold === 'not-yet' ? 'personNotToldReason-not-yet' : 'personNotToldReason-no';
}

/** The form's fields in page order, keyed by the schema's paths, with the id each error links to. */
export function warningFields(values: WarningFormValues, dateParts: DatePart[]) {
  return [
    { name: 'personId', id: 'personId' },
    { name: 'type', id: 'type' },
    { name: 'description', id: 'description' },
    { name: 'reviewOn', id: `reviewOn-${dateParts[0] ?? 'day'}` },
    { name: 'personTold', id: 'personTold' },
    { name: 'personNotToldReason', id: notToldReasonId(values.personTold) },
  ];
}

export type WarningValidation =
  | { personId: string; warning: NewWarning; errors?: undefined; dateParts?: undefined }
  | { personId?: undefined; warning?: undefined; errors: FieldErrors; dateParts: DatePart[] };

/** A warning that passes every check but the reason's, to ask the schema about the reason on its own. */
const completeWarning = { type: 'other', description: 'Any description long enough', reviewOn: '2099-01-01' } as const;

/**
 * Checks a warning with the API's own schema (warningNoteSubmissionSchema), so the messages are
 * the API's. A review date in the past is refused here too: a warning is reviewed from now on.
 */
export function validateWarning(values: WarningFormValues, today: string): WarningValidation {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] = [];
  if (!values.personId) errors.personId = 'Choose who the warning is about';
  const review = parseDateParts(values.reviewOn, { label: 'The review date', required: true });
  if (review.error !== undefined) {
    errors.reviewOn = review.error;
    dateParts = review.parts;
  } else if (review.date && review.date < today) {
    errors.reviewOn = 'The review date must be today or in the future';
  }

  const told = values.personTold || undefined;
  const reason = told && told !== 'yes' ? values.personNotToldReason.trim() || undefined : undefined;
  const input = { type: values.type || undefined, description: values.description, reviewOn: review.date ?? undefined, personTold: told, personNotToldReason: reason };
  const parsed = warningNoteSubmissionSchema.safeParse(input);
  const schemaErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  // The schema asks for the reason only once everything else is valid: ask about it on its own, so every error shows at once.
  if (told && !parsed.success) {
    const reasonCheck = warningNoteSubmissionSchema.safeParse({ ...completeWarning, personTold: told, personNotToldReason: reason });
    if (!reasonCheck.success) Object.assign(schemaErrors, fieldErrorsFromIssues(reasonCheck.error.issues));
  }
  for (const [field, message] of Object.entries(schemaErrors)) errors[field] ??= message;

  if (Object.keys(errors).length > 0 || !parsed.success) return { errors, dateParts };
  return { personId: values.personId, warning: parsed.data };
}

/** Ending a warning, checked with the API's warningEndSchema. */
export function validateWarningEnd(version: number, reason: string): { reason: string; errors?: undefined } | { reason?: undefined; errors: FieldErrors } {
  const parsed = warningEndSchema.safeParse({ version, reason });
  if (!parsed.success) return { errors: fieldErrorsFromIssues(parsed.error.issues) };
  return { reason: parsed.data.reason };
}
