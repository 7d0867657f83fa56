import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '@childfirst/domain/errors';
import type { ReferralService } from '@childfirst/server';
import { createReferralTriageActivities } from './referral-triage.activities';

describe('referral triage activities', () => {
  const input = {
    referralId: 'r-1',
    outcome: 'early-help' as const,
    reason: 'Attendance',
    decidedBySubject: 's',
    decidedByName: 'Tara Nguyen',
    decidedAt: '2026-01-05T10:00:00.000Z',
    expectedVersion: 1,
  };

  function activitiesWith(recordTriageDecision: ReferralService['recordTriageDecision']) {
    return createReferralTriageActivities({ recordTriageDecision } as unknown as ReferralService);
  }

  it('passes the decision to the service with the instant as a Date', async () => {
    const record = jest.fn().mockResolvedValue({ version: 2 });
    await expect(activitiesWith(record).recordTriageDecision(input)).resolves.toEqual({ version: 2 });
    expect(record).toHaveBeenCalledWith(expect.objectContaining({ referralId: 'r-1', decidedAt: new Date('2026-01-05T10:00:00.000Z') }));
  });

  it('turns a domain rejection into a non-retryable failure typed by its code', async () => {
    const rejected = activitiesWith(jest.fn().mockRejectedValue(new DomainError('REFERRAL_ALREADY_DECIDED', 'Already decided by Sam.')));
    const failure = await rejected.recordTriageDecision(input).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'REFERRAL_ALREADY_DECIDED', nonRetryable: true, message: 'Already decided by Sam.' });
  });

  it('lets other errors through so Temporal retries them', async () => {
    const outage = new Error('connection terminated');
    await expect(activitiesWith(jest.fn().mockRejectedValue(outage)).recordTriageDecision(input)).rejects.toBe(outage);
  });
});
