/**
 * A business rule said no. Services throw these with a code from their context's catalogue; the
 * API maps every code to an HTTP status in one exhaustive table. The message is shown to people,
 * so it says what happened and what to do, in plain English.
 */
export class DomainError<Code extends string = DomainErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    /** Extra machine-readable facts for the client, e.g. the possible duplicates found. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const referralErrorCodes = [
  'REFERRAL_NOT_FOUND',
  'REFERRAL_ALREADY_DECIDED',
  'REFERRAL_CHANGED_SINCE_VIEWED',
  'IDEMPOTENCY_KEY_REUSED',
  'INFORMATION_REQUEST_NOT_OPEN',
  'INFORMATION_REQUEST_NOT_FOUND',
  'REFERRAL_SUBJECT_UNMATCHED',
  'REFERRAL_INVALID',
  'PREVENTION_ALERT_NOT_FOUND',
] as const;
export const recordErrorCodes = [
  'PERSON_NOT_FOUND',
  'FAMILY_NOT_FOUND',
  'CASE_NOT_FOUND',
  'CASE_CHANGED_SINCE_VIEWED',
  'PRACTITIONER_NOT_FOUND',
  'PERSON_INVALID',
  'POSSIBLE_DUPLICATE',
  'PERSON_CHANGED_SINCE_VIEWED',
  'MERGE_NOT_POSSIBLE',
  'WARNING_NOT_FOUND',
  'WARNING_CHANGED_SINCE_VIEWED',
  'WARNING_SIGN_OFF_NOT_POSSIBLE',
  'CONSENT_NOT_FOUND',
  'CONSENT_ALREADY_WITHDRAWN',
  'STATUS_NOT_FOUND',
  'STATUS_NOT_POSSIBLE',
  'RECORD_INVALID',
] as const;
export const accessErrorCodes = [
  'CAPABILITY_MISSING',
  'FAMILY_ACCOUNT_NOT_LINKED',
  'NOT_A_PRACTITIONER',
  'CASE_ACCESS_DENIED',
  'BREAK_GLASS_AVAILABLE',
  'BREAK_GLASS_NOT_NEEDED',
] as const;
export const portalErrorCodes = ['FAMILY_RECORD_NOT_FOUND', 'INVITATION_INVALID', 'ACCOUNT_ALREADY_LINKED'] as const;
export const platformErrorCodes = ['WORKFLOW_SERVICE_UNAVAILABLE'] as const;

export type DomainErrorCode =
  | (typeof referralErrorCodes)[number]
  | (typeof recordErrorCodes)[number]
  | (typeof accessErrorCodes)[number]
  | (typeof portalErrorCodes)[number]
  | (typeof platformErrorCodes)[number];

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
