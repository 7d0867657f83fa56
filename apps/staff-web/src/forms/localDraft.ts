import { useEffect, useRef } from 'react';

/**
 * Work in progress kept in this browser's localStorage as it is typed, so a closed tab, an expired
 * session or a crash loses nothing (PRODUCT.md: "no lost work"). Storage can be full, switched off
 * or hold something unreadable: a draft is then simply not there, and saving says it failed.
 */
export function loadDraft<Draft>(key: string, isDraft: (value: unknown) => value is Draft): Draft | null {
  try {
    const stored = window.localStorage.getItem(key);
    const parsed: unknown = stored ? JSON.parse(stored) : null;
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, draft: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}

/** The keys stored under a prefix, for drafts kept per version of a record. */
export function draftKeysStartingWith(prefix: string): string[] {
  try {
    const keys: string[] = [];
    for (let index = 0; index < window.localStorage.length; index++) {
      const key = window.localStorage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/** How long typing must pause before a draft is written. */
export const draftSaveDelayMs = 800;

/**
 * Calls `save` once typing pauses (`changeKey` stops changing), and at once if the form goes away
 * before then. `save` null means there is nothing to save yet. `cancel` drops a pending save (the
 * work was just sent).
 */
export function useAutosave(changeKey: string, save: (() => void) | null, delayMs = draftSaveDelayMs): { cancel: () => void } {
  const saveRef = useRef(save);
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    saveRef.current = save;
  });
  const hasSave = save !== null;
  useEffect(() => {
    if (!hasSave) return;
    const run = () => {
      pending.current = null;
      saveRef.current?.();
    };
    pending.current = run;
    const timer = window.setTimeout(run, delayMs);
    return () => window.clearTimeout(timer);
  }, [changeKey, hasSave, delayMs]);
  useEffect(() => () => pending.current?.(), []);
  return {
    cancel: () => {
      pending.current = null;
    },
  };
}
