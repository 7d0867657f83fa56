import type { FamilyHelpRequest, HelpRequestSubmission } from '@childfirst/domain/referrals';
import type { JsonClient } from '@childfirst/ui';

export interface FamilyProfile {
  displayName: string;
  familyName: string;
}

/** The family surface of the API (apps/api/src/family-portal), called with the family portal's token. */
export interface FamilyApi {
  getFamilyProfile(): Promise<FamilyProfile>;
  listHelpRequests(): Promise<FamilyHelpRequest[]>;
  /**
   * Sends a request for help. The idempotency key is chosen once per form and resent on every
   * retry, so a request sent twice (a double click, a lost response) is recorded once.
   */
  submitHelpRequest(submission: HelpRequestSubmission, idempotencyKey: string): Promise<FamilyHelpRequest>;
}

export function createFamilyApi(request: JsonClient): FamilyApi {
  return {
    getFamilyProfile: () => request<FamilyProfile>('/family/me'),
    listHelpRequests: async () => (await request<{ items: FamilyHelpRequest[] }>('/family/help-requests')).items,
    submitHelpRequest: (submission, idempotencyKey) =>
      request<FamilyHelpRequest>('/family/help-requests', {
        method: 'POST',
        body: submission,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
  };
}
