import type { TriageQueueItem } from '@childfirst/domain/referrals';
import { ApiError } from '@childfirst/ui';
import { act, screen, within } from '@testing-library/react';
import { renderStaffApp } from '../../testing/renderStaffApp';
import { triageQueuePollMs } from './useTriageQueue';

const overdueReferral: TriageQueueItem = {
  id: '0d6c1f9a-3c1e-4b7e-8f0a-6a2f5d9b1c01',
  receivedAt: '2025-06-03T08:05:00Z',
  source: 'family-self',
  sourceLabel: 'Family (asked for help themselves)',
  familyName: 'Adams',
  summary: 'My son has stopped going to school since March.',
  status: 'awaiting-decision',
  decisionDueAt: '2025-06-04T08:05:00Z',
  decisionEscalatesAt: '2025-06-04T06:05:00Z',
  clockState: 'overdue',
};

describe('Triage queue', () => {
  it('lists referrals with the decision due in UK time, its clock state and a link to the referral', async () => {
    const listTriageQueue = jest.fn(async () => [overdueReferral, { ...overdueReferral, id: 'b1', familyName: null, clockState: 'at-risk' as const }]);
    renderStaffApp('/', { listTriageQueue });

    const table = await screen.findByRole('table', { name: 'Referrals awaiting a decision (2)' });
    expect(listTriageQueue).toHaveBeenCalledWith('awaiting-decision');
    const [, firstRow, secondRow] = within(table).getAllByRole('row');
    if (!firstRow || !secondRow) throw new Error('expected two rows');
    expect(within(firstRow).getByText('4 June 2025 at 9:05am')).toBeTruthy();
    expect(within(firstRow).getByText('Overdue').className).toContain('govuk-tag--red');
    expect(within(firstRow).getByRole('link', { name: /^Adams\s?, referral received 3 June 2025 at 9:05am$/ }).getAttribute('href')).toBe(
      `/referrals/${overdueReferral.id}`,
    );
    expect(within(secondRow).getByRole('link', { name: /^Family not yet identified/ })).toBeTruthy();
    expect(within(secondRow).getByText('At risk').className).toContain('govuk-tag--yellow');
    expect(document.title).toBe('Triage queue – Childfirst');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('polls every 30 seconds so new referrals appear', async () => {
    jest.useFakeTimers();
    try {
      const listTriageQueue = jest
        .fn<Promise<TriageQueueItem[]>, []>()
        .mockResolvedValueOnce([overdueReferral])
        .mockResolvedValue([overdueReferral, { ...overdueReferral, id: 'c2', familyName: 'Begum' }]);
      renderStaffApp('/', { listTriageQueue });
      await screen.findByRole('table', { name: 'Referrals awaiting a decision (1)' });

      await act(() => jest.advanceTimersByTimeAsync(triageQueuePollMs - 1_000));
      expect(listTriageQueue).toHaveBeenCalledTimes(1);
      await act(() => jest.advanceTimersByTimeAsync(1_000));
      expect(listTriageQueue).toHaveBeenCalledTimes(2);
      expect(await screen.findByRole('table', { name: 'Referrals awaiting a decision (2)' })).toBeTruthy();
      expect(triageQueuePollMs).toBe(30_000);
    } finally {
      jest.useRealTimers();
    }
  });

  it('tells people without the triage capability that they have no access, and does not load the queue', async () => {
    const listTriageQueue = jest.fn(async () => [overdueReferral]);
    renderStaffApp('/', {
      getStaffProfile: async () => ({ displayName: 'Kim Key', roles: ['key-worker'], capabilities: [] }),
      listTriageQueue,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to the triage queue' })).toBeTruthy();
    expect(document.title).toBe('You do not have access to the triage queue – Childfirst');
    expect(listTriageQueue).not.toHaveBeenCalled();
  });

  it('shows the API’s reason when it refuses the queue', async () => {
    renderStaffApp('/', {
      listTriageQueue: async () => {
        throw new ApiError({ status: 403, title: 'You do not have permission to do this', detail: 'Your triage access was removed today.' });
      },
    });
    expect(await screen.findByText('Your triage access was removed today.')).toBeTruthy();
  });

  it('lists decided referrals on their own page', async () => {
    const listTriageQueue = jest.fn(async () => [{ ...overdueReferral, status: 'decided' as const, clockState: 'met' as const }]);
    renderStaffApp('/decided', { listTriageQueue });
    expect(await screen.findByRole('heading', { level: 1, name: 'Decided referrals' })).toBeTruthy();
    expect(await screen.findByText('Decided on time')).toBeTruthy();
    expect(listTriageQueue).toHaveBeenCalledWith('decided');
    expect(screen.getByRole('link', { name: 'Decided' }).getAttribute('aria-current')).toBe('page');
  });
});
