import type { Agency } from '../agencies';
import type { HelpRequestSubmission } from './schemas';
import {
  concernsOfNotification,
  defaultReferralSourceOf,
  publicConcernSource,
  type AgencyNotification,
  type ProfessionalReferral,
  type PublicConcern,
  type ReferralIntakeChannel,
  type ReferralSubject,
} from './intake';
import type { IntakeConsent } from './intake-consent';
import { policeIncidentTypes } from './intake';
import type { ReferralSource } from './referral-source';
import type { ReferralUrgency } from './urgency';
import type { ConcernCategory } from './concern-categories';

/**
 * Every way in to the front door, normalised to one shape the front door stores: one referral
 * record whatever the source (PRODUCT.md: "Every concern about a child … arrives through one front
 * door").
 */
export interface ReferralDraft {
  channel: ReferralIntakeChannel;
  source: ReferralSource;
  description: string;
  concerns: ConcernCategory[];
  urgency: ReferralUrgency | null;
  consent: IntakeConsent | null;
  referrer: ReferrerDetails | null;
  externalReference: string | null;
  subjects: ReferralSubject[];
}

export interface ReferrerDetails {
  name: string | null;
  role: string | null;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  relationship: string | null;
}

const referrer = (details: Partial<ReferrerDetails>): ReferrerDetails => ({
  name: details.name ?? null,
  role: details.role ?? null,
  organisation: details.organisation ?? null,
  phone: details.phone ?? null,
  email: details.email ?? null,
  relationship: details.relationship ?? null,
});

export function draftFromProfessional(referral: ProfessionalReferral, referrerName: string): ReferralDraft {
  return {
    channel: 'professional',
    source: referral.source,
    description: referral.description,
    concerns: referral.concerns,
    urgency: referral.urgency,
    consent: referral.consent,
    referrer: referrer({ name: referrerName, role: referral.referrerRole, organisation: referral.referrerOrganisation, phone: referral.referrerPhone, email: referral.referrerEmail }),
    externalReference: null,
    subjects: referral.subjects,
  };
}

export function draftFromPublic(concern: PublicConcern): ReferralDraft {
  return {
    channel: 'public',
    source: publicConcernSource(concern),
    description: concern.description,
    concerns: concern.concerns,
    urgency: concern.urgency,
    consent: concern.consent ?? null,
    referrer: concern.anonymous
      ? null
      : referrer({ name: concern.reporterName, relationship: concern.relationshipToChild, phone: concern.reporterPhone, email: concern.reporterEmail }),
    externalReference: null,
    subjects: concern.subjects,
  };
}

/** A family asking for help for their own children: the family's record says who the children are. */
export function draftFromFamily(request: HelpRequestSubmission, childPersonIds: string[]): ReferralDraft {
  return {
    channel: 'family-self',
    source: 'family-self',
    description: request.whatIsHappening,
    concerns: [],
    urgency: null,
    consent: { status: 'given' },
    referrer: null,
    externalReference: null,
    subjects: childPersonIds.map((personId) => ({ kind: 'known' as const, personId })),
  };
}

export function draftFromAgencyNotification(notification: AgencyNotification, sentBy: string): ReferralDraft {
  const base = { channel: 'agency-notification' as const, source: defaultReferralSourceOf(notification.kind), concerns: concernsOfNotification(notification), consent: notification.consent ?? null };
  switch (notification.kind) {
    case 'police-notification':
      return {
        ...base,
        description: `${policeIncidentTypes[notification.incidentType].label} (${notification.incidentAt}): ${notification.description}`,
        urgency: notification.urgency,
        referrer: referrer({ name: notification.officerName, role: `Police officer ${notification.collarNumber ?? ''}`.trim(), organisation: sentBy }),
        externalReference: notification.policeReference,
        subjects: notification.subjects,
      };
    case 'new-birth-concern': {
      const { baby, mother } = notification;
      return {
        ...base,
        description: `New birth concern about ${mother.givenName} ${mother.familyName}'s baby: ${notification.description}`,
        urgency: notification.urgency,
        referrer: referrer({ name: notification.healthVisitorName, role: 'Health visitor', organisation: sentBy, phone: notification.healthVisitorPhone, email: notification.healthVisitorEmail }),
        externalReference: null,
        subjects: [
          {
            kind: 'unidentified',
            givenName: baby.givenName ?? 'Baby',
            familyName: baby.familyName ?? mother.familyName,
            ...(baby.dateOfBirth ? { dateOfBirth: baby.dateOfBirth } : {}),
            ...(mother.postcode ? { postcode: mother.postcode } : {}),
            description: baby.expectedDateOfBirth ? `Unborn: expected ${baby.expectedDateOfBirth}` : undefined,
          },
        ],
      };
    }
    case 'school-attendance-alert':
      return {
        ...base,
        description:
          `School attendance alert (school URN ${notification.schoolUrn}): attendance ${notification.attendancePercent}% from ${notification.periodStart} to ${notification.periodEnd}` +
          `${notification.unauthorisedSessions !== undefined ? `, ${notification.unauthorisedSessions} unauthorised sessions` : ''}.` +
          `${notification.description ? ` ${notification.description}` : ''}`,
        urgency: notification.urgency,
        referrer: referrer({ role: 'School attendance officer', organisation: sentBy }),
        externalReference: notification.upn ?? null,
        subjects: [notification.pupil],
      };
  }
}

/** Which agency a referral source speaks for, for the prevention rule; null for families and the public. */
export function agencyOfSource(source: ReferralSource): Agency | null {
  switch (source) {
    case 'school':
    case 'education-services':
      return 'education';
    case 'gp':
    case 'health-visitor':
    case 'school-nurse':
      return 'health';
    case 'housing':
      return 'housing';
    case 'social-care':
      return 'social-care';
    case 'police':
      return 'police';
    case 'voluntary-sector':
      return 'voluntary';
    default:
      return null;
  }
}
