import { concernCategoryCodes, publicConcernSchema } from '@childfirst/domain/referrals';
import { MAX_CHILDREN, concernFormFields, emptyChild, emptyConcernForm, validateConcernForm, type ConcernFormValues } from './concernForm';
import { publicConcernOptions } from './publicConcernOptions';
import englishConcern from '../../locales/en/concern.json';

const validate = (values: ConcernFormValues, today: string) => validateConcernForm(values, today, publicConcernSchema);

const today = '2025-06-04';

const valid: ConcernFormValues = {
  ...emptyConcernForm,
  children: [{ ...emptyChild(0), givenName: '  Sam ' }],
  concerns: ['16A'],
  description: 'Sam is often left alone at night without any food.',
  urgency: 'not-urgent',
  relationshipToChild: 'acquaintance',
  tellUsWhoYouAre: 'no',
};

describe('the report a concern form, checked with publicConcernSchema', () => {
  it('gives the schema’s own messages for a form sent empty', () => {
    const { errors } = validate(emptyConcernForm, today);
    expect(errors).toEqual({
      'subjects.0.givenName': 'Enter the child’s name, or their date of birth or age and their postcode, so we can find them',
      concerns: 'Select at least one concern',
      description: 'Describe what you are worried about in at least 20 characters',
      urgency: 'Select how urgent this is',
      relationshipToChild: 'Select how you know the child',
      anonymous: 'Say whether you want to tell us who you are',
    });
    // The very messages the API answers with: the same schema.
    const apiMessages = publicConcernSchema.safeParse({}).error?.issues.map((issue) => issue.message);
    expect(apiMessages).toEqual(expect.arrayContaining(['Select at least one concern', 'Select how urgent this is', 'Select how you know the child']));
  });

  it('builds the concern the API expects: trimmed, optional answers left out, postcode normalised', () => {
    const result = validate(
      { ...valid, children: [{ ...emptyChild(0), dateOfBirth: { day: '27', month: '3', year: '2019' }, postcode: 'sg11aa', schoolName: ' Oak Primary ' }] },
      today,
    );
    expect(result.errors).toBeUndefined();
    expect(result.concern).toEqual({
      anonymous: true,
      relationshipToChild: 'acquaintance',
      subjects: [{ kind: 'unidentified', dateOfBirth: '2019-03-27', postcode: 'SG1 1AA', schoolName: 'Oak Primary' }],
      concerns: ['16A'],
      description: 'Sam is often left alone at night without any food.',
      urgency: 'not-urgent',
    });
    expect(JSON.parse(JSON.stringify(result.concern))).toEqual(result.concern);
  });

  it('leaves out a name and contact details typed before choosing to stay anonymous', () => {
    const result = validate({ ...valid, reporterName: 'Pat Jones', reporterPhone: '07700 900982', reporterEmail: 'pat@example.com' }, today);
    const sent = JSON.parse(JSON.stringify(result.concern)) as Record<string, unknown>;
    expect(sent.anonymous).toBe(true);
    expect(Object.keys(sent).filter((key) => key.startsWith('reporter'))).toEqual([]);
  });

  it('sends a named reporter’s details, and asks for a way to contact them', () => {
    const named = { ...valid, tellUsWhoYouAre: 'yes' as const, reporterName: 'Pat Jones', reporterEmail: 'pat@example.com' };
    expect(validate(named, today).concern).toMatchObject({ anonymous: false, reporterName: 'Pat Jones', reporterEmail: 'pat@example.com' });

    expect(validate({ ...named, reporterName: '', reporterEmail: '' }, today).errors).toEqual({
      reporterName: 'Enter your name, or choose to stay anonymous',
      reporterPhone: 'Enter a phone number or email address so we can contact you if we need to know more',
    });
    expect(validate({ ...named, reporterPhone: '12345' }, today).errors).toEqual({
      reporterPhone: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
    });
  });

  it('shows the reporter’s missing details at the same time as every other problem', () => {
    // The schema checks them only once everything else is valid; the form must not hold them back.
    const { errors } = validate({ ...emptyConcernForm, tellUsWhoYouAre: 'yes' }, today);
    expect(errors).toMatchObject({
      concerns: 'Select at least one concern',
      reporterName: 'Enter your name, or choose to stay anonymous',
      reporterPhone: 'Enter a phone number or email address so we can contact you if we need to know more',
    });
  });

  it('reads a date of birth typed in three boxes, with the Design System’s messages', () => {
    const partial = validate({ ...valid, children: [{ ...emptyChild(0), givenName: 'Sam', dateOfBirth: { day: '27', month: '3', year: '' } }] }, today);
    expect(partial.errors).toEqual({ 'subjects.0.dateOfBirth': 'Date of birth must include a year' });
    expect(partial.dateParts).toEqual({ 0: ['year'] });

    const future = validate({ ...valid, children: [{ ...emptyChild(0), givenName: 'Sam', dateOfBirth: { day: '5', month: '6', year: '2025' } }] }, today);
    expect(future.errors).toEqual({ 'subjects.0.dateOfBirth': 'Date of birth must be today or in the past' });
  });

  it('gives the schema’s messages about a child’s age', () => {
    const ageMessage = 'Enter the child’s approximate age as a whole number of years, from 0 to 25';
    for (const approximateAge of ['about 7', '7.5', '30']) {
      const { errors } = validate({ ...valid, children: [{ ...emptyChild(0), givenName: 'Sam', approximateAge }] }, today);
      expect([approximateAge, errors]).toEqual([approximateAge, { 'subjects.0.approximateAge': ageMessage }]);
    }
    const both = validate(
      { ...valid, children: [{ ...emptyChild(0), givenName: 'Sam', approximateAge: '6', dateOfBirth: { day: '27', month: '3', year: '2019' } }] },
      today,
    );
    expect(both.errors).toEqual({ 'subjects.0.approximateAge': 'Enter either the date of birth or an approximate age, not both' });
    // An age and a postcode are enough to find a child without a name.
    expect(validate({ ...valid, children: [{ ...emptyChild(0), approximateAge: ' 7 ', postcode: 'SG1 1AA' }] }, today).concern?.subjects).toEqual([
      { kind: 'unidentified', approximateAge: 7, postcode: 'SG1 1AA' },
    ]);
  });

  it('checks each child, keyed by its place in the list', () => {
    const { errors } = validate({ ...valid, children: [{ ...emptyChild(0), givenName: 'Sam' }, emptyChild(1), { ...emptyChild(2), postcode: 'nowhere', givenName: 'Ali' }] }, today);
    expect(errors).toEqual({
      'subjects.1.givenName': 'Enter the child’s name, or their date of birth or age and their postcode, so we can find them',
      'subjects.2.postcode': 'Enter a full UK postcode, like SG1 1AA',
    });
  });

  it('offers as many children as the schema accepts, and no more', () => {
    const children = (count: number) => Array.from({ length: count }, (_unused, index) => ({ ...emptyChild(index), givenName: `Child ${index + 1}` }));
    expect(validate({ ...valid, children: children(MAX_CHILDREN) }, today).concern?.subjects).toHaveLength(MAX_CHILDREN);
    expect(validate({ ...valid, children: children(MAX_CHILDREN + 1) }, today).errors).toEqual({
      subjects: `Add at most ${MAX_CHILDREN} children; make another referral for the others`,
    });
  });

  it('offers only concern codes the schema knows, each once, and "Something else"', () => {
    const codes = publicConcernOptions.map((option) => option.value);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(concernCategoryCodes).toContain(code);
    expect(publicConcernOptions.find((option) => option.value === '20')?.textKey).toBe('concern.20');
    expect(englishConcern['concern.20']).toBe('Something else');
  });

  it('links each error to its field, in page order', () => {
    const ids = concernFormFields(2, { 1: ['month', 'year'] }).map((field) => `${field.name} → ${field.id}`);
    expect(ids.slice(0, 3)).toEqual(['subjects.0.givenName → subjects-0-givenName', 'subjects.0.familyName → subjects-0-familyName', 'subjects.0.dateOfBirth → subjects-0-dateOfBirth-day']);
    expect(ids).toContain('subjects.1.dateOfBirth → subjects-1-dateOfBirth-month');
    expect(ids.slice(-6)).toEqual([
      'urgency → urgency',
      'relationshipToChild → relationshipToChild',
      'anonymous → anonymous',
      'reporterName → reporterName',
      'reporterPhone → reporterPhone',
      'reporterEmail → reporterEmail',
    ]);
  });
});
