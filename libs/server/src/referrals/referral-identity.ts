import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/** Namespace for referral ids derived from (submitter, Idempotency-Key). Never change it. */
const REFERRAL_ID_NAMESPACE = '6f1c2a3e-3c1f-4f7e-9b0a-7d1e2c4b5a69';

/** The same person retrying with the same Idempotency-Key always reaches the same referral id. */
export function referralIdFor(submitterSubject: string, idempotencyKey: string): string {
  // JSON encoding keeps the pair unambiguous whatever characters either part contains.
  return uuidv5(JSON.stringify([submitterSubject, idempotencyKey]), REFERRAL_ID_NAMESPACE);
}

/** Fingerprint of a validated submission, with keys sorted so property order does not matter. */
export function submissionFingerprint(submission: Record<string, unknown>): string {
  const canonical = JSON.stringify(submission, Object.keys(submission).sort());
  return createHash('sha256').update(canonical).digest('hex');
}
