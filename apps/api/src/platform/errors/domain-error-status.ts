import type { DomainErrorCode } from '@childfirst/domain/errors';

/** Every domain error code and the HTTP answer it gets. Exhaustive: a new code fails typecheck here. */
export const domainErrorStatus: Record<DomainErrorCode, { status: number; title: string }> = {
  // 404, not 403: whether a referral exists is itself sensitive.
  REFERRAL_NOT_FOUND: { status: 404, title: 'Not found' },
  REFERRAL_ALREADY_DECIDED: { status: 409, title: 'Already decided' },
  REFERRAL_CHANGED_SINCE_VIEWED: { status: 409, title: 'Changed since you opened it' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'Idempotency-Key already used' },
  CAPABILITY_MISSING: { status: 403, title: 'Not allowed' },
  FAMILY_ACCOUNT_NOT_LINKED: { status: 403, title: 'Account not linked to a family' },
  WORKFLOW_SERVICE_UNAVAILABLE: { status: 503, title: 'Temporarily unavailable' },
};
