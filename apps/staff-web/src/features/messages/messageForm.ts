import { fieldErrorsFromIssues, type FieldErrors } from '@childfirst/ui';
import { allowedFileTypes, newThreadSchema, replySchema } from '@childfirst/domain/portal';
import type { NewThread, ThreadReply } from '../../api/portalTypes';

export interface NewThreadFormValues {
  subject: string;
  body: string;
}

export const newThreadFields = [
  { name: 'subject', id: 'subject' },
  { name: 'body', id: 'body' },
];

/** Checked with the API's newThreadSchema, so the messages are the API's. Staff attach nothing here. */
export function validateNewThread(values: NewThreadFormValues): { thread: NewThread; errors?: undefined } | { thread?: undefined; errors: FieldErrors } {
  const parsed = newThreadSchema.safeParse({ subject: values.subject, body: values.body, attachmentIds: [] });
  if (!parsed.success) return { errors: fieldErrorsFromIssues(parsed.error.issues) };
  return { thread: parsed.data };
}

export const replyFields = [{ name: 'body', id: 'reply' }];

export function validateReply(body: string): { reply: ThreadReply; errors?: undefined } | { reply?: undefined; errors: FieldErrors } {
  const parsed = replySchema.safeParse({ body, attachmentIds: [] });
  if (!parsed.success) return { errors: fieldErrorsFromIssues(parsed.error.issues) };
  return { reply: parsed.data };
}

/** "PDF", "Word document": the type as people call it, or as the API sent it. */
export function fileTypeLabel(contentType: string): string {
  return (allowedFileTypes as Record<string, { label: string } | undefined>)[contentType]?.label ?? contentType;
}

/** "860 bytes", "120 KB", "2.4 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
