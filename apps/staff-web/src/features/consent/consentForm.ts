import { fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';
import { agencyCodes, type Agency } from '@childfirst/domain/agencies';
import type { ConsentPurpose } from '@childfirst/domain/cases';
import { consentOverrideSubmissionSchema, consentRecordSchema, consentWithdrawalSchema } from '@childfirst/domain/casework';
import type { ConsentWithdrawal, NewConsent, NewConsentOverride } from '../../api/casesTypes';
import { instantOfDate } from '../../forms/dateTime';

/** "Who gave consent?" answered with the whole family: the consent names nobody. */
export const wholeFamily = 'whole-family';

export interface ConsentFormValues {
  /** An adult's person id, or wholeFamily. */
  givenBy: string;
  /** What was agreed, agency by agency. */
  purposes: Partial<Record<Agency, ConsentPurpose[]>>;
  givenOn: DateParts;
}

/** An error about the scopes links to the first checkbox of the first agency. */
export const scopesFieldId = `scopes-${agencyCodes[0]}`;

export function consentFields(dateParts: DatePart[]) {
  return [
    { name: 'givenBy', id: 'givenBy' },
    { name: 'scopes', id: scopesFieldId },
    { name: 'givenOn', id: `givenOn-${dateParts[0] ?? 'day'}` },
  ];
}

/** The API's field errors, keyed as this form keys its fields ("scopes.2" is about the scopes as a whole). */
export function consentErrorsFromApi(errors: Record<string, string>): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path === 'personId' ? 'givenBy' : path === 'givenAt' ? 'givenOn' : path.startsWith('scopes') ? 'scopes' : path;
    mapped[field] ??= message;
  }
  return mapped;
}

export type ConsentValidation = { consent: NewConsent; errors?: undefined; dateParts?: undefined } | { consent?: undefined; errors: FieldErrors; dateParts: DatePart[] };

/** Checks the consent with the API's consentRecordSchema; it cannot have been given in the future. */
export function validateConsent(values: ConsentFormValues, now: Date, today: string): ConsentValidation {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] = [];
  if (!values.givenBy) errors.givenBy = 'Choose who gave consent, or the whole family';
  const date = parseDateParts(values.givenOn, { label: 'The date consent was given', required: true, notAfter: today });
  if (date.error !== undefined) {
    errors.givenOn = date.error;
    dateParts = date.parts;
  }
  const scopes = agencyCodes.flatMap((agency) => (values.purposes[agency] ?? []).map((purpose) => ({ agency, purpose })));
  const parsed = consentRecordSchema.safeParse({
    personId: values.givenBy && values.givenBy !== wholeFamily ? values.givenBy : undefined,
    scopes,
    givenAt: date.date ? instantOfDate(date.date, today, now) : undefined,
  });
  const schemaErrors = consentErrorsFromApi(parsed.success ? {} : (fieldErrorsFromIssues(parsed.error.issues) as Record<string, string>));
  for (const [field, message] of Object.entries(schemaErrors)) errors[field] ??= message;
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors, dateParts };
  return { consent: parsed.data };
}

export interface ConsentOverrideFormValues {
  agency: Agency | '';
  legalBasis: string;
  reason: string;
}

export const consentOverrideFields = [
  { name: 'agency', id: 'agency' },
  { name: 'legalBasis', id: 'legalBasis' },
  { name: 'reason', id: 'reason' },
];

export function validateConsentOverride(values: ConsentOverrideFormValues): { override: NewConsentOverride; errors?: undefined } | { override?: undefined; errors: FieldErrors } {
  const parsed = consentOverrideSubmissionSchema.safeParse({ agency: values.agency || undefined, legalBasis: values.legalBasis || undefined, reason: values.reason });
  if (!parsed.success) return { errors: fieldErrorsFromIssues(parsed.error.issues) };
  return { override: parsed.data };
}

export function validateConsentWithdrawal(note: string): { withdrawal: ConsentWithdrawal; errors?: undefined } | { withdrawal?: undefined; errors: FieldErrors } {
  const parsed = consentWithdrawalSchema.safeParse({ note: note.trim() || undefined });
  if (!parsed.success) return { errors: fieldErrorsFromIssues(parsed.error.issues) };
  return { withdrawal: parsed.data };
}
