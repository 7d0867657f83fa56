import type { Capability, Role } from '@childfirst/domain/access';
import type { InformationResponse, InitialDecision, ProfessionalReferral, TriageDecisionV2 } from '@childfirst/domain/referrals';
import type { JsonClient } from '@childfirst/ui';
import type {
  BreakGlassAccess,
  CaseloadItem,
  CaseNote,
  CaseWorkspace,
  Chronology,
  ChronologyEntry,
  ChronologyFilters,
  ConsentWithdrawal,
  NewCaseNote,
  NewCaseStatus,
  NewChronologyEntry,
  NewConsent,
  NewConsentOverride,
  NewWarning,
  Practitioner,
  WarningView,
} from './casesTypes';
import type { FamilyRecord } from './familiesTypes';
import type { FamilyDocumentsForStaff, FamilyViewsForStaff, StaffReading } from './familySubmissionsTypes';
import type { FileClient } from './fileClient';
import type { AgencyTask, FrontDoorQueue, FrontDoorReferral, InformationRequestView, PreventionAlert, TriageQueueQuery } from './frontDoorTypes';
import type { NewPerson, PersonChange, PersonCreated, PersonMerge, PersonRecord, PersonSearchCriteria, PersonSearchResult, RecordViewer } from './peopleTypes';
import type { Appointment, DownloadedFile, Invitation, InvitationRequest, MessageThread, NewAppointment, NewThread, ThreadReply, ThreadSummary } from './portalTypes';

/**
 * Capabilities of the child-centred record, granted by the API (GET /staff/me) before
 * @childfirst/domain/access lists them; once it does, this union adds nothing.
 */
export type RecordCapability = 'record:view' | 'record:viewers' | 'case:assign-key-worker' | 'case:write-notes';
export type StaffCapability = Capability | RecordCapability;

export interface StaffProfile {
  displayName: string;
  roles: Role[];
  capabilities: StaffCapability[];
  /** The signed-in person's practitioner record, if they have one (admins may not). */
  practitionerId?: string | null;
}

/** The staff surface of the API, called with the staff app's token. */
export interface StaffApi {
  getStaffProfile(): Promise<StaffProfile>;
  /**
   * Referrals with this status matching the filters, ordered by when their decision is due, and
   * (with `includeAlerts`) the open prevention alerts.
   */
  listTriageQueue(query: TriageQueueQuery): Promise<FrontDoorQueue>;
  getReferral(id: string): Promise<FrontDoorReferral>;
  /**
   * A professional's referral. The idempotency key is chosen once per form and resent on every
   * retry, so the referral is recorded once (201, or 200 with the same referral on a replay).
   */
  createReferral(referral: ProfessionalReferral, idempotencyKey: string): Promise<FrontDoorReferral>;
  /**
   * The front door's priority (RAG) and the agencies it asks, on the version of the referral shown
   * (If-Match); refused with 409 if the referral changed since. Used again to ask more agencies.
   */
  startInformationGathering(id: string, decision: InitialDecision, version: number): Promise<FrontDoorReferral>;
  /**
   * Records the triage decision on the version of the referral the manager was looking at; the
   * API refuses it (409) if the referral was decided or changed since, rather than overwrite.
   */
  decideReferral(id: string, decision: TriageDecisionV2, version: number): Promise<FrontDoorReferral>;
  /** After a strategy discussion: records that telling the family is safe, and sends them the outcome's message (once). */
  tellFamily(id: string): Promise<{ familyToldAt: string }>;
  /** Who in the front door works the referral (null: no one), on the version shown (If-Match). */
  assignReferral(id: string, practitionerId: string | null, version: number): Promise<FrontDoorReferral>;
  /** The child the referral is about is this person on the record. */
  matchReferralSubject(referralId: string, subjectId: string, personId: string): Promise<FrontDoorReferral>;
  acknowledgePreventionAlert(alertId: string): Promise<PreventionAlert>;
  /** The open requests for information to the signed-in practitioner's agency. */
  listInformationRequests(): Promise<AgencyTask[]>;
  /** The agency's answer; refused with 409 when the request is no longer open. */
  respondToInformationRequest(requestId: string, response: InformationResponse): Promise<InformationRequestView>;

  /**
   * People matching any of the criteria, best match first; the API matches names fuzzily. Each is
   * shown as much as the searcher may see (`identifiersShown`); the purpose is recorded with the search.
   */
  searchPeople(criteria: PersonSearchCriteria): Promise<PersonSearchResult[]>;
  getPerson(id: string): Promise<PersonRecord>;
  /**
   * Records a new person. The idempotency key is chosen once per form and resent on every retry,
   * so the person is recorded once. Refused with 409 (type …:possible-duplicate, with `duplicates`)
   * when they may already have a record, unless `duplicatesReviewed`; always when one has the same NHS number.
   */
  createPerson(person: NewPerson, duplicatesReviewed: boolean, idempotencyKey: string): Promise<PersonCreated>;
  /** Merges the person's record into the one kept; answers with the kept record. Refused with 409 when they cannot be merged. */
  mergePerson(personId: string, merge: PersonMerge): Promise<PersonRecord>;
  /**
   * Changes only the fields sent, on the version of the record they were changed on; answers with
   * the record. Refused with 409 (type …:person-changed-since-viewed, with `currentVersion` and
   * `changes`) when someone changed it since.
   */
  updatePerson(personId: string, change: PersonChange): Promise<PersonRecord>;
  /** A staff-safety warning on a person; the idempotency key is chosen once per form and resent on every retry. */
  addWarning(personId: string, warning: NewWarning, idempotencyKey: string): Promise<WarningView>;
  /** A manager signs off the version of the warning they read; refused with 409 if it changed since. */
  signOffWarning(warningId: string, version: number): Promise<WarningView>;
  /** Ends a warning that no longer applies, on the version read; refused with 409 if it changed since. */
  endWarning(warningId: string, version: number, reason: string): Promise<void>;
  /** Who has opened the person's record, from the audit trail. */
  listRecordViewers(personId: string): Promise<RecordViewer[]>;
  getFamily(id: string): Promise<FamilyRecord>;
  /** Refused with 403 (type …:break-glass-available) when the person may ask for emergency access. */
  getCase(id: string): Promise<CaseWorkspace>;
  getChronology(caseId: string, filters: ChronologyFilters): Promise<Chronology>;
  listCaseNotes(caseId: string): Promise<CaseNote[]>;
  /** The idempotency key is chosen once per note and resent on every retry, so a note is recorded once. */
  addCaseNote(caseId: string, note: NewCaseNote, idempotencyKey: string): Promise<CaseNote>;
  /** Refused with 409, saying what changed, if the case changed since `version` was read. */
  assignKeyWorker(caseId: string, practitionerId: string, version: number): Promise<CaseWorkspace>;
  /** A significant event added to the chronology by hand; the idempotency key is resent on every retry. */
  addChronologyEntry(caseId: string, entry: NewChronologyEntry, idempotencyKey: string): Promise<ChronologyEntry>;
  /** Consent the family gave; answers with the workspace. The idempotency key is resent on every retry. */
  recordConsent(caseId: string, consent: NewConsent, idempotencyKey: string): Promise<CaseWorkspace>;
  /** Withdrawn at once: that agency's staff lose access. Answers with the workspace. */
  withdrawConsent(caseId: string, consentId: string, withdrawal: ConsentWithdrawal): Promise<CaseWorkspace>;
  /** Sharing with an agency without consent, on a recorded legal basis. Answers with the workspace. */
  recordConsentOverride(caseId: string, override: NewConsentOverride): Promise<CaseWorkspace>;
  /** A child's status starts. Answers with the workspace. */
  recordCaseStatus(caseId: string, status: NewCaseStatus): Promise<CaseWorkspace>;
  /** A child's status ends on `endedOn` (YYYY-MM-DD). Answers with the workspace. */
  endCaseStatus(caseId: string, statusId: string, endedOn: string): Promise<CaseWorkspace>;
  searchPractitioners(name: string): Promise<Practitioner[]>;
  listCaseload(): Promise<CaseloadItem[]>;
  requestBreakGlass(caseId: string, reason: string): Promise<BreakGlassAccess>;

  /** The case's conversations with the family, each with how many of the family's messages staff have not read. */
  listCaseThreads(caseId: string): Promise<ThreadSummary[]>;
  /** One conversation, every message oldest first. Reading it does not mark it read: markCaseThreadRead does. */
  getCaseThread(caseId: string, threadId: string): Promise<MessageThread>;
  /** The family's messages in the conversation have been read by staff (204). */
  markCaseThreadRead(caseId: string, threadId: string): Promise<void>;
  /** A new conversation with the family; the idempotency key is chosen once per form and resent on every retry. */
  startCaseThread(caseId: string, thread: NewThread, idempotencyKey: string): Promise<MessageThread>;
  /** A reply in the conversation, answered with the whole conversation; the idempotency key is resent on every retry. */
  replyToCaseThread(caseId: string, threadId: string, reply: ThreadReply, idempotencyKey: string): Promise<MessageThread>;
  /** A file attached to a message on the case, fetched with the token (it is not in a cookie, so it cannot be a plain link). */
  downloadAttachment(caseId: string, attachmentId: string): Promise<DownloadedFile>;
  /**
   * An invitation for a member of the family to link their family portal account. The code is in
   * this answer only (the API keeps a hash), so no idempotency key: a replay could not give it again.
   */
  createInvitation(caseId: string, invitation: InvitationRequest): Promise<Invitation>;
  /**
   * An appointment the family sees on their home page. No idempotency key: the API identifies it by
   * its case, start and title, so sending it again adds it once.
   */
  addAppointment(caseId: string, appointment: NewAppointment): Promise<Appointment>;

  /** The documents the family uploaded in the portal, newest first; each file through downloadAttachment. */
  listFamilyDocuments(caseId: string): Promise<FamilyDocumentsForStaff>;
  /** The views the children and parents gave in the portal, newest first. */
  listFamilyViews(caseId: string): Promise<FamilyViewsForStaff>;
  /** Someone on the staff side has read it. Answers with the first reading, which marking it again keeps. */
  markFamilyDocumentRead(caseId: string, documentId: string): Promise<StaffReading>;
  markFamilyViewRead(caseId: string, viewId: string): Promise<StaffReading>;
}

function queryString(params: [string, string | undefined][]): string {
  const search = new URLSearchParams();
  for (const [name, value] of params) if (value !== undefined && value !== '') search.append(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

const apiPath = (strings: TemplateStringsArray, ...ids: string[]) =>
  strings.reduce((built, part, index) => built + part + (index < ids.length ? encodeURIComponent(ids[index] as string) : ''), '');

/** The version of a record a change was made on, as a quoted entity tag: the API refuses the change (409) if it moved on. */
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

const idempotent = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

/** `fetchFile` reads files (attachments) with the same token as `request`. */
export function createStaffApi(request: JsonClient, fetchFile: FileClient): StaffApi {
  return {
    getStaffProfile: () => request<StaffProfile>('/staff/me'),
    listTriageQueue: (query) => {
      const search = queryString([
        ['status', query.status],
        ...query.rag.map((rag): [string, string] => ['rag', rag]),
        ...query.source.map((source): [string, string] => ['source', source]),
        ...query.clockState.map((clockState): [string, string] => ['clockState', clockState]),
        ['includeAlerts', query.includeAlerts ? 'true' : undefined],
      ]);
      return request<FrontDoorQueue>(`/staff/referrals${search}`);
    },
    getReferral: (id) => request<FrontDoorReferral>(apiPath`/staff/referrals/${id}`),
    createReferral: (referral, idempotencyKey) =>
      request<FrontDoorReferral>('/staff/referrals', { method: 'POST', body: referral, headers: { 'Idempotency-Key': idempotencyKey } }),
    startInformationGathering: (id, decision, version) =>
      request<FrontDoorReferral>(apiPath`/staff/referrals/${id}/information-gathering`, { method: 'POST', body: decision, headers: ifMatch(version) }),
    decideReferral: (id, decision, version) =>
      request<FrontDoorReferral>(apiPath`/staff/referrals/${id}/decision`, { method: 'POST', body: decision, headers: ifMatch(version) }),
    tellFamily: (id) => request<{ familyToldAt: string }>(apiPath`/staff/referrals/${id}/tell-family`, { method: 'POST' }),
    assignReferral: (id, practitionerId, version) =>
      request<FrontDoorReferral>(apiPath`/staff/referrals/${id}/assignee`, { method: 'POST', body: { practitionerId }, headers: ifMatch(version) }),
    matchReferralSubject: (referralId, subjectId, personId) =>
      request<FrontDoorReferral>(apiPath`/staff/referrals/${referralId}/subjects/${subjectId}/match`, { method: 'POST', body: { personId } }),
    acknowledgePreventionAlert: (alertId) => request<PreventionAlert>(apiPath`/staff/prevention-alerts/${alertId}/acknowledge`, { method: 'POST' }),
    listInformationRequests: async () => (await request<{ items: AgencyTask[] }>('/staff/information-requests')).items,
    respondToInformationRequest: (requestId, response) =>
      request<InformationRequestView>(apiPath`/staff/information-requests/${requestId}/response`, { method: 'POST', body: response }),

    searchPeople: async (criteria) => {
      const search = queryString([
        ['name', criteria.name],
        ['dateOfBirth', criteria.dateOfBirth],
        ['nhsNumber', criteria.nhsNumber],
        ['postcode', criteria.postcode],
        ['purpose', criteria.purpose],
        ['purposeDetail', criteria.purposeDetail],
      ]);
      return (await request<{ items: PersonSearchResult[] }>(`/staff/people${search}`)).items;
    },
    getPerson: (id) => request<PersonRecord>(apiPath`/staff/people/${id}`),
    createPerson: (person, duplicatesReviewed, idempotencyKey) =>
      request<PersonCreated>('/staff/people', { method: 'POST', body: { person, duplicatesReviewed }, headers: { 'Idempotency-Key': idempotencyKey } }),
    mergePerson: (personId, merge) => request<PersonRecord>(apiPath`/staff/people/${personId}/merge`, { method: 'POST', body: merge }),
    updatePerson: (personId, change) => request<PersonRecord>(apiPath`/staff/people/${personId}`, { method: 'PATCH', body: change }),
    addWarning: (personId, warning, idempotencyKey) =>
      request<WarningView>(apiPath`/staff/people/${personId}/warnings`, { method: 'POST', body: warning, headers: { 'Idempotency-Key': idempotencyKey } }),
    signOffWarning: (warningId, version) => request<WarningView>(apiPath`/staff/warnings/${warningId}/sign-off`, { method: 'POST', body: { version } }),
    endWarning: async (warningId, version, reason) => {
      await request<unknown>(apiPath`/staff/warnings/${warningId}/end`, { method: 'POST', body: { version, reason } });
    },
    listRecordViewers: async (personId) => (await request<{ items: RecordViewer[] }>(apiPath`/staff/people/${personId}/viewers`)).items,
    getFamily: (id) => request<FamilyRecord>(apiPath`/staff/families/${id}`),
    getCase: (id) => request<CaseWorkspace>(apiPath`/staff/cases/${id}`),
    getChronology: (caseId, filters) => {
      const search = queryString([...filters.agency.map((agency): [string, string] => ['agency', agency]), ...filters.eventType.map((type): [string, string] => ['eventType', type])]);
      return request<Chronology>(`${apiPath`/staff/cases/${caseId}/chronology`}${search}`);
    },
    listCaseNotes: async (caseId) => (await request<{ items: CaseNote[] }>(apiPath`/staff/cases/${caseId}/notes`)).items,
    addCaseNote: (caseId, note, idempotencyKey) =>
      request<CaseNote>(apiPath`/staff/cases/${caseId}/notes`, { method: 'POST', body: note, headers: { 'Idempotency-Key': idempotencyKey } }),
    assignKeyWorker: (caseId, practitionerId, version) =>
      request<CaseWorkspace>(apiPath`/staff/cases/${caseId}/key-worker`, { method: 'PUT', body: { practitionerId, version } }),
    addChronologyEntry: (caseId, entry, idempotencyKey) =>
      request<ChronologyEntry>(apiPath`/staff/cases/${caseId}/chronology`, { method: 'POST', body: entry, headers: { 'Idempotency-Key': idempotencyKey } }),
    recordConsent: (caseId, consent, idempotencyKey) =>
      request<CaseWorkspace>(apiPath`/staff/cases/${caseId}/consents`, { method: 'POST', body: consent, headers: { 'Idempotency-Key': idempotencyKey } }),
    withdrawConsent: (caseId, consentId, withdrawal) =>
      request<CaseWorkspace>(apiPath`/staff/cases/${caseId}/consents/${consentId}/withdraw`, { method: 'POST', body: withdrawal }),
    recordConsentOverride: (caseId, override) => request<CaseWorkspace>(apiPath`/staff/cases/${caseId}/consent-overrides`, { method: 'POST', body: override }),
    recordCaseStatus: (caseId, status) => request<CaseWorkspace>(apiPath`/staff/cases/${caseId}/statuses`, { method: 'POST', body: status }),
    endCaseStatus: (caseId, statusId, endedOn) =>
      request<CaseWorkspace>(apiPath`/staff/cases/${caseId}/statuses/${statusId}/end`, { method: 'POST', body: { endedOn } }),
    searchPractitioners: async (name) => (await request<{ items: Practitioner[] }>(`/staff/practitioners${queryString([['name', name]])}`)).items,
    listCaseload: async () => (await request<{ items: CaseloadItem[] }>('/staff/caseload')).items,
    requestBreakGlass: (caseId, reason) => request<BreakGlassAccess>(apiPath`/staff/cases/${caseId}/break-glass`, { method: 'POST', body: { reason } }),

    listCaseThreads: async (caseId) => (await request<{ items: ThreadSummary[] }>(apiPath`/staff/cases/${caseId}/messages`)).items,
    getCaseThread: (caseId, threadId) => request<MessageThread>(apiPath`/staff/cases/${caseId}/messages/${threadId}`),
    markCaseThreadRead: async (caseId, threadId) => {
      await request<unknown>(apiPath`/staff/cases/${caseId}/messages/${threadId}/read`, { method: 'POST' });
    },
    startCaseThread: (caseId, thread, idempotencyKey) =>
      request<MessageThread>(apiPath`/staff/cases/${caseId}/messages`, { method: 'POST', body: thread, headers: idempotent(idempotencyKey) }),
    replyToCaseThread: (caseId, threadId, reply, idempotencyKey) =>
      request<MessageThread>(apiPath`/staff/cases/${caseId}/messages/${threadId}/replies`, { method: 'POST', body: reply, headers: idempotent(idempotencyKey) }),
    downloadAttachment: (caseId, attachmentId) => fetchFile(apiPath`/staff/cases/${caseId}/attachments/${attachmentId}`),
    createInvitation: (caseId, invitation) => request<Invitation>(apiPath`/staff/cases/${caseId}/invitations`, { method: 'POST', body: invitation }),
    addAppointment: (caseId, appointment) => request<Appointment>(apiPath`/staff/cases/${caseId}/appointments`, { method: 'POST', body: appointment }),
    listFamilyDocuments: (caseId) => request<FamilyDocumentsForStaff>(apiPath`/staff/cases/${caseId}/family-documents`),
    listFamilyViews: (caseId) => request<FamilyViewsForStaff>(apiPath`/staff/cases/${caseId}/family-views`),
    markFamilyDocumentRead: (caseId, documentId) => request<StaffReading>(apiPath`/staff/cases/${caseId}/family-documents/${documentId}/read`, { method: 'POST' }),
    markFamilyViewRead: (caseId, viewId) => request<StaffReading>(apiPath`/staff/cases/${caseId}/family-views/${viewId}/read`, { method: 'POST' }),
  };
}
