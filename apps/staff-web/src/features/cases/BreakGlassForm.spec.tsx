import { ApiError } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseWorkspace } from '../../api/casesTypes';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';
import { adamsCase, adamsChronology } from '../../testing/recordFixtures';

const refusal = new ApiError({
  type: 'urn:childfirst:problem:break-glass-available',
  status: 403,
  title: 'You do not have access to this case',
  detail: 'You are not working with the Adams family.',
});

function renderBreakGlass() {
  let granted = false;
  const getCase = jest.fn(async (): Promise<CaseWorkspace> => {
    if (!granted) throw refusal;
    return { ...adamsCase, access: { relationship: 'break-glass', breakGlass: true } };
  });
  const requestBreakGlass = jest.fn(async (_caseId: string, _reason: string) => {
    granted = true;
    return { expiresAt: '2025-06-03T20:00:00Z' };
  });
  renderStaffApp(`/cases/${adamsCase.id}`, {
    getStaffProfile: async () => keyWorker,
    getCase,
    requestBreakGlass,
    getChronology: async () => adamsChronology,
    listCaseNotes: async () => [],
  });
  return { getCase, requestBreakGlass, user: userEvent.setup() };
}

describe('Emergency (break-glass) access to a case', () => {
  it('explains the refusal and asks for a reason of at least 20 characters', async () => {
    const { requestBreakGlass, user } = renderBreakGlass();
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this case' })).toBeTruthy();
    expect(screen.getByText('You are not working with the Adams family.')).toBeTruthy();

    await user.type(screen.getByLabelText('Give a reason to see this case in an emergency'), 'Child missing');
    await user.click(screen.getByRole('button', { name: 'See this case in an emergency' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Give the reason in at least 20 characters' }).getAttribute('href')).toBe('#reason');
    await waitFor(() => expect(document.title).toBe('Error: You do not have access to this case – Childfirst'));
    expect(requestBreakGlass).not.toHaveBeenCalled();
  });

  it('records the reason, then shows the case under a warning that the access is recorded and reviewed', async () => {
    const { getCase, requestBreakGlass, user } = renderBreakGlass();
    const reason = 'Police report Sam missing tonight; need the address and school.';
    await user.type(await screen.findByLabelText('Give a reason to see this case in an emergency'), reason);
    await user.click(screen.getByRole('button', { name: 'See this case in an emergency' }));

    expect(requestBreakGlass).toHaveBeenCalledWith(adamsCase.id, reason);
    expect(await screen.findByRole('heading', { level: 1, name: 'Adams family' })).toBeTruthy();
    expect(getCase).toHaveBeenCalledTimes(2);
    const banner = screen.getByRole('alert', { name: 'Emergency access' });
    expect(banner.textContent).toContain('You are viewing this case under emergency access. This is recorded and will be reviewed.');
    expect(banner.textContent).toContain('Your emergency access ends on 3 June 2025 at 9pm.');
    expect(document.activeElement).toBe(banner);
  });

  it('keeps the warning when the case is opened again under emergency access', async () => {
    renderStaffApp(`/cases/${adamsCase.id}`, {
      getStaffProfile: async () => keyWorker,
      getCase: async () => ({ ...adamsCase, access: { relationship: 'break-glass', breakGlass: true } }),
      getChronology: async () => adamsChronology,
      listCaseNotes: async () => [],
    });
    const banner = await screen.findByRole('region', { name: 'Emergency access' });
    expect(banner.textContent).toContain('This is recorded and will be reviewed.');
  });
});
