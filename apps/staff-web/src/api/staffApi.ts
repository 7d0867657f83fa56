import type { Capability, Role } from '@childfirst/domain/access';
import type { ReferralDetail, ReferralStatus, TriageDecision, TriageQueueItem } from '@childfirst/domain/referrals';
import type { JsonClient } from '@childfirst/ui';

export interface StaffProfile {
  displayName: string;
  roles: Role[];
  capabilities: Capability[];
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
}

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
  };
}
