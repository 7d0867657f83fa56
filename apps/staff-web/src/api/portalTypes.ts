// Types of the staff side of the family portal (messages with the family, invitations to link an
// account, appointments the family sees), inferred from the portal's contract
// (@childfirst/domain/portal), which the API validates and serialises with.
import type { z } from 'zod';
import type {
  appointmentRequestSchema,
  appointmentSchema,
  attachmentViewSchema,
  invitationRequestSchema,
  invitationSchema,
  messageSchema,
  newThreadSchema,
  replySchema,
  threadSchema,
  threadSummarySchema,
} from '@childfirst/domain/portal';

/** A conversation with the family in the list: `unread` counts the family's messages staff have not read. */
export type ThreadSummary = z.infer<typeof threadSummarySchema>;
/** A conversation with every message, oldest first; `mine` marks the messages staff sent. */
export type MessageThread = z.infer<typeof threadSchema>;
export type ThreadMessage = z.infer<typeof messageSchema>;
export type AttachmentView = z.infer<typeof attachmentViewSchema>;
export type NewThread = z.input<typeof newThreadSchema>;
export type ThreadReply = z.input<typeof replySchema>;

export type InvitationRequest = z.input<typeof invitationRequestSchema>;
/** The invitation's code is in this answer only: the API keeps a hash of it. */
export type Invitation = z.infer<typeof invitationSchema>;

export type NewAppointment = z.input<typeof appointmentRequestSchema>;
export type Appointment = z.infer<typeof appointmentSchema>;

/** A file the API sent (GET /staff/attachments/:id), with the name it gave it, if any. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}
