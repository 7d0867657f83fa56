import { z } from 'zod';
import { accountKindCodes, documentSchema, familyViewSchema } from './portal';

/**
 * What the family shares, as staff see it through the case (GET /staff/cases/:id/family-documents
 * and /family-views): who sent what and when, and whether someone on the staff side has read it.
 * Only the first reading is kept, so "read by" always names who read it first.
 */
const isoDateTime = z.iso.datetime({ offset: true });

/** The family member behind a family portal account. */
export const familySenderSchema = z.object({
  /** The account's name when it was sent, e.g. "Jo Adams". */
  name: z.string(),
  /** The member of the family the account belongs to; null when the account is no longer linked to the family. */
  memberName: z.string().nullable(),
  accountKind: z.enum(accountKindCodes).nullable(),
});
export type FamilySender = z.infer<typeof familySenderSchema>;

/** The first time someone on the staff side read it (marking it read again keeps this one). */
export const staffReadingSchema = z.object({ readAt: isoDateTime, readBy: z.string() });
export type StaffReading = z.infer<typeof staffReadingSchema>;

export const familySubmissionKinds = ['document', 'view'] as const;
export type FamilySubmissionKind = (typeof familySubmissionKinds)[number];

/** Who sent it and when, and who on the staff side read it first (null until someone has). */
const sentAndRead = { sentAt: isoDateTime, sentBy: familySenderSchema, read: staffReadingSchema.nullable() };

/** What the family sees of it (the file itself: GET /staff/cases/:id/attachments/:attachmentId), and who sent it, when, and who read it. */
export const familyDocumentForStaffSchema = documentSchema.pick({ id: true, attachmentId: true, title: true, fileName: true, contentType: true, size: true }).extend(sentAndRead);
export type FamilyDocumentForStaff = z.infer<typeof familyDocumentForStaffSchema>;
/** Newest first, with how many nobody on the staff side has read. */
export const familyDocumentsForStaffSchema = z.object({ items: z.array(familyDocumentForStaffSchema), unread: z.number().int() });

/** Whose views (a child or young person, or a parent or carer: viewSpeakers), about which child if the family said, on what, and what they said; who sent them, when, and who read them. */
export const familyViewForStaffSchema = familyViewSchema.pick({ id: true, speaker: true, aboutName: true, topic: true, topicLabel: true, text: true }).extend(sentAndRead);
export type FamilyViewForStaff = z.infer<typeof familyViewForStaffSchema>;
export const familyViewsForStaffSchema = z.object({ items: z.array(familyViewForStaffSchema), unread: z.number().int() });
