import { z } from 'zod';
import { nhsNumberSchema, postcodeSchema, upnSchema } from '../people';
import { concernCategorySchema, type ConcernCategory } from './concern-categories';
import { intakeConsentSchema } from './intake-consent';
import type { ReferralSource } from './referral-source';
import { referralUrgencySchema } from './urgency';
import { MAX_APPROXIMATE_AGE, publicReporterRelationshipCodes } from './intake-options';
import { storableText } from '../text';

export * from './intake-options';

/**
 * The front door's ways in (PRODUCT.md, "Users" and promise 5), one submission schema each:
 * - a signed-in family asking for help: helpRequestSubmissionSchema (schemas.ts);
 * - a professional in the staff app: professionalReferralSchema;
 * - anyone without an account, on the public form: publicConcernSchema;
 * - a partner agency's system, through the API: agencyNotificationSchema.
 * They share a core: the children it is about, the concerns, a description, urgency and consent.
 */
export const referralIntakeChannels = {
  'family-self': { label: 'Family asking for help' },
  professional: { label: 'Professional referral' },
  public: { label: 'Concern reported by the public' },
  'agency-notification': { label: 'Notification from a partner agency' },
} as const satisfies Record<string, { label: string }>;
export type ReferralIntakeChannel = keyof typeof referralIntakeChannels;
export const referralIntakeChannelCodes = Object.keys(referralIntakeChannels) as [
  ReferralIntakeChannel,
  ...ReferralIntakeChannel[],
];

const MAX_SUBJECTS = 10;

const isoDate = (message: string) => z.iso.date({ error: message });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Optional text: trimmed, limited in length, nothing else checked. */
const optionalText = (max: number, tooLong: string) =>
  z.string({ error: 'Enter this as text' }).trim().max(max, { error: tooLong }).optional();

/** Same pattern and message as the family's help request (schemas.ts). */
export const ukPhoneNumberSchema = z
  .string({ error: 'Enter a phone number' })
  .trim()
  .regex(/^(\+44\s?|0)[0-9\s]{9,13}$/, { error: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982' });

export const emailAddressSchema = z
  .string({ error: 'Enter an email address' })
  .trim()
  .max(254, { error: 'The email address must be 254 characters or fewer' })
  .regex(z.regexes.email, { error: 'Enter an email address, like name@example.com' });

// ─── The children a referral is about ────────────────────────────────────────────────────────────

/** A child the person making the referral found on the record (staff and partner systems only). */
export const knownReferralSubjectSchema = z
  .object({
    kind: z.literal('known'),
    personId: z.uuid({ error: 'Choose the child from the search results' }),
  })
  .strict();

/**
 * A child not (yet) matched to a record. The front door matches them later, so there must be a
 * name, or a date of birth or age together with a postcode.
 */
export const unidentifiedReferralSubjectSchema = z
  .object({
    kind: z.literal('unidentified'),
    givenName: optionalText(100, 'Given name must be 100 characters or fewer'),
    familyName: optionalText(100, 'Family name must be 100 characters or fewer'),
    dateOfBirth: isoDate('Enter the date of birth as a real date, like 2019-03-27').optional(),
    approximateAge: z
      .number({ error: `Enter the child’s approximate age as a whole number of years, from 0 to ${MAX_APPROXIMATE_AGE}` })
      .int({ error: `Enter the child’s approximate age as a whole number of years, from 0 to ${MAX_APPROXIMATE_AGE}` })
      .min(0, { error: `Enter the child’s approximate age as a whole number of years, from 0 to ${MAX_APPROXIMATE_AGE}` })
      .max(MAX_APPROXIMATE_AGE, {
        error: `Enter the child’s approximate age as a whole number of years, from 0 to ${MAX_APPROXIMATE_AGE}`,
      })
      .optional(),
    postcode: postcodeSchema.optional(),
    schoolName: optionalText(200, 'School name must be 200 characters or fewer'),
    description: optionalText(1000, 'The description of the child must be 1,000 characters or fewer'),
  })
  .strict()
  .superRefine((child, ctx) => {
    if (child.dateOfBirth !== undefined && child.approximateAge !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['approximateAge'],
        message: 'Enter either the date of birth or an approximate age, not both',
      });
    }
    const hasName = Boolean(child.givenName || child.familyName);
    const hasAge = child.dateOfBirth !== undefined || child.approximateAge !== undefined;
    if (!hasName && !(hasAge && child.postcode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['givenName'],
        message: 'Enter the child’s name, or their date of birth or age and their postcode, so we can find them',
      });
    }
  });

export const referralSubjectSchema = z.discriminatedUnion('kind', [knownReferralSubjectSchema, unidentifiedReferralSubjectSchema], {
  error: 'Choose the child from the search results, or enter what you know about them',
});
export type ReferralSubject = z.infer<typeof referralSubjectSchema>;
export type UnidentifiedReferralSubject = z.infer<typeof unidentifiedReferralSubjectSchema>;

const subjectsOf = <T extends z.ZodType<{ kind: string; personId?: string }>>(subject: T) =>
  z
    .array(subject, { error: 'Add the children this is about' })
    .min(1, { error: 'Add at least one child' })
    .max(MAX_SUBJECTS, { error: `Add at most ${MAX_SUBJECTS} children; make another referral for the others` })
    .superRefine((subjects, ctx) => {
      const seen = new Set<string>();
      subjects.forEach((child, index) => {
        if (child.kind !== 'known' || child.personId === undefined) return;
        if (seen.has(child.personId)) {
          ctx.addIssue({ code: 'custom', path: [index, 'personId'], message: 'This child is already on the referral' });
        }
        seen.add(child.personId);
      });
    });

/** 1 to 10 children, each known child once. */
export const referralSubjectsSchema = subjectsOf(referralSubjectSchema);

// ─── What the concern is ─────────────────────────────────────────────────────────────────────────

export const MAX_CONCERNS = 10;

export const referralConcernsSchema = z
  .array(concernCategorySchema, { error: 'Select at least one concern' })
  .min(1, { error: 'Select at least one concern' })
  .max(MAX_CONCERNS, { error: `Select at most ${MAX_CONCERNS} concerns` })
  .superRefine((concerns, ctx) => {
    const seen = new Set<string>();
    concerns.forEach((concern, index) => {
      if (seen.has(concern)) ctx.addIssue({ code: 'custom', path: [index], message: 'Select each concern only once' });
      seen.add(concern);
    });
  });

export const referralDescriptionSchema = z
  .string({ error: 'Describe what you are worried about' })
  .trim()
  .min(20, { error: 'Describe what you are worried about in at least 20 characters' })
  .max(4000, { error: 'The description must be 4,000 characters or fewer' });

const coreFields = {
  subjects: referralSubjectsSchema,
  concerns: referralConcernsSchema,
  description: referralDescriptionSchema,
  urgency: referralUrgencySchema,
  consent: intakeConsentSchema,
};

// ─── Professionals (staff app) ───────────────────────────────────────────────────────────────────

/**
 * The referral sources a signed-in professional refers from. The referrer's name comes from their
 * sign-in; the phone number or email is how the front door reaches them about this referral.
 */
export const professionalReferralSources = [
  'school',
  'education-services',
  'gp',
  'health-visitor',
  'school-nurse',
  'housing',
  'social-care',
  'police',
  'voluntary-sector',
] as const satisfies readonly ReferralSource[];
export type ProfessionalReferralSource = (typeof professionalReferralSources)[number];

export function isProfessionalReferralSource(source: ReferralSource): source is ProfessionalReferralSource {
  return (professionalReferralSources as readonly ReferralSource[]).includes(source);
}

export const professionalReferralSchema = z
  .object({
    source: z.enum(professionalReferralSources, { error: 'Select the service you are referring from' }),
    referrerRole: z
      .string({ error: 'Enter your job title or role' })
      .trim()
      .min(2, { error: 'Enter your job title or role' })
      .max(200, { error: 'Your job title or role must be 200 characters or fewer' }),
    referrerOrganisation: optionalText(200, 'The name of your organisation must be 200 characters or fewer'),
    referrerPhone: ukPhoneNumberSchema.optional(),
    referrerEmail: emailAddressSchema.optional(),
    ...coreFields,
  })
  .strict()
  .check(storableText)
  .superRefine((referral, ctx) => {
    if (!referral.referrerPhone && !referral.referrerEmail) {
      ctx.addIssue({
        code: 'custom',
        path: ['referrerPhone'],
        message: 'Enter a phone number or email address so the front door can contact you',
      });
    }
  });
export type ProfessionalReferral = z.infer<typeof professionalReferralSchema>;

// ─── Anyone without an account (public form) ─────────────────────────────────────────────────────


/**
 * A concern from someone without an account. They cannot search the records, so every child is
 * described, not chosen. They may stay anonymous; if not, we need a way to reach them. They may
 * not know whether the family agreed, so consent may be left out.
 */
export const publicConcernSchema = z
  .object({
    anonymous: z.boolean({ error: 'Say whether you want to tell us who you are' }),
    reporterName: optionalText(200, 'Your name must be 200 characters or fewer'),
    reporterPhone: ukPhoneNumberSchema.optional(),
    reporterEmail: emailAddressSchema.optional(),
    relationshipToChild: z.enum(publicReporterRelationshipCodes, { error: 'Select how you know the child' }),
    subjects: subjectsOf(unidentifiedReferralSubjectSchema),
    concerns: coreFields.concerns,
    description: coreFields.description,
    urgency: coreFields.urgency,
    consent: intakeConsentSchema.optional(),
  })
  .strict()
  .check(storableText)
  .superRefine((concern, ctx) => {
    if (concern.anonymous) {
      for (const field of ['reporterName', 'reporterPhone', 'reporterEmail'] as const) {
        if (concern[field]) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'Leave out your name and contact details if you want to stay anonymous',
          });
        }
      }
      return;
    }
    if (!concern.reporterName) {
      ctx.addIssue({ code: 'custom', path: ['reporterName'], message: 'Enter your name, or choose to stay anonymous' });
    }
    if (!concern.reporterPhone && !concern.reporterEmail) {
      ctx.addIssue({
        code: 'custom',
        path: ['reporterPhone'],
        message: 'Enter a phone number or email address so we can contact you if we need to know more',
      });
    }
  });
export type PublicConcern = z.infer<typeof publicConcernSchema>;

/** The referral source of a public concern: anonymous, or a member of the public. */
export function publicConcernSource(concern: Pick<PublicConcern, 'anonymous'>): Extract<ReferralSource, 'public' | 'anonymous'> {
  return concern.anonymous ? 'anonymous' : 'public';
}

// ─── Partner agencies' systems (machine API) ─────────────────────────────────────────────────────

/** Police incident types a notification can carry, with the concerns each suggests. */
export const policeIncidentTypes = {
  // A child who sees, hears or experiences domestic abuse is a victim in their own right (Domestic Abuse Act 2021 s3).
  'domestic-abuse': { label: 'Domestic abuse incident', concerns: ['3A', '3B'] },
  missing: { label: 'Child reported missing', concerns: ['10A'] },
  arrest: { label: 'Child arrested', concerns: ['14A'] },
  'concern-for-welfare': { label: 'Concern for welfare', concerns: ['20'] },
  'child-sexual-exploitation': { label: 'Child sexual exploitation', concerns: ['11A'] },
  'child-criminal-exploitation': { label: 'Child criminal exploitation', concerns: ['24A'] },
  other: { label: 'Other incident', concerns: ['20'] },
} as const satisfies Record<string, { label: string; concerns: readonly ConcernCategory[] }>;
export type PoliceIncidentType = keyof typeof policeIncidentTypes;
export const policeIncidentTypeCodes = Object.keys(policeIncidentTypes) as [PoliceIncidentType, ...PoliceIncidentType[]];

const requiredName = (missing: string, max: number, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });

/**
 * Notifications' concerns are optional: left out, the kind's default concerns apply
 * (defaultConcernsOf). Consent is optional: a partner's system often does not record it, and the
 * front door then records it at triage.
 */
export const policeNotificationSchema = z
  .object({
    kind: z.literal('police-notification'),
    policeReference: z
      .string({ error: 'Enter the police reference, like the incident number' })
      .trim()
      .min(1, { error: 'Enter the police reference, like the incident number' })
      .max(50, { error: 'The police reference must be 50 characters or fewer' })
      .regex(/^(?:[A-Za-z0-9][A-Za-z0-9/ -]*)?$/, {
        error: 'The police reference may contain only letters, digits, spaces, / and -',
      }),
    incidentAt: z.iso.datetime({ offset: true, error: 'Enter when the incident happened, with the time' }),
    incidentType: z.enum(policeIncidentTypeCodes, { error: 'Select the type of incident' }),
    officerName: requiredName('Enter the officer’s name', 200, 'The officer’s name must be 200 characters or fewer'),
    collarNumber: z
      .string({ error: 'Enter the officer’s collar number' })
      .trim()
      .regex(/^[A-Za-z0-9]{1,10}$/, { error: 'Enter the officer’s collar number: up to 10 letters and digits' }),
    subjects: referralSubjectsSchema,
    concerns: referralConcernsSchema.optional(),
    description: referralDescriptionSchema,
    urgency: referralUrgencySchema,
    consent: intakeConsentSchema.optional(),
  })
  .strict();
export type PoliceNotification = z.infer<typeof policeNotificationSchema>;

const newBirthBabySchema = z
  .object({
    dateOfBirth: isoDate('Enter the baby’s date of birth as a real date, like 2026-03-27').optional(),
    expectedDateOfBirth: isoDate('Enter the expected date of birth as a real date, like 2026-03-27').optional(),
    givenName: optionalText(100, 'Given name must be 100 characters or fewer'),
    familyName: optionalText(100, 'Family name must be 100 characters or fewer'),
    nhsNumber: nhsNumberSchema.optional(),
  })
  .strict()
  .superRefine((baby, ctx) => {
    if (baby.dateOfBirth === undefined && baby.expectedDateOfBirth === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfBirth'],
        message: 'Enter the baby’s date of birth, or the expected date of birth if the baby is not yet born',
      });
    }
    if (baby.dateOfBirth !== undefined && baby.expectedDateOfBirth !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['expectedDateOfBirth'],
        message: 'Enter either the date of birth or the expected date of birth, not both',
      });
    }
  });

const newBirthMotherSchema = z
  .object({
    givenName: requiredName('Enter the mother’s given name', 100, 'Given name must be 100 characters or fewer'),
    familyName: requiredName('Enter the mother’s family name', 100, 'Family name must be 100 characters or fewer'),
    dateOfBirth: isoDate('Enter the mother’s date of birth as a real date, like 1996-03-27').optional(),
    nhsNumber: nhsNumberSchema.optional(),
    postcode: postcodeSchema.optional(),
  })
  .strict()
  .superRefine((mother, ctx) => {
    if (!mother.dateOfBirth && !mother.nhsNumber && !mother.postcode) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfBirth'],
        message: 'Enter the mother’s date of birth, NHS number or postcode so we can find her record',
      });
    }
  });

/** A health visitor's concern after a birth (or before one), about the baby and the household. */
export const newBirthConcernSchema = z
  .object({
    kind: z.literal('new-birth-concern'),
    baby: newBirthBabySchema,
    mother: newBirthMotherSchema,
    healthVisitorName: requiredName('Enter the health visitor’s name', 200, 'The health visitor’s name must be 200 characters or fewer'),
    healthVisitorPhone: ukPhoneNumberSchema.optional(),
    healthVisitorEmail: emailAddressSchema.optional(),
    concerns: referralConcernsSchema.optional(),
    description: referralDescriptionSchema,
    urgency: referralUrgencySchema,
    consent: intakeConsentSchema.optional(),
  })
  .strict()
  .superRefine((notification, ctx) => {
    if (!notification.healthVisitorPhone && !notification.healthVisitorEmail) {
      ctx.addIssue({
        code: 'custom',
        path: ['healthVisitorPhone'],
        message: 'Enter the health visitor’s phone number or email address so the front door can contact them',
      });
    }
  });
export type NewBirthConcern = z.infer<typeof newBirthConcernSchema>;

const attendanceMessage = 'Enter the attendance as a percentage from 0 to 100';
const sessionsMessage = 'Enter the number of unauthorised sessions as a whole number, 0 or more';

/** A school's alert that a pupil's attendance has fallen (school information management system). */
export const schoolAttendanceAlertSchema = z
  .object({
    kind: z.literal('school-attendance-alert'),
    schoolUrn: z
      .string({ error: 'Enter the school’s URN' })
      .trim()
      .regex(/^\d{6}$/, { error: 'Enter the school’s URN: 6 digits, like 117530' }),
    upn: upnSchema.optional(),
    pupil: referralSubjectSchema,
    attendancePercent: z
      .number({ error: attendanceMessage })
      .min(0, { error: attendanceMessage })
      .max(100, { error: attendanceMessage }),
    periodStart: isoDate('Enter the start of the period as a real date, like 2026-01-05'),
    periodEnd: isoDate('Enter the end of the period as a real date, like 2026-02-13'),
    unauthorisedSessions: z
      .number({ error: sessionsMessage })
      .int({ error: sessionsMessage })
      .min(0, { error: sessionsMessage }),
    concerns: referralConcernsSchema.optional(),
    description: optionalText(4000, 'The description must be 4,000 characters or fewer'),
    urgency: referralUrgencySchema.default('not-urgent'),
    consent: intakeConsentSchema.optional(),
  })
  .strict()
  .superRefine((alert, ctx) => {
    // Refinements run even when a field already failed; compare only real dates.
    const bothDates = ISO_DATE.test(alert.periodStart) && ISO_DATE.test(alert.periodEnd);
    if (bothDates && alert.periodEnd < alert.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The end of the period must be on or after its start' });
    }
  });
export type SchoolAttendanceAlert = z.infer<typeof schoolAttendanceAlertSchema>;

export const agencyNotificationKinds = {
  'police-notification': { label: 'Police notification', source: 'police' },
  'new-birth-concern': { label: 'New-birth concern from a health visitor', source: 'health-visitor' },
  'school-attendance-alert': { label: 'School attendance alert', source: 'school' },
} as const satisfies Record<string, { label: string; source: ReferralSource }>;
export type AgencyNotificationKind = keyof typeof agencyNotificationKinds;
export const agencyNotificationKindCodes = Object.keys(agencyNotificationKinds) as [
  AgencyNotificationKind,
  ...AgencyNotificationKind[],
];

export const agencyNotificationSchema = z.discriminatedUnion(
  'kind',
  [policeNotificationSchema, newBirthConcernSchema, schoolAttendanceAlertSchema],
  { error: 'Say what kind of notification this is: police-notification, new-birth-concern or school-attendance-alert' },
).check(storableText);
export type AgencyNotification = z.infer<typeof agencyNotificationSchema>;

/** The referral source a notification is recorded with. */
export function defaultReferralSourceOf(kind: AgencyNotificationKind): ReferralSource {
  return agencyNotificationKinds[kind].source;
}

export type DefaultConcernsInput =
  | { kind: 'police-notification'; incidentType: PoliceIncidentType }
  | { kind: 'new-birth-concern' }
  | { kind: 'school-attendance-alert' };

/** The concerns a notification suggests when it names none. */
export function defaultConcernsOf(notification: DefaultConcernsInput): ConcernCategory[] {
  switch (notification.kind) {
    case 'police-notification':
      return [...policeIncidentTypes[notification.incidentType].concerns];
    case 'new-birth-concern':
      return ['local-new-birth'];
    case 'school-attendance-alert':
      return ['local-attendance'];
    default: {
      const unknown: never = notification;
      throw new RangeError(`Unknown notification kind ${String((unknown as { kind: unknown }).kind)}`);
    }
  }
}

/** The concerns to record for a notification: those it names, else its kind's defaults. */
export function concernsOfNotification(notification: AgencyNotification): ConcernCategory[] {
  return notification.concerns ? [...notification.concerns] : defaultConcernsOf(notification);
}
