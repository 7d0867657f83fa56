import { clearDraft, loadDraft, saveDraft } from '../../forms/localDraft';
import type { CaseNoteFormValues } from './caseNoteForm';

/**
 * A case note being written is kept in this browser's localStorage as it is typed, so a closed tab,
 * an expired session or a crash loses nothing (PRODUCT.md: "no lost work"). One draft per case and
 * per signed-in person, so a colleague on the same computer never sees it; it is removed once saved.
 */
export interface CaseNoteDraft {
  values: CaseNoteFormValues;
  /** Kept with the draft: a note sent just before the tab closed is recorded once when resent. */
  idempotencyKey: string;
  savedAt: string;
}

/** How long typing must pause before the draft is written. */
export { draftSaveDelayMs } from '../../forms/localDraft';

export function caseNoteDraftKey(caseId: string, userId: string): string {
  return `childfirst:case-note-draft:${caseId}:${userId}`;
}

function isDraft(value: unknown): value is CaseNoteDraft {
  const draft = value as CaseNoteDraft | null;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    typeof draft.idempotencyKey === 'string' &&
    typeof draft.savedAt === 'string' &&
    typeof draft.values?.body === 'string' &&
    typeof draft.values?.noteType === 'string' &&
    Array.isArray(draft.values?.personIds) &&
    typeof draft.values?.occurredOn?.day === 'string'
  );
}

/** Storage can be full, switched off or hold something unreadable: a draft is then simply not there. */
export function loadCaseNoteDraft(key: string): CaseNoteDraft | null {
  return loadDraft(key, isDraft);
}

export function saveCaseNoteDraft(key: string, draft: CaseNoteDraft): boolean {
  return saveDraft(key, draft);
}

export function clearCaseNoteDraft(key: string): void {
  clearDraft(key);
}
