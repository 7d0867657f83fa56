import { addressSchema } from './address';
import { checkPersonDates, personCreateSchema, personCreateSchemaAsOf, personUpdateSchema } from './person';
import { personAliasSchema } from './person-alias';
import { personDisplayName, personNameSchema } from './person-name';

const schoolId = '3f2b0c8e-7a51-4d2c-9a0e-2b1c7d9e4f10';
const leah = {
  name: { givenName: '  Leah ', familyName: 'Carter', preferredName: 'Lee' },
  dateOfBirth: '2012-07-01',
  sex: 'F',
  ethnicity: 'MWBC',
  firstLanguage: 'ENG',
  interpreterNeeded: false,
  disabilities: [],
  nhsNumber: '943 476 5919',
  upn: 'h919 1234 2100 1',
  address: { line1: '12 Fairlands Way', town: 'Stevenage', postcode: 'sg1 1aa' },
  schoolId,
};
const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('personNameSchema', () => {
  it('trims names and keeps any script and punctuation', () => {
    expect(personNameSchema.parse({ givenName: ' Zoë ', familyName: "O'Brien-Nowak" })).toEqual({
      givenName: 'Zoë',
      familyName: "O'Brien-Nowak",
    });
    expect(personNameSchema.parse({ givenName: 'محمد', familyName: '李' }).familyName).toBe('李');
  });

  it('needs a given and family name', () => {
    expect(messagesOf(personNameSchema.safeParse({ givenName: 'Leah', familyName: '   ' }))).toEqual([
      ['familyName', 'Enter a family name'],
    ]);
    expect(messagesOf(personNameSchema.safeParse({ familyName: 'Carter' }))).toEqual([['givenName', 'Enter a given name']]);
  });

  it('limits lengths with a message', () => {
    expect(messagesOf(personNameSchema.safeParse({ givenName: 'A'.repeat(101), familyName: 'Carter' }))).toEqual([
      ['givenName', 'Given name must be 100 characters or fewer'],
    ]);
  });

  it('shows the preferred name when there is one', () => {
    expect(personDisplayName({ givenName: 'Rebecca', familyName: 'Carter', preferredName: 'Becky' })).toBe('Becky Carter');
    expect(personDisplayName({ givenName: 'Rebecca', familyName: 'Carter' })).toBe('Rebecca Carter');
  });
});

describe('personAliasSchema', () => {
  it('records a previous family name without a given name', () => {
    expect(personAliasSchema.parse({ type: 'previous-name', familyName: ' Smith ' })).toEqual({
      type: 'previous-name',
      familyName: 'Smith',
    });
    expect(messagesOf(personAliasSchema.safeParse({ type: 'nickname', familyName: 'Smith' }))).toEqual([
      ['type', 'Select the kind of other name'],
    ]);
  });
});

describe('addressSchema', () => {
  it('normalises the postcode and needs a town', () => {
    expect(addressSchema.parse({ line1: '1 High St', town: 'Hitchin', postcode: 'sg51aa' }).postcode).toBe('SG5 1AA');
    expect(messagesOf(addressSchema.safeParse({ line1: '1 High St', postcode: 'SG5 1AA' }))).toEqual([
      ['town', 'Enter the town or city'],
    ]);
  });
});

describe('personCreateSchema', () => {
  it('accepts a child and normalises identifiers as stored', () => {
    const parsed = personCreateSchema.parse(leah);
    expect(parsed.name.givenName).toBe('Leah');
    expect(parsed.nhsNumber).toBe('9434765919');
    expect(parsed.upn).toBe('H919123421001');
    expect(parsed.address?.postcode).toBe('SG1 1AA');
  });

  it('accepts an unborn child with an expected date of birth and sex not known', () => {
    const { dateOfBirth: _dateOfBirth, ...rest } = leah;
    const parsed = personCreateSchema.parse({ ...rest, sex: 'U', expectedDateOfBirth: '2026-09-01' });
    expect(parsed.expectedDateOfBirth).toBe('2026-09-01');
    expect(parsed.dateOfBirth).toBeUndefined();
  });

  it('needs exactly one of date of birth and expected date of birth', () => {
    const { dateOfBirth: _dateOfBirth, ...withoutDate } = leah;
    expect(messagesOf(personCreateSchema.safeParse(withoutDate))).toEqual([
      ['dateOfBirth', 'Enter the date of birth, or the expected date of birth for an unborn child'],
    ]);
    expect(messagesOf(personCreateSchema.safeParse({ ...leah, expectedDateOfBirth: '2026-09-01' }))).toEqual([
      ['expectedDateOfBirth', 'Enter either the date of birth or the expected date of birth, not both'],
    ]);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(messagesOf(personCreateSchema.safeParse({ ...leah, dateOfBirth: '2013-02-29' }))).toEqual([
      ['dateOfBirth', 'Enter the date of birth as a real date, like 2019-03-27'],
    ]);
  });

  it('passes on the identifier messages with their field', () => {
    expect(messagesOf(personCreateSchema.safeParse({ ...leah, nhsNumber: '943 476 5918' }))).toEqual([
      ['nhsNumber', 'Check the NHS number – one of the digits is wrong'],
    ]);
  });

  it('refuses fields it does not know rather than silently storing them', () => {
    expect(personCreateSchema.safeParse({ ...leah, restricted: true }).success).toBe(false);
  });
});

describe('personUpdateSchema', () => {
  it('needs the version that was edited', () => {
    expect(messagesOf(personUpdateSchema.safeParse({ religion: 'sikh' }))).toEqual([
      ['version', 'Send the version of the record you changed, so nobody else’s changes are overwritten'],
    ]);
    expect(personUpdateSchema.parse({ religion: 'sikh', version: 3 })).toEqual({ religion: 'sikh', version: 3 });
  });

  it('clears optional details with null and normalises changed identifiers', () => {
    expect(personUpdateSchema.parse({ nhsNumber: null, upn: 'h919 1234 2100 1', version: 1 })).toEqual({
      nhsNumber: null,
      upn: 'H919123421001',
      version: 1,
    });
  });

  it('refuses setting both dates in one change', () => {
    expect(
      messagesOf(personUpdateSchema.safeParse({ dateOfBirth: '2026-03-02', expectedDateOfBirth: '2026-03-09', version: 1 })),
    ).toEqual([['expectedDateOfBirth', 'Enter either the date of birth or the expected date of birth, not both']]);
  });
});

describe('checkPersonDates', () => {
  const today = '2026-03-15';

  it('finds nothing wrong with sensible dates', () => {
    expect(checkPersonDates({ dateOfBirth: '2012-07-01' }, today)).toEqual([]);
    expect(checkPersonDates({ dateOfBirth: today }, today)).toEqual([]);
    expect(checkPersonDates({ expectedDateOfBirth: '2026-08-01' }, today)).toEqual([]);
    expect(checkPersonDates({ dateOfBirth: null, expectedDateOfBirth: null }, today)).toEqual([]);
  });

  it('refuses a date of birth in the future or over 120 years ago', () => {
    expect(checkPersonDates({ dateOfBirth: '2026-03-16' }, today)).toEqual([
      { path: ['dateOfBirth'], message: 'The date of birth must be today or in the past' },
    ]);
    expect(checkPersonDates({ dateOfBirth: '1906-03-14' }, today)).toEqual([
      { path: ['dateOfBirth'], message: 'The date of birth must be within the last 120 years' },
    ]);
    expect(checkPersonDates({ dateOfBirth: '1906-03-15' }, today)).toEqual([]);
  });

  it('keeps an expected date of birth between 2 weeks ago and 42 weeks ahead', () => {
    expect(checkPersonDates({ expectedDateOfBirth: '2026-03-01' }, today)).toEqual([]);
    expect(checkPersonDates({ expectedDateOfBirth: '2026-02-28' }, today)).toEqual([
      {
        path: ['expectedDateOfBirth'],
        message: 'The expected date of birth is more than 2 weeks ago – if the baby has been born, enter the date of birth',
      },
    ]);
    // 42 weeks = 294 days after 15 March 2026 is 3 January 2027.
    expect(checkPersonDates({ expectedDateOfBirth: '2027-01-03' }, today)).toEqual([]);
    expect(checkPersonDates({ expectedDateOfBirth: '2027-01-04' }, today)).toEqual([
      { path: ['expectedDateOfBirth'], message: 'The expected date of birth must be within the next 42 weeks' },
    ]);
  });

  it('insists on a real today', () => {
    expect(() => checkPersonDates({ dateOfBirth: '2012-07-01' }, '2026-02-30')).toThrow(RangeError);
  });
});

describe('personCreateSchemaAsOf', () => {
  it('adds the date checks for today to the schema', () => {
    expect(messagesOf(personCreateSchemaAsOf('2026-03-15').safeParse({ ...leah, dateOfBirth: '2027-01-01' }))).toEqual([
      ['dateOfBirth', 'The date of birth must be today or in the past'],
    ]);
    expect(personCreateSchemaAsOf('2026-03-15').safeParse(leah).success).toBe(true);
  });
});
