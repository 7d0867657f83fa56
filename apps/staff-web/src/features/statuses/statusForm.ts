import { fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';
import type { CaseStatusType, ChildProtectionCategory, LookedAfterLegalStatus } from '@childfirst/domain/cases';
import { caseStatusEndSchema, caseStatusSubmissionSchema } from '@childfirst/domain/casework';
import type { NewCaseStatus } from '../../api/casesTypes';

export interface CaseStatusFormValues {
  personId: string;
  statusType: CaseStatusType | '';
  /** Asked only for a child protection plan. */
  category: ChildProtectionCategory | '';
  /** Asked only for a looked-after child. */
  legalStatus: LookedAfterLegalStatus | '';
  startedOn: DateParts;
}

export function caseStatusFields(dateParts: DatePart[]) {
  return [
    { name: 'personId', id: 'personId' },
    { name: 'statusType', id: 'statusType' },
    { name: 'category', id: 'category' },
    { name: 'legalStatus', id: 'legalStatus' },
    { name: 'startedOn', id: `startedOn-${dateParts[0] ?? 'day'}` },
  ];
}

export type CaseStatusValidation = { status: NewCaseStatus; errors?: undefined; dateParts?: undefined } | { status?: undefined; errors: FieldErrors; dateParts: DatePart[] };

/**
 * Checks the status with the API's caseStatusSubmissionSchema. Only the chosen status's own
 * question is sent: a category for a child protection plan, a legal status for a looked-after child.
 */
export function validateCaseStatus(values: CaseStatusFormValues): CaseStatusValidation {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] = [];
  const date = parseDateParts(values.startedOn, { label: 'The start date', required: true });
  if (date.error !== undefined) {
    errors.startedOn = date.error;
    dateParts = date.parts;
  }
  const common = { personId: values.personId || undefined, startedOn: date.date ?? undefined };
  const input =
    values.statusType === 'child-protection-plan'
      ? { statusType: values.statusType, category: values.category || undefined, ...common }
      : values.statusType === 'looked-after'
        ? { statusType: values.statusType, legalStatus: values.legalStatus || undefined, ...common }
        : { statusType: values.statusType || undefined, ...common };
  const parsed = caseStatusSubmissionSchema.safeParse(input);
  const schemaErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  // Without a status the schema says only that; ask it about the rest as for any status, so every error shows at once.
  if (!values.statusType) {
    const rest = caseStatusSubmissionSchema.safeParse({ ...common, statusType: 'early-help' });
    if (!rest.success) Object.assign(schemaErrors, fieldErrorsFromIssues(rest.error.issues));
  }
  for (const [field, message] of Object.entries(schemaErrors)) if (message) errors[field] ??= message;
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors, dateParts };
  return { status: parsed.data };
}

/** Ending a status: a real date, today or before, and not before it started. */
export function validateCaseStatusEnd(endedOn: DateParts, startedOn: string, today: string): { endedOn: string; errors?: undefined; dateParts?: undefined } | { endedOn?: undefined; errors: FieldErrors; dateParts: DatePart[] } {
  const date = parseDateParts(endedOn, { label: 'The end date', required: true, notAfter: today });
  if (date.error !== undefined) return { errors: { endedOn: date.error }, dateParts: date.parts };
  const parsed = caseStatusEndSchema.safeParse({ endedOn: date.date ?? undefined });
  if (!parsed.success) return { errors: fieldErrorsFromIssues(parsed.error.issues), dateParts: [] };
  if (parsed.data.endedOn < startedOn) return { errors: { endedOn: 'The end date must be on or after the start date' }, dateParts: [] };
  return { endedOn: parsed.data.endedOn };
}
