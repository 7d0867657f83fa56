import type { Capability, Role } from '@childfirst/domain/access';
import type { ReferralDetail, ReferralStatus, TriageDecision, TriageQueueItem } from '@childfirst/domain/referrals';
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
import type { NewPerson, PersonChange, PersonCreated, PersonMerge, PersonRecord, PersonSearchCriteria, PersonSearchResult, RecordViewer } from './peopleTypes';

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
  /** Referrals with this status, ordered by when their decision is due. */
  listTriageQueue(status: ReferralStatus): Promise<TriageQueueItem[]>;
  getReferral(id: string): Promise<ReferralDetail>;
  /**
   * Records the triage decision on the version of the referral the manager was looking at; the
   * API refuses it (409) if the referral was decided or changed since, rather than overwrite.
   */
  decideReferral(id: string, decision: TriageDecision, version: number): Promise<ReferralDetail>;

  /** People matching any of the criteria, best match first; the API matches names fuzzily. */
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
}

function queryString(params: [string, string | undefined][]): string {
  const search = new URLSearchParams();
  for (const [name, value] of params) if (value !== undefined && value !== '') search.append(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

const apiPath = (strings: TemplateStringsArray, ...ids: string[]) =>
  strings.reduce((built, part, index) => built + part + (index < ids.length ? encodeURIComponent(ids[index] as string) : ''), '');

export function createStaffApi(request: JsonClient): StaffApi {
  return {
    getStaffProfile: () => request<StaffProfile>('/staff/me'),
    listTriageQueue: async (status) =>
      (await request<{ items: TriageQueueItem[] }>(`/staff/referrals?status=${encodeURIComponent(status)}`)).items,
    getReferral: (id) => request<ReferralDetail>(`/staff/referrals/${encodeURIComponent(id)}`),
    decideReferral: (id, decision, version) =>
      request<ReferralDetail>(`/staff/referrals/${encodeURIComponent(id)}/decision`, {
        method: 'POST',
        body: decision,
        headers: { 'If-Match': `"${version}"` },
      }),

    searchPeople: async (criteria) => {
      const search = queryString([
        ['name', criteria.name],
        ['dateOfBirth', criteria.dateOfBirth],
        ['nhsNumber', criteria.nhsNumber],
        ['postcode', criteria.postcode],
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
  };
}
