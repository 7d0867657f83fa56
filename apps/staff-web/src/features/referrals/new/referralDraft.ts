import { clearDraft, loadDraft, saveDraft } from '../../../forms/localDraft';
import type { ProfessionalReferralFormValues } from './professionalReferralForm';

/**
 * A referral being written is kept in this browser's localStorage as it is typed, so a closed tab,
 * an expired session or a crash loses nothing (PRODUCT.md: "no lost work"). One draft per
 * signed-in person, so a colleague on the same computer never sees it; removed once it is sent.
 */
export interface ReferralDraft {
  values: ProfessionalReferralFormValues;
  /** Kept with the draft: a referral sent just before the tab closed is recorded once when resent. */
  idempotencyKey: string;
  savedAt: string;
}

export function referralDraftKey(userId: string): string {
  return `childfirst:professional-referral-draft:${userId}`;
}

function isDraft(value: unknown): value is ReferralDraft {
  const draft = value as ReferralDraft | null;
  const values = draft?.values;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    typeof draft.idempotencyKey === 'string' &&
    typeof draft.savedAt === 'string' &&
    typeof values?.description === 'string' &&
    typeof values.referrerRole === 'string' &&
    Array.isArray(values.concerns) &&
    Array.isArray(values.children) &&
    values.children.length > 0 &&
    values.children.every((child) => typeof child?.key === 'string' && typeof child.givenName === 'string' && typeof child.dateOfBirth?.day === 'string')
  );
}

export function loadReferralDraft(userId: string): ReferralDraft | null {
  return loadDraft(referralDraftKey(userId), isDraft);
}

export function saveReferralDraft(userId: string, draft: ReferralDraft): boolean {
  return saveDraft(referralDraftKey(userId), draft);
}

export function clearReferralDraft(userId: string): void {
  clearDraft(referralDraftKey(userId));
}
