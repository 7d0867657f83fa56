import { z } from 'zod';
import { concernLevelCodes, informationRequestStatuses, informationResponseSchema } from './information-requests';
import { ragRatingCodes } from './rag';
import { referralIntakeChannelCodes } from './intake';
import { referralDetailSchema, triageQueueItemSchema } from './schemas';
import { storableText } from '../text';

/**
 * What the staff API returns for the front door (triage queue, referral page, agency tasks).
 * Responses are serialised through these schemas, so a field not listed never leaves the API.
 */
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const labelled = z.object({ code: z.string(), label: z.string() });

export const informationRequestTimings = ['due', 'at-risk', 'overdue', 'answered', 'answered-late', 'cancelled'] as const;

export const frontDoorQueueItemSchema = triageQueueItemSchema.extend({
  intakeChannel: z.enum(referralIntakeChannelCodes),
  rag: z.enum(ragRatingCodes).nullable(),
  concerns: z.array(labelled),
  urgency: z.string().nullable(),
  urgencyLabel: z.string().nullable(),
  /** A referral about the same child within 12 months. */
  reReferral: z.boolean(),
  /** Children not yet matched to a record. */
  unmatchedSubjects: z.number().int(),
  openRequests: z.number().int(),
  overdueRequests: z.number().int(),
  assignedTo: z.string().nullable(),
});
export type FrontDoorQueueItem = z.infer<typeof frontDoorQueueItemSchema>;

export const preventionAlertViewSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  childName: z.string(),
  agencies: z.array(labelled),
  referralIds: z.array(z.uuid()),
  firstAt: isoDateTime,
  lastAt: isoDateTime,
  windowDays: z.number().int(),
  raisedAt: isoDateTime,
  acknowledgedAt: isoDateTime.nullable(),
  acknowledgedBy: z.string().nullable(),
});
export type PreventionAlertView = z.infer<typeof preventionAlertViewSchema>;

export const frontDoorQueueSchema = z.object({
  items: z.array(frontDoorQueueItemSchema),
  /** Open prevention alerts (two or more agencies' concerns about one child within the window). */
  alerts: z.array(preventionAlertViewSchema),
});

export const informationRequestViewSchema = z.object({
  id: z.uuid(),
  agency: z.string(),
  agencyLabel: z.string(),
  question: z.string(),
  requestedAt: isoDateTime,
  requestedBy: z.string(),
  dueAt: isoDateTime,
  escalateAt: isoDateTime,
  status: z.enum(informationRequestStatuses),
  timing: z.enum(informationRequestTimings),
  chasedAt: isoDateTime.nullable(),
  escalatedAt: isoDateTime.nullable(),
  answeredAt: isoDateTime.nullable(),
  answeredBy: z.string().nullable(),
  response: informationResponseSchema.nullable(),
});
export type InformationRequestView = z.infer<typeof informationRequestViewSchema>;

export const referralSubjectViewSchema = z.object({
  id: z.uuid(),
  /** Null until matched to a person record. */
  personId: z.uuid().nullable(),
  name: z.string(),
  dateOfBirth: isoDate.nullable(),
  approximateAge: z.number().int().nullable(),
  postcode: z.string().nullable(),
  schoolName: z.string().nullable(),
  description: z.string().nullable(),
  matchedAt: isoDateTime.nullable(),
  matchedBy: z.string().nullable(),
});

export const frontDoorReferralSchema = referralDetailSchema.extend({
  intakeChannel: z.enum(referralIntakeChannelCodes),
  intakeChannelLabel: z.string(),
  urgency: z.string().nullable(),
  urgencyLabel: z.string().nullable(),
  concerns: z.array(labelled),
  consent: z.object({ status: z.string(), label: z.string(), detail: z.string().nullable() }).nullable(),
  /** Who referred: a professional or a member of the public (absent when anonymous or the family). */
  referrer: z
    .object({
      name: z.string().nullable(),
      role: z.string().nullable(),
      organisation: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      /** How a member of the public knows the child (a code of `publicReporterRelationships`), and its label. */
      relationship: z.string().nullable(),
      relationshipLabel: z.string().nullable(),
    })
    .nullable(),
  externalReference: z.string().nullable(),
  subjects: z.array(referralSubjectViewSchema),
  familyId: z.uuid().nullable(),
  caseId: z.uuid().nullable(),
  rag: z.enum(ragRatingCodes).nullable(),
  ragLabel: z.string().nullable(),
  ragSetAt: isoDateTime.nullable(),
  informationRequests: z.array(informationRequestViewSchema),
  reReferralOf: z.object({ id: z.uuid(), receivedAt: isoDateTime, outcomeLabel: z.string().nullable() }).nullable(),
  linkedReferrals: z.array(z.object({ id: z.uuid(), receivedAt: isoDateTime, sourceLabel: z.string(), status: z.string(), outcomeLabel: z.string().nullable() })),
  preventionAlerts: z.array(preventionAlertViewSchema),
  assignedTo: z.object({ practitionerId: z.uuid(), name: z.string() }).nullable(),
  acknowledgedAt: isoDateTime.nullable(),
  referrerToldAt: isoDateTime.nullable(),
  familyToldAt: isoDateTime.nullable(),
  keyWorker: z.object({ practitionerId: z.uuid(), name: z.string() }).nullable(),
  signpostServices: z.string().nullable(),
  /** Why the decision was made after its due time (kept with the missed deadline). */
  lateReason: z.string().nullable(),
});
export type FrontDoorReferral = z.infer<typeof frontDoorReferralSchema>;

/** An information request as the asked agency's practitioners see it in their task list. */
export const agencyTaskSchema = z.object({
  id: z.uuid(),
  referralId: z.uuid(),
  agency: z.string(),
  agencyLabel: z.string(),
  question: z.string(),
  requestedAt: isoDateTime,
  requestedBy: z.string(),
  dueAt: isoDateTime,
  escalateAt: isoDateTime,
  status: z.enum(informationRequestStatuses),
  timing: z.enum(informationRequestTimings),
  rag: z.enum(ragRatingCodes).nullable(),
  children: z.array(z.object({ name: z.string(), dateOfBirth: isoDate.nullable() })),
  familyName: z.string().nullable(),
  summary: z.string(),
});
export const agencyTaskListSchema = z.object({ items: z.array(agencyTaskSchema) });
export type AgencyTask = z.infer<typeof agencyTaskSchema>;

// ─── Requests ────────────────────────────────────────────────────────────────────────────────────

/** POST /staff/referrals/:id/information-gathering (If-Match: the version seen): the priority (RAG) and the agencies to ask. */
export { initialDecisionSchema as informationGatheringBodySchema } from './rag';

/** POST /staff/information-requests/:id/response: the asked agency answers. */
export const informationResponseBodySchema = informationResponseSchema;

/** POST /staff/referrals/:id/assignee (If-Match: the version seen): who in the front door works the referral (null: unassigned). */
export const referralAssigneeSchema = z.object({ practitionerId: z.uuid({ error: 'Choose a practitioner from the list' }).nullable() }).strict().check(storableText);

/** POST /staff/referrals/:id/subjects/:subjectId/match: the child is this person record. */
export const subjectMatchSchema = z.object({ personId: z.uuid({ error: 'Choose the person’s record from the search results' }) }).strict().check(storableText);

/** Answer to a public concern: a reference to quote, nothing about what happens to the child. */
export const publicConcernReceiptSchema = z.object({ reference: z.string(), receivedAt: isoDateTime, message: z.string() });
/** Answer to an agency notification through the API. */
export const agencyNotificationReceiptSchema = z.object({ referralId: z.uuid(), reference: z.string(), receivedAt: isoDateTime });

export { concernLevelCodes };
