import { datePartsOf, emptyDateParts, fieldErrorsFromIssues, parseDateParts, type DatePart, type FieldErrors } from '@childfirst/ui';
import {
  checkPersonDates,
  disabilities,
  ethnicities,
  genderIdentities,
  languages,
  normaliseNhsNumber,
  personUpdateSchema,
  religions,
  sexes,
  type Disability,
  type PersonUpdate,
} from '@childfirst/domain/people';
import type { PersonRecord } from '../../api/peopleTypes';
import { emptyPersonForm, personFormErrorsFromApi, type PersonFormValues } from './personForm';

type Field = keyof PersonFormValues;

function codeIn<Code extends string>(list: Record<Code, unknown>, code: string | null): Code | '' {
  return code !== null && Object.hasOwn(list, code) ? (code as Code) : '';
}

/**
 * The record's details as the form shows them. A code the lists no longer hold shows as not
 * recorded, and is kept as it is unless the person chooses another.
 */
export function personFormValuesOf(person: PersonRecord): PersonFormValues {
  return {
    ...emptyPersonForm,
    givenName: person.givenName,
    middleNames: person.middleNames ?? '',
    familyName: person.familyName,
    preferredName: person.preferredName ?? '',
    born: person.dateOfBirth ? 'born' : person.expectedDateOfBirth ? 'not-born' : '',
    dateOfBirth: person.dateOfBirth ? datePartsOf(person.dateOfBirth) : emptyDateParts,
    expectedDateOfBirth: person.expectedDateOfBirth ? datePartsOf(person.expectedDateOfBirth) : emptyDateParts,
    sex: codeIn(sexes, person.sex),
    genderIdentity: codeIn(genderIdentities, person.genderIdentity),
    ethnicity: codeIn(ethnicities, person.ethnicity),
    firstLanguage: codeIn(languages, person.firstLanguage),
    interpreterNeeded: person.interpreterNeeded ? 'yes' : 'no',
    religion: codeIn(religions, person.religion),
    disabilities: person.disabilities.map((disability) => disability.code).filter((code): code is Disability => Object.hasOwn(disabilities, code)),
    nhsNumber: person.nhsNumber ?? '',
    upn: person.upn ?? '',
  };
}

function sameAnswer(one: PersonFormValues, other: PersonFormValues, field: Field): boolean {
  if (field === 'disabilities') return [...one.disabilities].sort().join() === [...other.disabilities].sort().join();
  if (field === 'nhsNumber') return normaliseNhsNumber(one.nhsNumber.trim()) === normaliseNhsNumber(other.nhsNumber.trim());
  if (field === 'upn') return one.upn.trim().toUpperCase() === other.upn.trim().toUpperCase();
  return JSON.stringify(one[field]) === JSON.stringify(other[field]);
}

/** Whether anything differs from the record as it was opened. */
export function hasChanges(baseline: PersonFormValues, values: PersonFormValues): boolean {
  return (Object.keys(values) as Field[]).some((field) => !sameAnswer(baseline, values, field));
}

/**
 * After someone else changed the record: their version of every detail, except the ones this
 * person changed, which keep what they typed.
 */
export function keepMyChanges(openedAs: PersonFormValues, mine: PersonFormValues, theirs: PersonFormValues): PersonFormValues {
  const merged: PersonFormValues = { ...theirs };
  for (const field of Object.keys(mine) as Field[]) {
    if (!sameAnswer(openedAs, mine, field)) Object.assign(merged, { [field]: mine[field] });
  }
  return merged;
}

export const nothingChanged = 'You have not changed anything. Change a detail, or go back to the record.';

export type PersonChangeValidation =
  | { change: PersonUpdate; errors?: undefined; dateParts?: undefined }
  | { change?: undefined; errors: FieldErrors; dateParts: DatePart[] };

const optional = (value: string) => value.trim() || undefined;
const nameFields: Field[] = ['givenName', 'middleNames', 'familyName', 'preferredName'];
const clearable = ['genderIdentity', 'ethnicity', 'firstLanguage', 'religion'] as const;

/**
 * Only the details that changed, with the version they were changed on (PATCH /staff/people/:id),
 * checked with the API's own personUpdateSchema and checkPersonDates. An optional detail that is
 * cleared is sent as null; a name is sent whole, as the API takes it.
 */
export function validatePersonChange(baseline: PersonFormValues, values: PersonFormValues, version: number, today: string): PersonChangeValidation {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] = [];
  const changed = (field: Field) => !sameAnswer(baseline, values, field);
  const input: Record<string, unknown> = {};

  if (nameFields.some(changed)) {
    input.name = { givenName: values.givenName, middleNames: optional(values.middleNames), familyName: values.familyName, preferredName: optional(values.preferredName) };
  }
  const dateField = values.born === 'born' ? 'dateOfBirth' : values.born === 'not-born' ? 'expectedDateOfBirth' : null;
  if (dateField && (changed(dateField) || changed('born'))) {
    const date = parseDateParts(values[dateField], { label: dateField === 'dateOfBirth' ? 'Date of birth' : 'Expected date of birth', required: true });
    if (date.error !== undefined) {
      errors[dateField] = date.error;
      dateParts = date.parts;
    } else {
      input[dateField] = date.date;
    }
  }
  if (changed('sex')) input.sex = values.sex || undefined;
  for (const field of clearable) if (changed(field)) input[field] = values[field] || null;
  if (changed('interpreterNeeded')) input.interpreterNeeded = values.interpreterNeeded === 'yes';
  if (changed('disabilities')) input.disabilities = values.disabilities;
  if (changed('nhsNumber')) input.nhsNumber = optional(values.nhsNumber) ?? null;
  if (changed('upn')) input.upn = optional(values.upn) ?? null;

  if (Object.keys(input).length === 0 && Object.keys(errors).length === 0) return { errors: { nothingChanged }, dateParts };
  const parsed = personUpdateSchema.safeParse({ ...input, version });
  const schemaErrors = parsed.success ? {} : personFormErrorsFromApi(fieldErrorsFromIssues(parsed.error.issues) as Record<string, string>, values.born);
  for (const [field, message] of Object.entries(schemaErrors)) errors[field] ??= message;
  if (!errors.dateOfBirth && !errors.expectedDateOfBirth) {
    for (const problem of checkPersonDates(input as { dateOfBirth?: string; expectedDateOfBirth?: string }, today)) errors[problem.path[0]] ??= problem.message;
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors, dateParts };
  return { change: parsed.data };
}
