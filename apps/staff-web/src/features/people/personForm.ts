import { emptyDateParts, fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';
import {
  checkPersonDates,
  disabilities,
  personCreateSchema,
  type Disability,
  type Ethnicity,
  type GenderIdentity,
  type Language,
  type PersonCreate,
  type Religion,
  type Sex,
} from '@childfirst/domain/people';
import { codeListItems } from '../../forms/CodeList';

/** "Has the person been born?": an unborn child has an expected date of birth instead (CIN census N00098). */
export type BornAnswer = 'born' | 'not-born';

export interface PersonFormValues {
  givenName: string;
  middleNames: string;
  familyName: string;
  preferredName: string;
  born: BornAnswer | '';
  dateOfBirth: DateParts;
  expectedDateOfBirth: DateParts;
  sex: Sex | '';
  genderIdentity: GenderIdentity | '';
  ethnicity: Ethnicity | '';
  firstLanguage: Language | '';
  interpreterNeeded: 'yes' | 'no' | '';
  religion: Religion | '';
  disabilities: Disability[];
  nhsNumber: string;
  upn: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
}

export const emptyPersonForm: PersonFormValues = {
  givenName: '',
  middleNames: '',
  familyName: '',
  preferredName: '',
  born: '',
  dateOfBirth: emptyDateParts,
  expectedDateOfBirth: emptyDateParts,
  sex: '',
  genderIdentity: '',
  ethnicity: '',
  firstLanguage: '',
  interpreterNeeded: '',
  religion: '',
  disabilities: [],
  nhsNumber: '',
  upn: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
};

/** "No disability" goes last: it cannot be chosen with any other. */
export const disabilityOptions = codeListItems(disabilities, ['NONE']);
export const noDisability = { value: 'NONE' as const, text: disabilities.NONE.label };

/**
 * "No disability" is exclusive (GOV.UK "Add an option for 'none'"): ticking it clears the others,
 * and ticking another clears it, as the CIN census refuses NONE beside an impairment.
 */
export function exclusiveDisabilities(previous: readonly Disability[], next: readonly Disability[]): Disability[] {
  const added = next.filter((code) => !previous.includes(code));
  if (added.includes('NONE')) return ['NONE'];
  if (added.length > 0) return next.filter((code) => code !== 'NONE');
  return [...next];
}

/**
 * Form fields in page order, keyed by the path personCreateSchema reports (so the schema's and the
 * API's messages land on the right field), each with the id of the input an error links to.
 */
export function personFormFields(dateParts: DatePart[]) {
  return [
    { name: 'name.givenName', id: 'givenName' },
    { name: 'name.middleNames', id: 'middleNames' },
    { name: 'name.familyName', id: 'familyName' },
    { name: 'name.preferredName', id: 'preferredName' },
    { name: 'born', id: 'born' },
    { name: 'dateOfBirth', id: `dateOfBirth-${dateParts[0] ?? 'day'}` },
    { name: 'expectedDateOfBirth', id: `expectedDateOfBirth-${dateParts[0] ?? 'day'}` },
    { name: 'sex', id: 'sex' },
    { name: 'genderIdentity', id: 'genderIdentity' },
    { name: 'ethnicity', id: 'ethnicity' },
    { name: 'firstLanguage', id: 'firstLanguage' },
    { name: 'interpreterNeeded', id: 'interpreterNeeded' },
    { name: 'religion', id: 'religion' },
    { name: 'disabilities', id: 'disabilities' },
    { name: 'nhsNumber', id: 'nhsNumber' },
    { name: 'upn', id: 'upn' },
    { name: 'address.line1', id: 'addressLine1' },
    { name: 'address.line2', id: 'addressLine2' },
    { name: 'address.town', id: 'town' },
    { name: 'address.postcode', id: 'postcode' },
  ];
}

export type PersonFormValidation =
  | { person: PersonCreate; errors?: undefined; dateParts?: undefined }
  | { person?: undefined; errors: FieldErrors; /** The date parts to highlight. */ dateParts: DatePart[] };

const optional = (value: string) => value.trim() || undefined;

/**
 * The field errors of an API problem on POST /staff/people ("person.name.givenName"), keyed as the
 * form keys them; a date problem is put on the date the person actually gave.
 */
export function personFormErrorsFromApi(errors: Record<string, string>, born: BornAnswer | ''): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.replace(/^person\./, '');
    mapped[field === 'dateOfBirth' && born === 'not-born' ? 'expectedDateOfBirth' : field] ??= message;
  }
  return mapped;
}

/**
 * Checks a new person with the API's own rules – personCreateSchema, then checkPersonDates for
 * today – so what the form accepts, the API accepts, with the same messages. The GOV.UK date
 * inputs are read first, to say which part of a date is missing or wrong.
 */
export function validatePersonForm(values: PersonFormValues, today: string): PersonFormValidation {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] = [];
  let dateOfBirth: string | undefined;
  let expectedDateOfBirth: string | undefined;

  if (values.born === '') {
    errors.born = 'Select whether the person has been born yet';
  } else {
    const dateField = values.born === 'born' ? 'dateOfBirth' : 'expectedDateOfBirth';
    const date = parseDateParts(values[dateField], { label: values.born === 'born' ? 'Date of birth' : 'Expected date of birth' });
    if (date.error !== undefined) {
      errors[dateField] = date.error;
      dateParts = date.parts;
    } else if (date.date) {
      if (values.born === 'born') dateOfBirth = date.date;
      else expectedDateOfBirth = date.date;
    }
  }

  const hasAddress = [values.addressLine1, values.addressLine2, values.town, values.postcode].some((value) => value.trim() !== '');
  const input = {
    name: {
      givenName: values.givenName,
      middleNames: optional(values.middleNames),
      familyName: values.familyName,
      preferredName: optional(values.preferredName),
    },
    dateOfBirth,
    expectedDateOfBirth,
    sex: values.sex || undefined,
    genderIdentity: values.genderIdentity || undefined,
    ethnicity: values.ethnicity || undefined,
    firstLanguage: values.firstLanguage || undefined,
    interpreterNeeded: values.interpreterNeeded === '' ? undefined : values.interpreterNeeded === 'yes',
    religion: values.religion || undefined,
    disabilities: values.disabilities,
    nhsNumber: optional(values.nhsNumber),
    upn: optional(values.upn),
    address: hasAddress
      ? { line1: values.addressLine1, line2: optional(values.addressLine2), town: values.town, postcode: values.postcode }
      : undefined,
  };

  const parsed = personCreateSchema.safeParse(input);
  const schemaErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  // The schema puts "enter a date" on the date of birth; for an unborn child the expected date is missing.
  if (values.born === '') delete schemaErrors.dateOfBirth;
  for (const [field, message] of Object.entries(personFormErrorsFromApi(schemaErrors as Record<string, string>, values.born))) errors[field] ??= message;
  if (!errors.dateOfBirth && !errors.expectedDateOfBirth) {
    for (const problem of checkPersonDates(input, today)) {
      errors[problem.path[0]] ??= problem.message;
      dateParts = [];
    }
  }

  if (Object.keys(errors).length > 0 || !parsed.success) return { errors, dateParts };
  return { person: parsed.data };
}
