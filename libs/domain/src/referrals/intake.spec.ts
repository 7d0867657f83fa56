import {
  agencyNotificationKindCodes,
  agencyNotificationSchema,
  concernsOfNotification,
  defaultConcernsOf,
  defaultReferralSourceOf,
  isProfessionalReferralSource,
  professionalReferralSchema,
  professionalReferralSources,
  publicConcernSchema,
  publicConcernSource,
  referralSubjectSchema,
  referralSubjectsSchema,
  unidentifiedReferralSubjectSchema,
  type AgencyNotification,
} from './intake';
import { referralSources } from './referral-source';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

const KNOWN_ID = '3f2b0c8e-7a51-4d2c-9a0e-2b1c7d9e4f10';
const OTHER_ID = '9b1d6a3e-2c4f-4e8a-b7d2-5f6e8a9c0d12';

describe('referral subjects', () => {
  it('accepts a child found on the record', () => {
    expect(referralSubjectSchema.parse({ kind: 'known', personId: KNOWN_ID })).toEqual({ kind: 'known', personId: KNOWN_ID });
    expect(messagesOf(referralSubjectSchema.safeParse({ kind: 'known', personId: '42' }))).toEqual([
      ['personId', 'Choose the child from the search results'],
    ]);
  });

  it('accepts an unidentified child with a name, trimming it', () => {
    expect(referralSubjectSchema.parse({ kind: 'unidentified', givenName: '  Ava ' })).toEqual({ kind: 'unidentified', givenName: 'Ava' });
    expect(referralSubjectSchema.safeParse({ kind: 'unidentified', familyName: 'Okafor' }).success).toBe(true);
  });

  it('accepts an unidentified child with a date of birth or age and a postcode, normalising the postcode', () => {
    expect(unidentifiedReferralSubjectSchema.parse({ kind: 'unidentified', approximateAge: 7, postcode: 'sg11aa' })).toEqual({
      kind: 'unidentified',
      approximateAge: 7,
      postcode: 'SG1 1AA',
    });
    expect(unidentifiedReferralSubjectSchema.safeParse({ kind: 'unidentified', dateOfBirth: '2019-03-27', postcode: 'SG1 1AA' }).success).toBe(true);
  });

  it('needs enough to find the child later', () => {
    const expected = [['givenName', 'Enter the child’s name, or their date of birth or age and their postcode, so we can find them']];
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ kind: 'unidentified' }))).toEqual(expected);
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ kind: 'unidentified', givenName: '   ' }))).toEqual(expected);
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ kind: 'unidentified', approximateAge: 7 }))).toEqual(expected);
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ kind: 'unidentified', postcode: 'SG1 1AA', schoolName: 'Oak Primary' }))).toEqual(expected);
  });

  it('explains each field', () => {
    const base = { kind: 'unidentified', givenName: 'Ava' };
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ ...base, dateOfBirth: '2019-02-30' }))).toEqual([
      ['dateOfBirth', 'Enter the date of birth as a real date, like 2019-03-27'],
    ]);
    for (const approximateAge of [-1, 26, 3.5, '7']) {
      expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ ...base, approximateAge }))).toEqual([
        ['approximateAge', 'Enter the child’s approximate age as a whole number of years, from 0 to 25'],
      ]);
    }
    expect(unidentifiedReferralSubjectSchema.safeParse({ ...base, approximateAge: 0 }).success).toBe(true);
    expect(unidentifiedReferralSubjectSchema.safeParse({ ...base, approximateAge: 25 }).success).toBe(true);
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ ...base, dateOfBirth: '2019-03-27', approximateAge: 7 }))).toEqual([
      ['approximateAge', 'Enter either the date of birth or an approximate age, not both'],
    ]);
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ ...base, postcode: 'SG1' }))).toEqual([
      ['postcode', 'Enter a full UK postcode, like SG1 1AA'],
    ]);
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ ...base, givenName: 'x'.repeat(101) }))).toEqual([
      ['givenName', 'Given name must be 100 characters or fewer'],
    ]);
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ ...base, schoolName: 'x'.repeat(201) }))).toEqual([
      ['schoolName', 'School name must be 200 characters or fewer'],
    ]);
    expect(messagesOf(unidentifiedReferralSubjectSchema.safeParse({ ...base, description: 'x'.repeat(1001) }))).toEqual([
      ['description', 'The description of the child must be 1,000 characters or fewer'],
    ]);
    expect(unidentifiedReferralSubjectSchema.safeParse({ ...base, personId: KNOWN_ID }).success).toBe(false);
  });

  it('explains a subject of no known kind', () => {
    expect(messagesOf(referralSubjectSchema.safeParse({ givenName: 'Ava' }))).toEqual([
      ['kind', 'Choose the child from the search results, or enter what you know about them'],
    ]);
  });

  it('takes 1 to 10 children, each known child once', () => {
    const child = { kind: 'unidentified', givenName: 'Ava' };
    expect(messagesOf(referralSubjectsSchema.safeParse([]))).toEqual([['', 'Add at least one child']]);
    expect(referralSubjectsSchema.safeParse(Array.from({ length: 10 }, () => child)).success).toBe(true);
    expect(messagesOf(referralSubjectsSchema.safeParse(Array.from({ length: 11 }, () => child)))).toEqual([
      ['', 'Add at most 10 children; make another referral for the others'],
    ]);
    expect(
      messagesOf(
        referralSubjectsSchema.safeParse([
          { kind: 'known', personId: KNOWN_ID },
          { kind: 'known', personId: OTHER_ID },
          { kind: 'known', personId: KNOWN_ID },
        ]),
      ),
    ).toEqual([['2.personId', 'This child is already on the referral']]);
    expect(messagesOf(referralSubjectsSchema.safeParse(undefined))).toEqual([['', 'Add the children this is about']]);
  });
});

describe('professionalReferralSchema', () => {
  const valid = {
    source: 'school',
    referrerRole: 'Designated safeguarding lead',
    referrerOrganisation: 'Oak Primary School',
    referrerEmail: 'dsl@oak.example.sch.uk',
    subjects: [{ kind: 'known', personId: KNOWN_ID }, { kind: 'unidentified', givenName: 'Leo', familyName: 'Okafor' }],
    concerns: ['16A', 'local-attendance'],
    description: 'Ava has come to school hungry every day this week and has missed 8 sessions.',
    urgency: 'within-24-hours',
    consent: { status: 'given' },
  };

  it('accepts a complete referral', () => {
    expect(professionalReferralSchema.parse(valid)).toEqual(valid);
    const { referrerEmail: _email, ...withPhone } = valid;
    expect(professionalReferralSchema.safeParse({ ...withPhone, referrerPhone: '01632 960 001' }).success).toBe(true);
  });

  it('takes only the professional referral sources', () => {
    expect(professionalReferralSources).toEqual([
      'school', 'education-services', 'gp', 'health-visitor', 'school-nurse', 'housing', 'social-care', 'police', 'voluntary-sector',
    ]);
    for (const source of professionalReferralSources) expect(Object.keys(referralSources)).toContain(source);
    expect(isProfessionalReferralSource('gp')).toBe(true);
    expect(isProfessionalReferralSource('public')).toBe(false);
    for (const source of ['family-self', 'public', 'anonymous', 'nhs']) {
      expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, source }))).toEqual([
        ['source', 'Select the service you are referring from'],
      ]);
    }
  });

  it('needs the referrer’s role and a way to contact them', () => {
    const { referrerEmail: _email, ...noContact } = valid;
    expect(messagesOf(professionalReferralSchema.safeParse(noContact))).toEqual([
      ['referrerPhone', 'Enter a phone number or email address so the front door can contact you'],
    ]);
    expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, referrerRole: ' ' }))).toEqual([
      ['referrerRole', 'Enter your job title or role'],
    ]);
    expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, referrerEmail: 'dsl at oak' }))).toEqual([
      ['referrerEmail', 'Enter an email address, like name@example.com'],
    ]);
    expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, referrerPhone: '12345' }))).toEqual([
      ['referrerPhone', 'Enter a UK phone number, like 01632 960 001 or 07700 900 982'],
    ]);
  });

  it('explains the concerns, description, urgency and consent', () => {
    expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, concerns: [] }))).toEqual([['concerns', 'Select at least one concern']]);
    expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, concerns: ['16A', '16A'] }))).toEqual([
      ['concerns.1', 'Select each concern only once'],
    ]);
    expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, concerns: ['16A', 'hungry'] }))).toEqual([
      ['concerns.1', 'Select a concern from the list'],
    ]);
    expect(
      messagesOf(professionalReferralSchema.safeParse({ ...valid, concerns: ['1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B'] })),
    ).toEqual([['concerns', 'Select at most 10 concerns']]);
    expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, description: 'Hungry.' }))).toEqual([
      ['description', 'Describe what you are worried about in at least 20 characters'],
    ]);
    expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, description: 'x'.repeat(4001) }))).toEqual([
      ['description', 'The description must be 4,000 characters or fewer'],
    ]);
    expect(messagesOf(professionalReferralSchema.safeParse({ ...valid, urgency: 'asap' }))).toEqual([['urgency', 'Select how urgent this is']]);
    const { consent: _consent, ...noConsent } = valid;
    expect(messagesOf(professionalReferralSchema.safeParse(noConsent))).toEqual([['consent', 'Say whether the family agreed to this referral']]);
  });

  it('refuses fields it does not know', () => {
    expect(professionalReferralSchema.safeParse({ ...valid, rag: 'red' }).success).toBe(false);
  });
});

describe('publicConcernSchema', () => {
  const anonymous = {
    anonymous: true,
    relationshipToChild: 'acquaintance',
    subjects: [{ kind: 'unidentified', approximateAge: 4, postcode: 'AL1 3JE' }],
    concerns: ['16A'],
    description: 'The little boy next door is often left alone in the garden late at night.',
    urgency: 'not-urgent',
  };

  it('accepts an anonymous concern without consent', () => {
    expect(publicConcernSchema.parse(anonymous)).toEqual(anonymous);
    expect(publicConcernSource(publicConcernSchema.parse(anonymous))).toBe('anonymous');
  });

  it('accepts a named concern with a way to reach the person', () => {
    const named = { ...anonymous, anonymous: false, reporterName: 'Sam Jones', reporterPhone: '07700 900 982', consent: { status: 'given' } };
    expect(publicConcernSchema.parse(named)).toEqual(named);
    expect(publicConcernSource(named)).toBe('public');
  });

  it('needs a name and a way to reach the person unless they stay anonymous', () => {
    expect(messagesOf(publicConcernSchema.safeParse({ ...anonymous, anonymous: false }))).toEqual([
      ['reporterName', 'Enter your name, or choose to stay anonymous'],
      ['reporterPhone', 'Enter a phone number or email address so we can contact you if we need to know more'],
    ]);
  });

  it('refuses a name or contact details on an anonymous concern', () => {
    expect(messagesOf(publicConcernSchema.safeParse({ ...anonymous, reporterName: 'Sam', reporterEmail: 'sam@example.com' }))).toEqual([
      ['reporterName', 'Leave out your name and contact details if you want to stay anonymous'],
      ['reporterEmail', 'Leave out your name and contact details if you want to stay anonymous'],
    ]);
  });

  it('needs to know whether they are anonymous and how they know the child', () => {
    const { anonymous: _a, relationshipToChild: _r, ...rest } = anonymous;
    expect(messagesOf(publicConcernSchema.safeParse(rest))).toEqual([
      ['anonymous', 'Say whether you want to tell us who you are'],
      ['relationshipToChild', 'Select how you know the child'],
    ]);
  });

  it('describes every child: the public cannot choose one from the record', () => {
    expect(publicConcernSchema.safeParse({ ...anonymous, subjects: [{ kind: 'known', personId: KNOWN_ID }] }).success).toBe(false);
  });
});

describe('agencyNotificationSchema', () => {
  const child = { kind: 'unidentified', givenName: 'Mia', familyName: 'Clarke', dateOfBirth: '2016-05-04' };
  const police = {
    kind: 'police-notification',
    policeReference: 'INC-2026/0412',
    incidentAt: '2026-03-14T23:40:00+00:00',
    incidentType: 'domestic-abuse',
    officerName: 'PC Ruth Ellis',
    collarNumber: 'HT4412',
    subjects: [child],
    description: 'Officers attended a domestic incident; Mia was present and upset.',
    urgency: 'within-24-hours',
  };
  const newBirth = {
    kind: 'new-birth-concern',
    baby: { dateOfBirth: '2026-03-01', familyName: 'Clarke' },
    mother: { givenName: 'Jade', familyName: 'Clarke', postcode: 'sg1 2ab' },
    healthVisitorName: 'Priya Shah',
    healthVisitorEmail: 'priya.shah@nhs.example.uk',
    description: 'At the new-birth visit mother disclosed low mood and no support at home.',
    urgency: 'not-urgent',
  };
  const attendance = {
    kind: 'school-attendance-alert',
    schoolUrn: '117530',
    pupil: child,
    attendancePercent: 82.5,
    periodStart: '2026-01-05',
    periodEnd: '2026-02-13',
    unauthorisedSessions: 9,
  };

  it('accepts each kind', () => {
    expect(agencyNotificationKindCodes).toEqual(['police-notification', 'new-birth-concern', 'school-attendance-alert']);
    expect(agencyNotificationSchema.parse(police)).toEqual(police);
    expect(agencyNotificationSchema.parse(newBirth)).toEqual({ ...newBirth, mother: { ...newBirth.mother, postcode: 'SG1 2AB' } });
    expect(agencyNotificationSchema.parse(attendance)).toEqual({ ...attendance, urgency: 'not-urgent' });
  });

  it('explains an unknown kind', () => {
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...police, kind: 'gp-letter' }))).toEqual([
      ['kind', 'Say what kind of notification this is: police-notification, new-birth-concern or school-attendance-alert'],
    ]);
  });

  it('explains the police fields', () => {
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...police, policeReference: '' }))).toEqual([
      ['policeReference', 'Enter the police reference, like the incident number'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...police, policeReference: 'INC#1' }))).toEqual([
      ['policeReference', 'The police reference may contain only letters, digits, spaces, / and -'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...police, incidentAt: '2026-03-14' }))).toEqual([
      ['incidentAt', 'Enter when the incident happened, with the time'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...police, incidentType: 'burglary' }))).toEqual([
      ['incidentType', 'Select the type of incident'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...police, officerName: '' }))).toEqual([['officerName', 'Enter the officer’s name']]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...police, collarNumber: 'HT 4412' }))).toEqual([
      ['collarNumber', 'Enter the officer’s collar number: up to 10 letters and digits'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...police, subjects: [] }))).toEqual([['subjects', 'Add at least one child']]);
  });

  it('needs the baby’s date of birth or expected date, and enough to find the mother', () => {
    expect(agencyNotificationSchema.safeParse({ ...newBirth, baby: { expectedDateOfBirth: '2026-06-01' } }).success).toBe(true);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...newBirth, baby: {} }))).toEqual([
      ['baby.dateOfBirth', 'Enter the baby’s date of birth, or the expected date of birth if the baby is not yet born'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...newBirth, baby: { dateOfBirth: '2026-03-01', expectedDateOfBirth: '2026-03-03' } }))).toEqual([
      ['baby.expectedDateOfBirth', 'Enter either the date of birth or the expected date of birth, not both'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...newBirth, mother: { givenName: 'Jade', familyName: 'Clarke' } }))).toEqual([
      ['mother.dateOfBirth', 'Enter the mother’s date of birth, NHS number or postcode so we can find her record'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...newBirth, mother: { ...newBirth.mother, givenName: ' ' } }))).toEqual([
      ['mother.givenName', 'Enter the mother’s given name'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...newBirth, mother: { ...newBirth.mother, nhsNumber: '943 476 5918' } }))).toEqual([
      ['mother.nhsNumber', expect.any(String)],
    ]);
    const { healthVisitorEmail: _e, ...noContact } = newBirth;
    expect(messagesOf(agencyNotificationSchema.safeParse(noContact))).toEqual([
      ['healthVisitorPhone', 'Enter the health visitor’s phone number or email address so the front door can contact them'],
    ]);
  });

  it('explains the attendance fields', () => {
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...attendance, schoolUrn: '11753' }))).toEqual([
      ['schoolUrn', 'Enter the school’s URN: 6 digits, like 117530'],
    ]);
    for (const attendancePercent of [-0.1, 100.1, '82']) {
      expect(messagesOf(agencyNotificationSchema.safeParse({ ...attendance, attendancePercent }))).toEqual([
        ['attendancePercent', 'Enter the attendance as a percentage from 0 to 100'],
      ]);
    }
    expect(agencyNotificationSchema.safeParse({ ...attendance, attendancePercent: 0 }).success).toBe(true);
    expect(agencyNotificationSchema.safeParse({ ...attendance, attendancePercent: 100 }).success).toBe(true);
    for (const unauthorisedSessions of [-1, 2.5]) {
      expect(messagesOf(agencyNotificationSchema.safeParse({ ...attendance, unauthorisedSessions }))).toEqual([
        ['unauthorisedSessions', 'Enter the number of unauthorised sessions as a whole number, 0 or more'],
      ]);
    }
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...attendance, periodEnd: '2026-01-04' }))).toEqual([
      ['periodEnd', 'The end of the period must be on or after its start'],
    ]);
    expect(agencyNotificationSchema.safeParse({ ...attendance, periodEnd: '2026-01-05' }).success).toBe(true);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...attendance, periodStart: '5/1/2026' }))).toEqual([
      ['periodStart', 'Enter the start of the period as a real date, like 2026-01-05'],
    ]);
    expect(messagesOf(agencyNotificationSchema.safeParse({ ...attendance, upn: 'A12345678901' }))).toEqual([
      ['upn', expect.any(String)],
    ]);
  });

  it('maps each kind to its referral source', () => {
    expect(defaultReferralSourceOf('police-notification')).toBe('police');
    expect(defaultReferralSourceOf('new-birth-concern')).toBe('health-visitor');
    expect(defaultReferralSourceOf('school-attendance-alert')).toBe('school');
  });

  it('suggests concerns by kind and incident type, unless the notification names its own', () => {
    expect(defaultConcernsOf({ kind: 'police-notification', incidentType: 'domestic-abuse' })).toEqual(['3A', '3B']);
    expect(defaultConcernsOf({ kind: 'police-notification', incidentType: 'missing' })).toEqual(['10A']);
    expect(defaultConcernsOf({ kind: 'police-notification', incidentType: 'arrest' })).toEqual(['14A']);
    expect(defaultConcernsOf({ kind: 'police-notification', incidentType: 'concern-for-welfare' })).toEqual(['20']);
    expect(defaultConcernsOf({ kind: 'new-birth-concern' })).toEqual(['local-new-birth']);
    expect(defaultConcernsOf({ kind: 'school-attendance-alert' })).toEqual(['local-attendance']);
    const parsed: AgencyNotification = agencyNotificationSchema.parse(police);
    expect(concernsOfNotification(parsed)).toEqual(['3A', '3B']);
    expect(concernsOfNotification(agencyNotificationSchema.parse({ ...police, concerns: ['3A', '2B'] }))).toEqual(['3A', '2B']);
    // The defaults are copies: changing one does not change the table.
    concernsOfNotification(parsed).push('20');
    expect(concernsOfNotification(parsed)).toEqual(['3A', '3B']);
  });
});
