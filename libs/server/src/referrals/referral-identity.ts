import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/** Namespace for referral ids derived from (submitter, Idempotency-Key). Never change it. */
const REFERRAL_ID_NAMESPACE = '6f1c2a3e-3c1f-4f7e-9b0a-7d1e2c4b5a69';

/** The same person retrying with the same Idempotency-Key always reaches the same referral id. */
export function referralIdFor(submitterSubject: string, idempotencyKey: string): string {
  // JSON encoding keeps the pair unambiguous whatever characters either part contains.
  return uuidv5(JSON.stringify([submitterSubject, idempotencyKey]), REFERRAL_ID_NAMESPACE);
}

/** Fingerprint of a validated submission, with keys sorted at every level so property order does not matter. */
export function submissionFingerprint(submission: object): string {
  return createHash('sha256').update(canonicalJson(submission)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
