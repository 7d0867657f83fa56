import {
  concernCategories,
  publicConcernSchema,
  publicReporterRelationshipCodes,
  publicReporterRelationships,
  referralUrgencies,
  referralUrgencyCodes,
  type ConcernCategory,
} from '@childfirst/domain/referrals';
import { titleForStatus } from '@childfirst/ui';
import welshConcern from '../../locales/cy/concern.json';
import welshValidation from '../../locales/cy/validation.json';
import englishConcern from '../../locales/en/concern.json';
import { MAX_CHILDREN, emptyChild, emptyConcernForm, validateConcernForm, type ChildValues, type ConcernFormValues } from './concernForm';
import { publicConcernGroups, publicConcernOptions } from './publicConcernOptions';

const english: Record<string, string> = englishConcern;
const welsh: Record<string, string> = welshConcern;
const welshMessages: Record<string, string> = welshValidation;

/** The concerns whose words on the public form are plainer than the front door's label. */
const reworded: readonly ConcernCategory[] = ['3A', '3B', '1B', '2B', '4B', '10A', '4A', '2A', '1A', '7A', 'local-attendance', '20'];

describe('the report a concern form’s words, in English and Welsh', () => {
  it('has a text in both languages for every heading, concern and hint it shows', () => {
    const keys = publicConcernGroups.flatMap((group) => [group.headingKey, ...group.options.flatMap((option) => [option.textKey, ...(option.hintKey ? [option.hintKey] : [])])]);
    keys.push(...referralUrgencyCodes.flatMap((code) => [`urgency.${code}`, `urgency.${code}.hint`]), ...publicReporterRelationshipCodes.map((code) => `relationship.${code}`));
    for (const key of keys) expect([key, typeof english[key], typeof welsh[key]]).toEqual([key, 'string', 'string']);
  });

  it('shows in English the front door’s own words for a concern, unless reworded for the public', () => {
    for (const { value, textKey } of publicConcernOptions.filter((option) => !reworded.includes(option.value))) {
      expect([value, english[textKey]]).toEqual([value, concernCategories[value].label]);
    }
    expect(english['concern.3A']).toBe('Domestic abuse that the child sees, hears or is hurt by');
  });

  it('shows in English the shared lists’ words for urgency and how the person knows the child', () => {
    for (const code of referralUrgencyCodes) {
      expect([english[`urgency.${code}`], english[`urgency.${code}.hint`]]).toEqual([referralUrgencies[code].label, referralUrgencies[code].hint]);
    }
    for (const code of publicReporterRelationshipCodes) expect(english[`relationship.${code}`]).toBe(publicReporterRelationships[code].label);
  });
});

describe('the report a concern form’s messages in Welsh', () => {
  const today = '2025-06-04';
  const child = (overrides: Partial<ChildValues>): ChildValues => ({ ...emptyChild(0), givenName: 'Sam', ...overrides });
  const withChild = (overrides: Partial<ChildValues>): ConcernFormValues => ({ ...emptyConcernForm, children: [child(overrides)] });
  const long = (length: number) => 'x'.repeat(length);

  /** Forms answered wrongly in every way a person can, so the checks give every message they have. */
  const forms: ConcernFormValues[] = [
    emptyConcernForm,
    { ...emptyConcernForm, tellUsWhoYouAre: 'yes' },
    { ...emptyConcernForm, tellUsWhoYouAre: 'yes', reporterName: long(201), reporterPhone: '12', reporterEmail: 'not an email' },
    { ...emptyConcernForm, tellUsWhoYouAre: 'yes', reporterName: 'Pat', reporterEmail: `${long(250)}@example.com` },
    {
      ...withChild({ givenName: long(101), familyName: long(101), schoolName: long(201), description: long(1001), postcode: 'nowhere', approximateAge: 'about 7' }),
      concerns: publicConcernOptions.map((option) => option.value),
      description: long(4001),
    },
    { ...withChild({}), description: 'Too short' },
    withChild({ approximateAge: '6', dateOfBirth: { day: '27', month: '3', year: '2019' } }),
    withChild({ dateOfBirth: { day: '27', month: '3', year: '2035' } }),
    withChild({ dateOfBirth: { day: '31', month: '2', year: '2019' } }),
    withChild({ dateOfBirth: { day: 'a', month: '3', year: '2019' } }),
    withChild({ dateOfBirth: { day: '27', month: '3', year: '19' } }),
    ...(['day', 'month', 'year'] as const).flatMap((given) => [
      withChild({ dateOfBirth: { day: '', month: '', year: '', [given]: '1' } }),
      withChild({ dateOfBirth: { day: '1', month: '1', year: '2019', [given]: '' } }),
    ]),
    { ...emptyConcernForm, children: Array.from({ length: MAX_CHILDREN + 1 }, (_unused, index) => ({ ...emptyChild(index), givenName: 'Sam' })) },
  ];

  it('has a Welsh text for every message the form’s checks can show', () => {
    const messages = new Set(forms.flatMap((values) => Object.values(validateConcernForm(values, today, publicConcernSchema).errors ?? {})));
    expect(messages.size).toBeGreaterThan(25);
    for (const message of messages) expect([message, typeof welshMessages[message ?? '']]).toEqual([message, 'string']);
  });

  it('has a Welsh text for the problems it shows when the service cannot be reached or fails', () => {
    for (const status of [0, 500, 503]) expect(typeof welshMessages[titleForStatus(status)]).toBe('string');
    expect(typeof welshMessages['Sorry, there is a problem with the service. Try again later']).toBe('string');
  });
});
