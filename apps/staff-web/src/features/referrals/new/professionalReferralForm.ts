import {
  MAX_APPROXIMATE_AGE,
  professionalReferralSchema,
  type ConcernCategory,
  type ConsentNotSoughtReason,
  type IntakeConsentStatus,
  type ProfessionalReferral,
  type ProfessionalReferralSource,
  type ReferralUrgency,
} from '@childfirst/domain/referrals';
import { emptyDateParts, fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';

/** A child as typed: a stable key (for React and focus), and the details the front door will match on. */
export interface ChildValues {
  key: string;
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  approximateAge: string;
  postcode: string;
  schoolName: string;
}

export interface ProfessionalReferralFormValues {
  source: ProfessionalReferralSource | '';
  referrerRole: string;
  referrerOrganisation: string;
  referrerPhone: string;
  referrerEmail: string;
  children: ChildValues[];
  concerns: ConcernCategory[];
  description: string;
  urgency: ReferralUrgency | '';
  consentStatus: IntakeConsentStatus | '';
  consentReason: ConsentNotSoughtReason | '';
  consentNotSoughtDetail: string;
  consentRefusedDetail: string;
}

/** As professionalReferralSchema allows (referralSubjectsSchema). */
export const maxChildren = 10;

export function emptyChild(key: string): ChildValues {
  return { key, givenName: '', familyName: '', dateOfBirth: emptyDateParts, approximateAge: '', postcode: '', schoolName: '' };
}

export function emptyProfessionalReferral(firstChildKey: string): ProfessionalReferralFormValues {
  return {
    source: '',
    referrerRole: '',
    referrerOrganisation: '',
    referrerPhone: '',
    referrerEmail: '',
    children: [emptyChild(firstChildKey)],
    concerns: [],
    description: '',
    urgency: '',
    consentStatus: '',
    consentReason: '',
    consentNotSoughtDetail: '',
    consentRefusedDetail: '',
  };
}

function childHasContent(child: ChildValues): boolean {
  return [child.givenName, child.familyName, child.approximateAge, child.postcode, child.schoolName, child.dateOfBirth.day, child.dateOfBirth.month, child.dateOfBirth.year].some(
    (value) => value.trim() !== '',
  );
}

/** Whether anything has been typed that is worth keeping as a draft. */
export function hasReferralContent(values: ProfessionalReferralFormValues): boolean {
  return (
    [values.source, values.referrerRole, values.referrerOrganisation, values.referrerPhone, values.referrerEmail, values.description, values.urgency, values.consentStatus].some(
      (value) => value.trim() !== '',
    ) ||
    values.concerns.length > 0 ||
    values.children.length > 1 ||
    values.children.some(childHasContent)
  );
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The id of the question an error is about, for the error summary's link. */
export function fieldIdOf(field: string, dateParts: Record<number, DatePart[]>): string {
  const child = /^subjects\.(\d+)\.(\w+)$/.exec(field);
  if (child) {
    const [, index = '0', member = 'givenName'] = child;
    if (member === 'dateOfBirth') return `subjects-${index}-dateOfBirth-${dateParts[Number(index)]?.[0] ?? 'day'}`;
    if (member === 'personId' || member === 'kind') return `subjects-${index}-givenName`;
    return `subjects-${index}-${member}`;
  }
  if (field === 'subjects') return 'subjects-0-givenName';
  // The radios' first option carries the question's name as its id.
  if (field === 'consentStatus') return 'consent';
  return field;
}

/**
 * The API's field paths ("subjects.0.givenName", "consent.detail", "concerns.2") as this form's
 * fields: consent's members are separate questions here, and any one concern is the concerns.
 */
export function formFieldOf(path: string, consentStatus: ProfessionalReferralFormValues['consentStatus']): string {
  if (path === 'consent' || path === 'consent.status') return 'consentStatus';
  if (path === 'consent.reason') return 'consentReason';
  if (path === 'consent.detail') return consentStatus === 'refused' ? 'consentRefusedDetail' : 'consentNotSoughtDetail';
  if (/^concerns\.\d+$/.test(path)) return 'concerns';
  const child = /^subjects\.(\d+)(?:\.(\w+))?/.exec(path);
  if (child) return child[2] ? `subjects.${child[1]}.${child[2]}` : 'subjects';
  return path;
}

export function formErrorsOf(errors: Record<string, string>, consentStatus: ProfessionalReferralFormValues['consentStatus']): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) mapped[formFieldOf(path, consentStatus)] ??= message;
  return mapped;
}

/** Every field of the form in page order, for the error summary. */
export function referralFields(values: ProfessionalReferralFormValues, dateParts: Record<number, DatePart[]>) {
  const childFields = values.children.flatMap((_child, index) =>
    ['givenName', 'familyName', 'dateOfBirth', 'approximateAge', 'postcode', 'schoolName'].map((member) => `subjects.${index}.${member}`),
  );
  return [
    'source',
    'referrerRole',
    'referrerOrganisation',
    'referrerPhone',
    'referrerEmail',
    'subjects',
    ...childFields,
    'concerns',
    'description',
    'urgency',
    'consentStatus',
    'consentReason',
    'consentNotSoughtDetail',
    'consentRefusedDetail',
  ].map((name) => ({ name, id: fieldIdOf(name, dateParts) }));
}

function consentOf(values: ProfessionalReferralFormValues) {
  switch (values.consentStatus) {
    case 'given':
      return { status: 'given' };
    case 'not-sought':
      return { status: 'not-sought', reason: values.consentReason || undefined, detail: optional(values.consentNotSoughtDetail) };
    case 'refused':
      return { status: 'refused', detail: values.consentRefusedDetail };
    default:
      return undefined;
  }
}

/**
 * zod runs the schema's cross-field check ("a phone number or an email address") only once every
 * field is valid. To list every problem at once, it is asked here too, in the schema's own words,
 * read from the schema with a referral that has everything but the contact details.
 */
let contactMessage: string | undefined;
function contactRequiredMessage(): string {
  contactMessage ??=
    professionalReferralSchema
      .safeParse({
        source: 'school',
        referrerRole: 'Teacher',
        subjects: [{ kind: 'unidentified', givenName: 'A' }],
        concerns: ['20'],
        description: 'A description of twenty characters or more.',
        urgency: 'not-urgent',
        consent: { status: 'given' },
      })
      .error?.issues.find((issue) => issue.path[0] === 'referrerPhone')?.message ?? 'Enter a phone number or email address';
  return contactMessage;
}

const ageMessage = `Enter the child’s approximate age as a whole number of years, from 0 to ${MAX_APPROXIMATE_AGE}`;

export type ProfessionalReferralValidation =
  | { referral: ProfessionalReferral; errors?: undefined; dateParts?: undefined }
  | { referral?: undefined; errors: FieldErrors; /** The parts of each child's date of birth to highlight. */ dateParts: Record<number, DatePart[]> };

/**
 * Checks the referral with the API's own professionalReferralSchema, so the messages are the
 * API's. Dates are read from their three boxes first, with the Design System's messages.
 */
export function validateProfessionalReferral(values: ProfessionalReferralFormValues, today: string): ProfessionalReferralValidation {
  const dateErrors: FieldErrors = {};
  const dateParts: Record<number, DatePart[]> = {};
  const subjects = values.children.map((child, index) => {
    const date = parseDateParts(child.dateOfBirth, { label: 'Date of birth', notAfter: today });
    if (date.error !== undefined) {
      dateErrors[`subjects.${index}.dateOfBirth`] = date.error;
      dateParts[index] = date.parts;
    }
    const age = child.approximateAge.trim();
    return {
      kind: 'unidentified',
      givenName: optional(child.givenName),
      familyName: optional(child.familyName),
      dateOfBirth: date.date ?? undefined,
      // Not a whole number: let the schema say so, in its words.
      approximateAge: age === '' ? undefined : /^\d+$/.test(age) ? Number(age) : Number.NaN,
      postcode: optional(child.postcode),
      schoolName: optional(child.schoolName),
    };
  });
  const result = professionalReferralSchema.safeParse({
    source: values.source || undefined,
    referrerRole: values.referrerRole,
    referrerOrganisation: optional(values.referrerOrganisation),
    referrerPhone: optional(values.referrerPhone),
    referrerEmail: optional(values.referrerEmail),
    subjects,
    concerns: values.concerns,
    description: values.description,
    urgency: values.urgency || undefined,
    consent: consentOf(values),
  });
  const errors: FieldErrors = { ...dateErrors };
  if (!result.success) {
    for (const [path, message] of Object.entries(fieldErrorsFromIssues(result.error.issues))) errors[formFieldOf(path, values.consentStatus)] ??= message;
    // NaN is not a number to zod's eyes, which says "expected number": say what to type instead.
    subjects.forEach((subject, index) => {
      if (Number.isNaN(subject.approximateAge)) errors[`subjects.${index}.approximateAge`] = ageMessage;
    });
    if (!optional(values.referrerPhone) && !optional(values.referrerEmail)) errors.referrerPhone ??= contactRequiredMessage();
  }
  if (result.success && Object.keys(errors).length === 0) return { referral: result.data };
  return { errors, dateParts };
}
