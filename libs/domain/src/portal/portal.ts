import { z } from 'zod';
import { storableText } from '../text';

/**
 * The family portal's contract (PRODUCT.md: a family deals with one "someone from the council", its
 * key worker, online). Request schemas are used by the API's validation and the portal's forms;
 * view schemas serialise every family response, so nothing else can leave the family surface.
 */
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

// ─── Linking an account to a family ──────────────────────────────────────────────────────────────

/** Invitation codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in groups. */
export const INVITATION_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const invitationCodeSchema = z
  .string({ error: 'Enter the code from your invitation' })
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .min(1, { error: 'Enter the code from your invitation' })
      .regex(new RegExp(`^[${INVITATION_ALPHABET}]{10}$`), { error: 'Enter the 10-character code from your invitation, like K7PM-Q2XD-9A' }),
  );
export const linkAccountSchema = z.object({ code: invitationCodeSchema }).strict().check(storableText);
export type LinkAccount = z.infer<typeof linkAccountSchema>;

/** Show a code as people read it: K7PM-Q2XD-9A. */
export function formatInvitationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export const accountKinds = {
  parent: { label: 'Parent or carer' },
  'young-person': { label: 'Young person (13 or over)' },
} as const satisfies Record<string, { label: string }>;
export type AccountKind = keyof typeof accountKinds;
export const accountKindCodes = Object.keys(accountKinds) as [AccountKind, ...AccountKind[]];

/** Young people may have their own account from this age. */
export const YOUNG_PERSON_MINIMUM_AGE = 13;
/** An invitation can be used once, within this many days. */
export const INVITATION_VALID_DAYS = 14;

export const familyMeSchema = z.object({
  linked: z.boolean(),
  displayName: z.string(),
  familyName: z.string().nullable(),
  accountKind: z.enum(accountKindCodes).nullable(),
  /** The person this account is (a parent or the young person), once linked. */
  personName: z.string().nullable(),
});
export type FamilyMe = z.infer<typeof familyMeSchema>;

/** Staff: POST /staff/cases/:id/invitations — invite a member of the family to link their account. */
export const invitationRequestSchema = z.object({ personId: z.uuid({ error: 'Choose who the invitation is for' }) }).strict().check(storableText);
export const invitationSchema = z.object({
  /** Shown once, to give to the person; only a hash is stored. */
  code: z.string(),
  expiresAt: isoDateTime,
  personName: z.string(),
  accountKind: z.enum(accountKindCodes),
});

// ─── Home: our key worker, what is happening now, what is coming up ──────────────────────────────

export const keyWorkerContactSchema = z.object({
  name: z.string(),
  role: z.string(),
  agencyLabel: z.string(),
  teamName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** When they can be reached, in plain English. */
  availability: z.string().nullable(),
  /** Who covers when they are away. */
  cover: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
});

export const processKinds = ['help-request', 'referral', 'assessment', 'early-help', 'child-protection', 'ehc', 'looked-after', 'other'] as const;
export const processStates = ['on-track', 'due-soon', 'overdue', 'done'] as const;

/** One open process of this family, with where it stands and what happens next, in plain English. */
export const familyProcessSchema = z.object({
  id: z.string(),
  kind: z.enum(processKinds),
  /** e.g. "EHC needs assessment" */
  title: z.string(),
  /** e.g. "Week 7 of 20" or "We are deciding what help to offer" */
  stage: z.string(),
  /** e.g. "Decision on the plan due 12 March" */
  nextStep: z.string(),
  dueOn: isoDate.nullable(),
  progress: z.object({ current: z.number().int(), total: z.number().int(), unit: z.enum(['week', 'working day', 'day']) }).nullable(),
  state: z.enum(processStates),
});
export type FamilyProcess = z.infer<typeof familyProcessSchema>;

export const appointmentSchema = z.object({
  id: z.uuid(),
  startsAt: isoDateTime,
  endsAt: isoDateTime.nullable(),
  title: z.string(),
  location: z.string().nullable(),
  withName: z.string().nullable(),
});

export const familyHomeSchema = z.object({
  familyName: z.string(),
  accountKind: z.enum(accountKindCodes),
  keyWorker: keyWorkerContactSchema.nullable(),
  processes: z.array(familyProcessSchema),
  appointments: z.array(appointmentSchema),
  unreadMessages: z.number().int(),
});
export type FamilyHome = z.infer<typeof familyHomeSchema>;

// ─── Messages with the key worker ────────────────────────────────────────────────────────────────

/** What may be attached or uploaded: checked by content (magic bytes), not by the name a file claims. */
export const allowedFileTypes = {
  'application/pdf': { label: 'PDF', extension: '.pdf' },
  'image/jpeg': { label: 'JPEG image', extension: '.jpg' },
  'image/png': { label: 'PNG image', extension: '.png' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word document', extension: '.docx' },
} as const satisfies Record<string, { label: string; extension: string }>;
export type AllowedFileType = keyof typeof allowedFileTypes;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

export const attachmentViewSchema = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int() });

export const messageSchema = z.object({
  id: z.uuid(),
  sentAt: isoDateTime,
  from: z.object({ name: z.string(), kind: z.enum(['family', 'staff']) }),
  body: z.string(),
  attachments: z.array(attachmentViewSchema),
  /** Sent by the person looking (so shown as "You"). */
  mine: z.boolean(),
  /** When the other side read it; null while unread. */
  readAt: isoDateTime.nullable(),
});
export const threadSummarySchema = z.object({
  id: z.uuid(),
  subject: z.string(),
  lastMessageAt: isoDateTime,
  lastFrom: z.string(),
  unread: z.number().int(),
});
export const threadListSchema = z.object({ items: z.array(threadSummarySchema) });
export const threadSchema = z.object({ id: z.uuid(), subject: z.string(), messages: z.array(messageSchema) });
export type MessageThread = z.infer<typeof threadSchema>;

const messageBody = z
  .string({ error: 'Enter your message' })
  .trim()
  .min(1, { error: 'Enter your message' })
  .max(5000, { error: 'Your message must be 5,000 characters or fewer' });
const attachmentIds = z.array(z.uuid({ error: 'Upload the file again' })).max(MAX_ATTACHMENTS, { error: `Attach up to ${MAX_ATTACHMENTS} files` }).default([]);

export const newThreadSchema = z
  .object({
    subject: z.string({ error: 'Enter a subject' }).trim().min(3, { error: 'Enter a subject of at least 3 characters' }).max(120, { error: 'The subject must be 120 characters or fewer' }),
    body: messageBody,
    attachmentIds,
  })
  .strict()
  .check(storableText);
export type NewThread = z.infer<typeof newThreadSchema>;
export const replySchema = z.object({ body: messageBody, attachmentIds }).strict().check(storableText);
export type Reply = z.infer<typeof replySchema>;

// ─── Tell us about a change ──────────────────────────────────────────────────────────────────────

export const changeKinds = {
  address: { label: 'We have moved or are moving' },
  household: { label: 'Someone has joined or left our household' },
  school: { label: 'A child has changed school or nursery' },
  'contact-details': { label: 'Our phone number or email address has changed' },
  health: { label: 'A change in someone’s health or disability' },
  other: { label: 'Something else' },
} as const satisfies Record<string, { label: string }>;
export type ChangeKind = keyof typeof changeKinds;
export const changeKindCodes = Object.keys(changeKinds) as [ChangeKind, ...ChangeKind[]];

export const changeOfCircumstancesSchema = z
  .object({
    kind: z.enum(changeKindCodes, { error: 'Select what has changed' }),
    details: z.string({ error: 'Tell us what has changed' }).trim().min(10, { error: 'Tell us what has changed in at least 10 characters' }).max(4000, { error: 'This must be 4,000 characters or fewer' }),
    effectiveFrom: isoDate.optional(),
  })
  .strict()
  .check(storableText);
export type ChangeOfCircumstances = z.infer<typeof changeOfCircumstancesSchema>;
export const changeReceiptSchema = z.object({ id: z.uuid(), receivedAt: isoDateTime, message: z.string() });

// ─── Documents ───────────────────────────────────────────────────────────────────────────────────

export const documentSchema = z.object({
  id: z.uuid(),
  /** The file itself: GET /family/attachments/:attachmentId. */
  attachmentId: z.uuid(),
  title: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: isoDateTime,
  uploadedBy: z.string(),
});
export const documentListSchema = z.object({ items: z.array(documentSchema) });
export const documentUploadSchema = z
  .object({
    title: z.string({ error: 'Enter what the document is' }).trim().min(2, { error: 'Enter what the document is' }).max(120, { error: 'The title must be 120 characters or fewer' }),
    attachmentId: z.uuid({ error: 'Choose a file to upload' }),
  })
  .strict()
  .check(storableText);

// ─── Our views (the voice of the child and the parents) ──────────────────────────────────────────

export const viewSpeakers = { child: { label: 'A child or young person' }, parent: { label: 'A parent or carer' } } as const;
export const viewTopics = {
  assessment: { label: 'An assessment' },
  plan: { label: 'A plan (for example an EHC plan or child in need plan)' },
  review: { label: 'A review or meeting' },
  general: { label: 'Anything else' },
} as const satisfies Record<string, { label: string }>;
export type ViewTopic = keyof typeof viewTopics;
export const viewSubmissionSchema = z
  .object({
    speaker: z.enum(['child', 'parent'], { error: 'Say whose views these are' }),
    aboutPersonId: z.uuid({ error: 'Choose the child' }).optional(),
    topic: z.enum(Object.keys(viewTopics) as [ViewTopic, ...ViewTopic[]], { error: 'Select what your views are about' }),
    text: z.string({ error: 'Tell us your views' }).trim().min(10, { error: 'Tell us your views in at least 10 characters' }).max(5000, { error: 'Your views must be 5,000 characters or fewer' }),
  })
  .strict()
  .check(storableText);
export type ViewSubmission = z.infer<typeof viewSubmissionSchema>;
export const familyViewSchema = z.object({
  id: z.uuid(),
  speaker: z.enum(['child', 'parent']),
  aboutName: z.string().nullable(),
  topic: z.string(),
  topicLabel: z.string(),
  text: z.string(),
  recordedAt: isoDateTime,
  recordedBy: z.string(),
});
export const familyViewListSchema = z.object({ items: z.array(familyViewSchema), children: z.array(z.object({ personId: z.uuid(), name: z.string() })) });

// ─── Consent: what we agreed to share, with whom ─────────────────────────────────────────────────

export const familyConsentSchema = z.object({
  id: z.uuid(),
  agencyLabel: z.string(),
  purposeLabel: z.string(),
  givenAt: isoDateTime,
  givenBy: z.string().nullable(),
  withdrawnAt: isoDateTime.nullable(),
});
export const familyConsentListSchema = z.object({ items: z.array(familyConsentSchema) });

// ─── Staff side ──────────────────────────────────────────────────────────────────────────────────

/** Staff: POST /staff/cases/:id/appointments — a meeting or visit the family sees on their home page. */
export const appointmentRequestSchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true, error: 'Enter when it starts, with the time' }),
    endsAt: isoDateTime.optional(),
    title: z.string({ error: 'Enter what the appointment is' }).trim().min(3, { error: 'Enter what the appointment is' }).max(120, { error: 'The title must be 120 characters or fewer' }),
    location: z.string().trim().max(200, { error: 'The place must be 200 characters or fewer' }).optional(),
  })
  .strict()
  .check(storableText)
  .superRefine((appointment, ctx) => {
    if (appointment.endsAt && appointment.endsAt <= appointment.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must be after the start' });
  });
