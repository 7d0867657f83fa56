import { newThreadSchema, replySchema, type NewThread, type Reply } from '@childfirst/domain/portal';
import { fieldErrorsFromIssues, type FieldErrors } from '@childfirst/ui';

/** The message's limit in the shared schema (a test holds the two together). */
export const MESSAGE_MAX_LENGTH = 5000;

export interface MessageFormValues {
  subject: string;
  body: string;
}

/** The fields in page order, with the id each error summary link points at. */
export const messageFields = [{ name: 'subject' }, { name: 'body' }, { name: 'attachmentIds', id: 'attachments' }] as const;

/**
 * Checks a reply with the schema the API uses (attachments are checked as they are chosen, and
 * their ids are known only once they are uploaded).
 */
export function validateReply(values: MessageFormValues): { reply: Reply; errors?: undefined } | { reply?: undefined; errors: FieldErrors } {
  const result = replySchema.safeParse({ body: values.body, attachmentIds: [] });
  return result.success ? { reply: result.data } : { errors: fieldErrorsFromIssues(result.error.issues) };
}

export function validateNewThread(values: MessageFormValues): { thread: NewThread; errors?: undefined } | { thread?: undefined; errors: FieldErrors } {
  const result = newThreadSchema.safeParse({ subject: values.subject, body: values.body, attachmentIds: [] });
  return result.success ? { thread: result.data } : { errors: fieldErrorsFromIssues(result.error.issues) };
}

/** The API's field paths for a message's files ("attachmentIds.0", "file") all belong to the file field. */
export function messageFieldErrors(errors: Record<string, string>): FieldErrors {
  const byField: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path === 'file' || path.startsWith('attachmentIds') ? 'attachmentIds' : path;
    byField[field] ??= message;
  }
  return byField;
}
