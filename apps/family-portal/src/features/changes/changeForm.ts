import { changeKindCodes, changeOfCircumstancesSchema, type ChangeKind, type ChangeOfCircumstances } from '@childfirst/domain/portal';
import { emptyDateParts, fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';

export { changeKindCodes };
export type { ChangeKind };

/** The details' limit in the shared schema. */
export const DETAILS_MAX_LENGTH = 4000;

export interface ChangeFormValues {
  kind: ChangeKind | '';
  details: string;
  effectiveFrom: DateParts;
}

export const emptyChangeForm: ChangeFormValues = { kind: '', details: '', effectiveFrom: emptyDateParts };

export function changeFormFields(dateParts: DatePart[] = []) {
  return [{ name: 'kind' }, { name: 'details' }, { name: 'effectiveFrom', id: `effectiveFrom-${dateParts[0] ?? 'day'}` }];
}

export type ChangeFormResult = { change: ChangeOfCircumstances; errors?: undefined; dateParts?: undefined } | { change?: undefined; errors: FieldErrors; dateParts: DatePart[] };

/**
 * Builds the change from the form and checks it with changeOfCircumstancesSchema, as the API does.
 * The date is optional; typed in three boxes, it is read first with the Design System's messages.
 */
export function validateChangeForm(values: ChangeFormValues, dateLabel: string): ChangeFormResult {
  const date = parseDateParts(values.effectiveFrom, { label: dateLabel });
  const result = changeOfCircumstancesSchema.safeParse({
    kind: values.kind || undefined,
    details: values.details,
    effectiveFrom: date.error === undefined ? (date.date ?? undefined) : undefined,
  });
  if (result.success && date.error === undefined) return { change: result.data };
  const errors = result.success ? {} : fieldErrorsFromIssues(result.error.issues);
  if (date.error !== undefined) errors.effectiveFrom = date.error;
  return { errors, dateParts: date.error !== undefined ? date.parts : [] };
}
