import type {
  ChangeOfCircumstances,
  FamilyHome,
  FamilyMe,
  LinkAccount,
  MessageThread,
  NewThread,
  Reply,
  ViewSubmission,
  attachmentViewSchema,
  changeReceiptSchema,
  documentSchema,
  documentUploadSchema,
  familyConsentSchema,
  familyViewListSchema,
  familyViewSchema,
  threadSummarySchema,
} from '@childfirst/domain/portal';
import type { FamilyHelpRequest, HelpRequestSubmission } from '@childfirst/domain/referrals';
import type { JsonClient, JsonRequest } from '@childfirst/ui';
import type { z } from 'zod';
import type { FileTransport } from './files';
import { pathWith, type FamilyPath, type Method, type PathParamsOf, type RequestBodyOf, type ResponseOf } from './typedPaths';

export type ThreadSummary = z.infer<typeof threadSummarySchema>;
export type AttachmentView = z.infer<typeof attachmentViewSchema>;
export type ChangeReceipt = z.infer<typeof changeReceiptSchema>;
export type FamilyDocument = z.infer<typeof documentSchema>;
export type DocumentUpload = z.output<typeof documentUploadSchema>;
export type FamilyView = z.infer<typeof familyViewSchema>;
export type FamilyViewList = z.infer<typeof familyViewListSchema>;
export type FamilyConsent = z.infer<typeof familyConsentSchema>;

/**
 * The family surface of the API (apps/api/src/family-portal), called with the family portal's
 * token. Each submission that creates something takes an idempotency key chosen once per form and
 * resent on every retry, so a double click or a lost response records it once.
 */
export interface FamilyApi {
  /** Who is signed in; `linked: false` until they enter their key worker's invitation code. */
  getMe(): Promise<FamilyMe>;
  linkAccount(link: LinkAccount): Promise<FamilyMe>;
  getHome(): Promise<FamilyHome>;

  listThreads(): Promise<ThreadSummary[]>;
  getThread(threadId: string): Promise<MessageThread>;
  startThread(thread: NewThread, idempotencyKey: string): Promise<MessageThread>;
  reply(threadId: string, reply: Reply, idempotencyKey: string): Promise<MessageThread>;
  markThreadRead(threadId: string): Promise<void>;

  /** Sends one file (multipart/form-data, field "file"); its id then goes with a message or document. */
  uploadAttachment(file: File, signal?: AbortSignal): Promise<AttachmentView>;
  downloadAttachment(attachmentId: string): Promise<Blob>;
  /** Where the attachment is on the API, for a link's address (the download itself needs the token). */
  attachmentUrl(attachmentId: string): string;

  listDocuments(): Promise<FamilyDocument[]>;
  addDocument(upload: DocumentUpload): Promise<FamilyDocument>;

  listViews(): Promise<FamilyViewList>;
  addView(view: ViewSubmission): Promise<FamilyView>;

  listConsents(): Promise<FamilyConsent[]>;
  /** Answers with every consent, this one now withdrawn. */
  withdrawConsent(consentId: string): Promise<FamilyConsent[]>;

  reportChange(change: ChangeOfCircumstances, idempotencyKey: string): Promise<ChangeReceipt>;

  listHelpRequests(): Promise<FamilyHelpRequest[]>;
  submitHelpRequest(submission: HelpRequestSubmission, idempotencyKey: string): Promise<FamilyHelpRequest>;
}

type CallOptions<P extends FamilyPath, M extends Method> = ([PathParamsOf<P, M>] extends [never] ? { params?: undefined } : { params: PathParamsOf<P, M> }) &
  ([RequestBodyOf<P, M>] extends [never] ? { body?: undefined } : { body: RequestBodyOf<P, M> }) &
  Pick<JsonRequest, 'headers' | 'signal'>;

const unavailableFiles: FileTransport = {
  upload: () => Promise.reject(new Error('This FamilyApi was created without file transport')),
  download: () => Promise.reject(new Error('This FamilyApi was created without file transport')),
  urlOf: (path) => path,
};

export function createFamilyApi(request: JsonClient, files: FileTransport = unavailableFiles): FamilyApi {
  /** A call typed by the OpenAPI document: its path, parameters, body and response. */
  function call<P extends FamilyPath, M extends Method>(method: M, path: P, options: CallOptions<P, M>): Promise<ResponseOf<P, M>> {
    const { params, body, headers, signal } = options as { params?: Record<string, string>; body?: unknown } & Pick<JsonRequest, 'headers' | 'signal'>;
    return request<ResponseOf<P, M>>(params ? pathWith(path, params) : path, { method: method === 'get' ? 'GET' : 'POST', body, headers, signal });
  }
  const idempotent = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

  return {
    getMe: () => call('get', '/family/me', {}),
    linkAccount: (link) => call('post', '/family/link', { body: link }),
    getHome: () => call('get', '/family/home', {}),

    listThreads: async () => (await call('get', '/family/messages', {})).items,
    getThread: (threadId) => call('get', '/family/messages/{threadId}', { params: { threadId } }),
    startThread: (thread, idempotencyKey) => call('post', '/family/messages', { body: thread, headers: idempotent(idempotencyKey) }),
    reply: (threadId, reply, idempotencyKey) =>
      call('post', '/family/messages/{threadId}/replies', { params: { threadId }, body: reply, headers: idempotent(idempotencyKey) }),
    markThreadRead: (threadId) => call('post', '/family/messages/{threadId}/read', { params: { threadId } }),

    uploadAttachment: (file, signal) => files.upload<ResponseOf<'/family/attachments', 'post'>>('/family/attachments', file, signal),
    downloadAttachment: (attachmentId) => files.download(pathWith('/family/attachments/{id}', { id: attachmentId })),
    attachmentUrl: (attachmentId) => files.urlOf(pathWith('/family/attachments/{id}', { id: attachmentId })),

    listDocuments: async () => (await call('get', '/family/documents', {})).items,
    addDocument: (upload) => call('post', '/family/documents', { body: upload }),

    listViews: () => call('get', '/family/views', {}),
    addView: (view) => call('post', '/family/views', { body: view }),

    listConsents: async () => (await call('get', '/family/consents', {})).items,
    withdrawConsent: async (consentId) => (await call('post', '/family/consents/{id}/withdraw', { params: { id: consentId } })).items,

    reportChange: (change, idempotencyKey) => call('post', '/family/changes', { body: change, headers: idempotent(idempotencyKey) }),

    listHelpRequests: async () => (await call('get', '/family/help-requests', {})).items,
    submitHelpRequest: (submission, idempotencyKey) => call('post', '/family/help-requests', { body: submission, headers: idempotent(idempotencyKey) }),
  };
}
