import type { ReferralDetail, TriageDecision } from '@childfirst/domain/referrals';
import { ApiError } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderStaffApp } from '../../testing/renderStaffApp';

const awaiting: ReferralDetail = {
  id: '0d6c1f9a-3c1e-4b7e-8f0a-6a2f5d9b1c01',
  receivedAt: '2025-06-03T08:05:00Z',
  source: 'family-self',
  sourceLabel: 'Family (asked for help themselves)',
  familyName: 'Adams',
  summary: 'My son has stopped going to school since March.',
  status: 'awaiting-decision',
  decisionDueAt: '2025-06-04T08:05:00Z',
  decisionEscalatesAt: '2025-06-04T06:05:00Z',
  clockState: 'on-time',
  whatIsHappening: 'My son has stopped going to school since March.\nHe will not leave his room.',
  helpWanted: null,
  preferredContact: 'phone',
  contactPhone: '07700 900982',
  outcome: null,
  outcomeLabel: null,
  decisionReason: null,
  decidedAt: null,
  decidedBy: null,
  escalatedAt: null,
  version: 3,
};

const decided: ReferralDetail = {
  ...awaiting,
  status: 'decided',
  clockState: 'met',
  outcome: 'early-help',
  outcomeLabel: 'Early help (allocate a key worker)',
  decisionReason: 'Attendance concerns; the family wants support.',
  decidedAt: '2025-06-03T10:00:00Z',
  decidedBy: 'Tara Triage',
  version: 4,
};

const path = `/referrals/${awaiting.id}`;

describe('Referral page', () => {
  it('shows the referral, and validates the decision with the shared schema before sending', async () => {
    const decideReferral = jest.fn();
    renderStaffApp(path, { getReferral: async () => awaiting, decideReferral });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Adams' })).toBeTruthy();
    expect(screen.getByText('Phone: 07700 900982')).toBeTruthy();
    expect(screen.getByText('On time')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select an outcome', '#outcome'],
      ['Give the reason for the decision in at least 10 characters', '#reason'],
    ]);
    // The summary sits at the top of the page, above the h1, and takes focus.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.activeElement).toBe(summary.parentElement);
    await waitFor(() => expect(document.title).toBe('Error: Referral – Childfirst'));
    expect(decideReferral).not.toHaveBeenCalled();
  });

  it('records the decision on the version shown, then confirms it and shows the decision', async () => {
    const decideReferral = jest.fn(async (_id: string, _decision: TriageDecision, _version: number) => decided);
    renderStaffApp(path, { getReferral: async () => awaiting, decideReferral });
    const user = userEvent.setup();

    await user.click(await screen.findByLabelText('Early help (allocate a key worker)'));
    await user.type(screen.getByLabelText('Reason for the decision'), 'Attendance concerns; the family wants support.');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(decideReferral).toHaveBeenCalledWith(awaiting.id, { outcome: 'early-help', reason: 'Attendance concerns; the family wants support.' }, 3);
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner.textContent).toContain('Decision recorded: Early help (allocate a key worker)');
    expect(document.activeElement).toBe(banner);
    expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Decision' })).toBeTruthy();
    expect(screen.getByText('Tara Triage', { selector: 'dd' })).toBeTruthy();
    expect(document.title).toBe('Referral – Childfirst');
  });

  it('shows why a decision was refused when someone else decided first, and reloads the referral', async () => {
    const getReferral = jest.fn<Promise<ReferralDetail>, [string]>().mockResolvedValueOnce(awaiting).mockResolvedValue(decided);
    const decideReferral = jest.fn(async () => {
      throw new ApiError({ status: 409, title: 'This referral has already been decided', detail: 'Sam Jones decided it at 10:02am.' });
    });
    renderStaffApp(path, { getReferral, decideReferral });
    const user = userEvent.setup();

    await user.click(await screen.findByLabelText('No further action'));
    await user.type(screen.getByLabelText('Reason for the decision'), 'Universal services are enough.');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    const banner = await screen.findByRole('alert', { name: 'Important' });
    expect(banner.textContent).toContain('This referral has already been decided');
    expect(banner.textContent).toContain('Sam Jones decided it at 10:02am.');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Decision' })).toBeTruthy());
    expect(getReferral).toHaveBeenCalledTimes(2);
  });

  it('shows the referral but no decision form to someone who may only view', async () => {
    renderStaffApp(path, {
      getStaffProfile: async () => ({ displayName: 'Ira Viewer', roles: ['team-manager'], capabilities: ['referral:triage:view'] }),
      getReferral: async () => awaiting,
    });
    expect(await screen.findByText('Only triage managers and team managers can decide referrals.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
  });
});
