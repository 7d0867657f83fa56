import { emptyDateParts, fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';
import type { PersonSearchCriteria } from '../../api/peopleTypes';
import type { PersonSearchPurpose } from '@childfirst/domain/access';
import { personSearchQuerySchema } from '@childfirst/domain/casework';
import { normaliseNhsNumber, nhsNumberProblem, nhsNumberProblemMessages } from '@childfirst/domain/people';
import { isStorableText, unstorableTextMessage } from '@childfirst/domain/text';

export interface PersonSearchFormValues {
  name: string;
  dateOfBirth: DateParts;
  nhsNumber: string;
  postcode: string;
  /** Why they are searching: asked on Find a person, set by the page where the page says why (matching a referral). */
  purpose: PersonSearchPurpose | '';
  purposeDetail: string;
}

export const emptyPersonSearch: PersonSearchFormValues = { name: '', dateOfBirth: emptyDateParts, nhsNumber: '', postcode: '', purpose: '', purposeDetail: '' };

/** A full postcode, as the API's person search accepts (libs/domain casework personSearchQuerySchema). */
const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;

function normalisePostcode(input: string): string {
  const compact = input.replace(/\s/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export type PersonSearchValidation =
  | { criteria: PersonSearchCriteria; errors?: undefined; dateParts?: undefined }
  | { criteria?: undefined; errors: FieldErrors; /** The date parts to highlight. */ dateParts: DatePart[] };

/**
 * Checks the search before it is sent, so a mistyped NHS number or an impossible date is pointed
 * out rather than finding no one. Any one of the details is enough; the API matches names fuzzily.
 */
export function validatePersonSearch(values: PersonSearchFormValues, today: string): PersonSearchValidation {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] = [];
  const criteria: Omit<PersonSearchCriteria, 'purpose' | 'purposeDetail'> = {};

  const name = values.name.trim().replace(/\s+/g, ' ');
  if (name.length === 1) errors.name = 'Name must be 2 characters or more';
  else if (name.length > 100) errors.name = 'Name must be 100 characters or fewer';
  else if (!isStorableText(name)) errors.name = unstorableTextMessage;
  else if (name) criteria.name = name;

  const date = parseDateParts(values.dateOfBirth, { label: 'Date of birth', notAfter: today });
  if (date.error !== undefined) {
    errors.dateOfBirth = date.error;
    dateParts = date.parts;
  } else if (date.date) {
    criteria.dateOfBirth = date.date;
  }

  if (values.nhsNumber.trim()) {
    const problemCode = nhsNumberProblem(values.nhsNumber);
    const problem = problemCode ? nhsNumberProblemMessages[problemCode] : null;
    if (problem) errors.nhsNumber = problem;
    else criteria.nhsNumber = normaliseNhsNumber(values.nhsNumber);
  }

  if (values.postcode.trim()) {
    const postcode = normalisePostcode(values.postcode);
    if (postcodePattern.test(postcode)) criteria.postcode = postcode;
    else errors.postcode = 'Enter a real postcode, like SG1 1AA';
  }

  // The search as it will be sent, checked with the schema the API checks it with (libs/domain
  // casework): the purpose, and "other" with the reason in words.
  const detail = values.purposeDetail.trim();
  const query = personSearchQuerySchema.safeParse({ ...criteria, ...(values.purpose ? { purpose: values.purpose } : {}), ...(detail ? { purposeDetail: detail } : {}) });
  // A detail typed wrongly keeps the message above; nothing at all to search by is said on the name.
  const termInError = ['name', 'dateOfBirth', 'nhsNumber', 'postcode'].some((field) => errors[field]);
  if (Object.keys(criteria).length === 0 && !termInError) errors.name = 'Enter a name, date of birth, NHS number or postcode';
  if (!query.success) {
    for (const [field, message] of Object.entries(fieldErrorsFromIssues(query.error.issues))) if (field !== '') errors[field] ??= message;
  }
  if (Object.keys(errors).length > 0 || !query.success) return { errors, dateParts };
  return { criteria: query.data };
}

/** The fields in page order; a date error links to the first part in error. */
export function personSearchFields(dateParts: DatePart[]) {
  return [
    { name: 'name' },
    { name: 'dateOfBirth', id: `dateOfBirth-${dateParts[0] ?? 'day'}` },
    { name: 'nhsNumber' },
    { name: 'postcode' },
    { name: 'purpose' },
    { name: 'purposeDetail' },
  ];
}
