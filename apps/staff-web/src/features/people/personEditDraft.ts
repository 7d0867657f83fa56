import { clearDraft, draftKeysStartingWith, loadDraft, saveDraft } from '../../forms/localDraft';
import type { PersonFormValues } from './personForm';

/**
 * Changes to a person's details, kept in this browser as they are typed, for each version of the
 * record they were made on and for the signed-in person only; removed once saved.
 */
export interface PersonEditDraft {
  /** The version of the record the changes were made on. */
  version: number;
  /** The record as it was opened, to tell what was changed from what was not. */
  baseline: PersonFormValues;
  values: PersonFormValues;
  savedAt: string;
}

function draftPrefix(userId: string, personId: string): string {
  return `childfirst:person-edit-draft:${userId}:${personId}:`;
}

export function personEditDraftKey(userId: string, personId: string, version: number): string {
  return `${draftPrefix(userId, personId)}${version}`;
}

function isFormValues(value: unknown): value is PersonFormValues {
  const values = value as PersonFormValues | null;
  return (
    typeof values === 'object' &&
    values !== null &&
    typeof values.givenName === 'string' &&
    typeof values.familyName === 'string' &&
    typeof values.dateOfBirth?.day === 'string' &&
    typeof values.expectedDateOfBirth?.day === 'string' &&
    Array.isArray(values.disabilities)
  );
}

function isDraft(value: unknown): value is PersonEditDraft {
  const draft = value as PersonEditDraft | null;
  return typeof draft === 'object' && draft !== null && typeof draft.version === 'number' && typeof draft.savedAt === 'string' && isFormValues(draft.values) && isFormValues(draft.baseline);
}

/**
 * The draft made on this version of the record or, when there is none, on the newest earlier
 * version: changes made before someone else's are still restored, and saving them shows what changed.
 */
export function loadPersonEditDraft(userId: string, personId: string, version: number): PersonEditDraft | null {
  const exact = loadDraft(personEditDraftKey(userId, personId, version), isDraft);
  if (exact) return exact;
  const earlier = draftKeysStartingWith(draftPrefix(userId, personId))
    .map((key) => loadDraft(key, isDraft))
    .filter((draft): draft is PersonEditDraft => draft !== null && draft.version < version)
    .sort((one, other) => other.version - one.version);
  return earlier[0] ?? null;
}

export function savePersonEditDraft(userId: string, personId: string, draft: PersonEditDraft): boolean {
  return saveDraft(personEditDraftKey(userId, personId, draft.version), draft);
}

export function clearPersonEditDraft(userId: string, personId: string, version: number): void {
  clearDraft(personEditDraftKey(userId, personId, version));
}

/** Every draft of this person's details, once the changes are saved. */
export function clearPersonEditDrafts(userId: string, personId: string): void {
  for (const key of draftKeysStartingWith(draftPrefix(userId, personId))) clearDraft(key);
}
