import type { DomainErrorCode } from '@childfirst/domain/errors';

/** Every domain error code and the HTTP answer it gets. Exhaustive: a new code fails typecheck here. */
export const domainErrorStatus: Record<DomainErrorCode, { status: number; title: string }> = {
  // 404, not 403: whether a referral exists is itself sensitive.
  REFERRAL_NOT_FOUND: { status: 404, title: 'Not found' },
  REFERRAL_ALREADY_DECIDED: { status: 409, title: 'Already decided' },
  REFERRAL_CHANGED_SINCE_VIEWED: { status: 409, title: 'Changed since you opened it' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'Idempotency-Key already used' },
  INFORMATION_REQUEST_NOT_OPEN: { status: 409, title: 'This request is not open' },
  INFORMATION_REQUEST_NOT_FOUND: { status: 404, title: 'Not found' },
  REFERRAL_SUBJECT_UNMATCHED: { status: 409, title: 'Match the child to a record first' },
  REFERRAL_INVALID: { status: 400, title: 'There is a problem with the referral' },
  PREVENTION_ALERT_NOT_FOUND: { status: 404, title: 'Not found' },
  // 404 where existence is sensitive: an unrelated viewer learns nothing about a person or family.
  PERSON_NOT_FOUND: { status: 404, title: 'Not found' },
  FAMILY_NOT_FOUND: { status: 404, title: 'Not found' },
  CASE_NOT_FOUND: { status: 404, title: 'Not found' },
  CASE_CHANGED_SINCE_VIEWED: { status: 409, title: 'Changed since you opened it' },
  PRACTITIONER_NOT_FOUND: { status: 422, title: 'No such practitioner' },
  PERSON_INVALID: { status: 400, title: 'There is a problem with the person’s details' },
  POSSIBLE_DUPLICATE: { status: 409, title: 'This person may already have a record' },
  PERSON_CHANGED_SINCE_VIEWED: { status: 409, title: 'Changed since you opened it' },
  MERGE_NOT_POSSIBLE: { status: 409, title: 'These records cannot be merged' },
  WARNING_NOT_FOUND: { status: 404, title: 'Not found' },
  WARNING_CHANGED_SINCE_VIEWED: { status: 409, title: 'Changed since you opened it' },
  WARNING_SIGN_OFF_NOT_POSSIBLE: { status: 409, title: 'This warning cannot be signed off' },
  CONSENT_NOT_FOUND: { status: 404, title: 'Not found' },
  CONSENT_ALREADY_WITHDRAWN: { status: 409, title: 'Already withdrawn' },
  STATUS_NOT_FOUND: { status: 404, title: 'Not found' },
  STATUS_NOT_POSSIBLE: { status: 409, title: 'This status cannot be recorded' },
  RECORD_INVALID: { status: 400, title: 'There is a problem with what you entered' },
  NOT_A_PRACTITIONER: { status: 403, title: 'Not set up as a practitioner' },
  CASE_ACCESS_DENIED: { status: 403, title: 'Not allowed' },
  // Only staff who may break glass learn that the case exists, and must give a reason to enter.
  BREAK_GLASS_AVAILABLE: { status: 403, title: 'Emergency access available' },
  BREAK_GLASS_NOT_NEEDED: { status: 409, title: 'You already have access' },
  CAPABILITY_MISSING: { status: 403, title: 'Not allowed' },
  FAMILY_ACCOUNT_NOT_LINKED: { status: 403, title: 'Account not linked to a family' },
  // A family's own id space: another family's ids are simply not there.
  FAMILY_RECORD_NOT_FOUND: { status: 404, title: 'Not found' },
  INVITATION_INVALID: { status: 400, title: 'This code is not valid' },
  ACCOUNT_ALREADY_LINKED: { status: 409, title: 'Already linked' },
  WORKFLOW_SERVICE_UNAVAILABLE: { status: 503, title: 'Temporarily unavailable' },
};
