import { z } from 'zod';
import { addressSchema } from './address';
import { addCalendarDays, calendarDateParts } from './calendar-date';
import { disabilitiesSchema } from './disabilities';
import { ethnicitySchema } from './ethnicities';
import { genderIdentitySchema } from './gender-identities';
import { languageSchema } from './languages';
import { nhsNumberSchema } from './nhs-number';
import { personAliasSchema } from './person-alias';
import { personNameSchema } from './person-name';
import { religionSchema } from './religions';
import { sexSchema } from './sexes';
import { upnSchema } from './unique-pupil-number';
import { storableText } from '../text';

const isoDate = (message: string) => z.iso.date({ error: message });

/**
 * The fields of a person record. The characteristics use the CIN census / DfE codes so statutory
 * returns are a mapping (PRODUCT.md, "What the platform holds"). Optional characteristics are left
 * out rather than guessed; "not known" codes exist for when someone asked and got no answer.
 */
const personFields = {
  name: personNameSchema,
  aliases: z.array(personAliasSchema).max(20, { error: 'Record at most 20 other names' }).optional(),
  /** Known for anyone born; CIN census N00066. */
  dateOfBirth: isoDate('Enter the date of birth as a real date, like 2019-03-27'),
  /** For an unborn child (pre-birth assessment, new-birth concerns); CIN census N00098. */
  expectedDateOfBirth: isoDate('Enter the expected date of birth as a real date, like 2026-03-27'),
  sex: sexSchema,
  genderIdentity: genderIdentitySchema.optional(),
  ethnicity: ethnicitySchema.optional(),
  firstLanguage: languageSchema.optional(),
  interpreterNeeded: z.boolean({ error: 'Say whether an interpreter is needed' }),
  religion: religionSchema.optional(),
  disabilities: disabilitiesSchema,
  nhsNumber: nhsNumberSchema.optional(),
  upn: upnSchema.optional(),
  address: addressSchema.optional(),
  schoolId: z.uuid({ error: 'Choose the school from the list' }).optional(),
  gpPracticeId: z.uuid({ error: 'Choose the GP practice from the list' }).optional(),
};

/** A new person record. Exactly one of date of birth and expected date of birth. */
export const personCreateSchema = z
  .object({
    ...personFields,
    dateOfBirth: personFields.dateOfBirth.optional(),
    expectedDateOfBirth: personFields.expectedDateOfBirth.optional(),
  })
  .strict()
  .check(storableText)
  .superRefine((person, ctx) => {
    if (person.dateOfBirth === undefined && person.expectedDateOfBirth === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfBirth'],
        message: 'Enter the date of birth, or the expected date of birth for an unborn child',
      });
    }
    if (person.dateOfBirth !== undefined && person.expectedDateOfBirth !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['expectedDateOfBirth'],
        message: 'Enter either the date of birth or the expected date of birth, not both',
      });
    }
  });
export type PersonCreate = z.infer<typeof personCreateSchema>;

/**
 * A change to a person record: only the fields that changed, plus the `version` the editor saw, so
 * an edit made over someone else's is detected instead of silently overwriting it (PRODUCT.md:
 * "conflict detection instead of locks"). Optional details can be cleared with null. Recording a
 * date of birth for a child who was expected ends the expected date: the service clears it.
 */
export const personUpdateSchema = z
  .object({
    name: personFields.name.optional(),
    aliases: personFields.aliases,
    dateOfBirth: personFields.dateOfBirth.optional(),
    expectedDateOfBirth: personFields.expectedDateOfBirth.optional(),
    sex: personFields.sex.optional(),
    genderIdentity: genderIdentitySchema.nullable().optional(),
    ethnicity: ethnicitySchema.nullable().optional(),
    firstLanguage: languageSchema.nullable().optional(),
    interpreterNeeded: personFields.interpreterNeeded.optional(),
    religion: religionSchema.nullable().optional(),
    disabilities: personFields.disabilities.optional(),
    nhsNumber: nhsNumberSchema.nullable().optional(),
    upn: upnSchema.nullable().optional(),
    address: addressSchema.nullable().optional(),
    schoolId: personFields.schoolId.unwrap().nullable().optional(),
    gpPracticeId: personFields.gpPracticeId.unwrap().nullable().optional(),
    version: z
      .number({ error: 'Send the version of the record you changed, so nobody else’s changes are overwritten' })
      .int({ error: 'The record version must be a whole number of 1 or more' })
      .positive({ error: 'The record version must be a whole number of 1 or more' }),
  })
  .strict()
  .check(storableText)
  .superRefine((change, ctx) => {
    if (change.dateOfBirth !== undefined && change.expectedDateOfBirth !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['expectedDateOfBirth'],
        message: 'Enter either the date of birth or the expected date of birth, not both',
      });
    }
  });
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

/** The fields of a person record as people name them, for "what changed" messages. */
export const personFieldLabels = {
  name: 'Name',
  aliases: 'Other names',
  dateOfBirth: 'Date of birth',
  expectedDateOfBirth: 'Expected date of birth',
  sex: 'Sex',
  genderIdentity: 'Gender identity',
  ethnicity: 'Ethnicity',
  firstLanguage: 'First language',
  interpreterNeeded: 'Interpreter needed',
  religion: 'Religion',
  disabilities: 'Disabilities',
  nhsNumber: 'NHS number',
  upn: 'Unique pupil number',
  address: 'Address',
  schoolId: 'School',
  gpPracticeId: 'GP practice',
} as const satisfies Record<Exclude<keyof PersonUpdate, 'version'>, string>;
export type PersonField = keyof typeof personFieldLabels;

/** The fields an update sets, in form order. */
export function fieldsChangedBy(change: PersonUpdate): PersonField[] {
  return (Object.keys(personFieldLabels) as PersonField[]).filter((field) => change[field] !== undefined);
}

export interface PersonDateProblem {
  path: ['dateOfBirth'] | ['expectedDateOfBirth'];
  message: string;
}

/** Nobody on a record was born more than this many years ago (the oldest living people are about 116). */
export const OLDEST_AGE_ACCEPTED = 120;
/** A pregnancy lasts at most about 42 weeks, so an expected date further ahead is a typing error. */
export const EXPECTED_BIRTH_LATEST_DAYS_AHEAD = 42 * 7;
/** A baby still unborn two weeks after the expected date is rare; a later date most likely needs a date of birth instead. */
export const EXPECTED_BIRTH_EARLIEST_DAYS_AGO = 14;

/**
 * The date checks that depend on today (given as YYYY-MM-DD, London date): a date of birth is not
 * in the future nor over 120 years ago; an expected date of birth is no more than 2 weeks ago and no
 * more than 42 weeks ahead. Works on a new record or a change (absent or null dates are skipped);
 * the dates must already be well-formed (the schemas check that). Returns no problems when all is well;
 * throws a RangeError when `today` is not a calendar date.
 */
export function checkPersonDates(
  person: { dateOfBirth?: string | null; expectedDateOfBirth?: string | null },
  today: string,
): PersonDateProblem[] {
  calendarDateParts(today, 'Today');
  const problems: PersonDateProblem[] = [];
  const { dateOfBirth, expectedDateOfBirth } = person;
  // Same day and month, 120 years back; a 29 February that year lacks still sorts correctly as a bound.
  const earliestBirth = `${String(Number(today.slice(0, 4)) - OLDEST_AGE_ACCEPTED).padStart(4, '0')}${today.slice(4)}`;
  if (dateOfBirth) {
    if (dateOfBirth > today) {
      problems.push({ path: ['dateOfBirth'], message: 'The date of birth must be today or in the past' });
    } else if (dateOfBirth < earliestBirth) {
      problems.push({ path: ['dateOfBirth'], message: `The date of birth must be within the last ${OLDEST_AGE_ACCEPTED} years` });
    }
  }
  if (expectedDateOfBirth) {
    if (expectedDateOfBirth < addCalendarDays(today, -EXPECTED_BIRTH_EARLIEST_DAYS_AGO)) {
      problems.push({
        path: ['expectedDateOfBirth'],
        message: 'The expected date of birth is more than 2 weeks ago – if the baby has been born, enter the date of birth',
      });
    } else if (expectedDateOfBirth > addCalendarDays(today, EXPECTED_BIRTH_LATEST_DAYS_AHEAD)) {
      problems.push({ path: ['expectedDateOfBirth'], message: 'The expected date of birth must be within the next 42 weeks' });
    }
  }
  return problems;
}

/**
 * personCreateSchema with the date checks for `today` added, for the API pipe and forms that want
 * one schema; the messages are the same as checkPersonDates gives.
 */
export function personCreateSchemaAsOf(today: string) {
  return personCreateSchema.superRefine((person, ctx) => {
    for (const problem of checkPersonDates(person, today)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });
}
