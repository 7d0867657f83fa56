import { ApiError } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseWorkspace, Practitioner } from '../../api/casesTypes';
import { keyWorker, renderStaffApp, teamManager } from '../../testing/renderStaffApp';
import { adamsCase, adamsChronology, ids } from '../../testing/recordFixtures';

const path = `/cases/${adamsCase.id}/key-worker`;

const practitioners: Practitioner[] = [
  { id: ids.kim, name: 'Kim Okafor', agency: 'social-care', agencyLabel: 'Social care', teamName: 'Stevenage family support', jobRole: 'key-worker', jobRoleLabel: 'Key worker (lead practitioner)' },
  { id: 'practitioner-kay', name: 'Kay Kimberley', agency: 'education', agencyLabel: 'Education', teamName: 'Inclusion team', jobRole: 'education-officer', jobRoleLabel: 'Education officer' },
];

function renderChange(overrides: Parameters<typeof renderStaffApp>[1] = {}) {
  const searchPractitioners = jest.fn(async (_name: string) => practitioners);
  const rendered = renderStaffApp(path, {
    getStaffProfile: async () => teamManager,
    getCase: async () => adamsCase,
    getChronology: async () => adamsChronology,
    listCaseNotes: async () => [],
    searchPractitioners,
    ...overrides,
  });
  return { ...rendered, searchPractitioners, user: userEvent.setup() };
}

async function chooseKay(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Find the new key worker by name'), 'Kim');
  await user.click(screen.getByRole('button', { name: 'Search' }));
  await user.click(await screen.findByLabelText('Kay Kimberley'));
}

describe('Changing the key worker', () => {
  it('finds practitioners by name and shows their role, team and agency', async () => {
    const { searchPractitioners, user } = renderChange();
    expect(await screen.findByRole('heading', { level: 1, name: 'Change key worker' })).toBeTruthy();
    expect(await screen.findByText('Kim Okafor, Stevenage family support (Social care)')).toBeTruthy();
    await user.type(screen.getByLabelText('Find the new key worker by name'), 'Kim');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const choice = await screen.findByRole('group', { name: 'Choose the new key worker (2 found)' });
    expect(searchPractitioners).toHaveBeenCalledWith('Kim');
    expect(within(choice).getByLabelText('Kim Okafor (the key worker now)')).toBeTruthy();
    expect(within(choice).getByText('Education officer, Inclusion team (Education)')).toBeTruthy();
  });

  it('asks for a choice, and refuses the key worker the case already has', async () => {
    const { user } = renderChange();
    await user.type(await screen.findByLabelText('Find the new key worker by name'), 'Kim');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByLabelText('Kay Kimberley');
    await user.click(screen.getByRole('button', { name: 'Change key worker' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Select the new key worker' }).getAttribute('href')).toBe('#practitionerId');

    await user.click(screen.getByLabelText('Kim Okafor (the key worker now)'));
    await user.click(screen.getByRole('button', { name: 'Change key worker' }));
    expect(within(screen.getByRole('alert')).getByText('Kim Okafor is already the key worker. Select someone else')).toBeTruthy();
  });

  it('sends the version it was shown and returns to the case with a confirmation', async () => {
    const updated: CaseWorkspace = {
      ...adamsCase,
      keyWorker: { practitionerId: 'practitioner-kay', name: 'Kay Kimberley', agency: 'education', agencyLabel: 'Education', teamName: 'Inclusion team' },
      version: 8,
    };
    const assignKeyWorker = jest.fn(async (_caseId: string, _practitionerId: string, _version: number) => updated);
    const { location, user } = renderChange({ assignKeyWorker });
    await chooseKay(user);
    await user.click(screen.getByRole('button', { name: 'Change key worker' }));

    expect(assignKeyWorker).toHaveBeenCalledWith(adamsCase.id, 'practitioner-kay', 7);
    await waitFor(() => expect(location.current?.pathname).toBe(`/cases/${adamsCase.id}`));
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner.textContent).toContain('Kay Kimberley is now the key worker.');
    await waitFor(() => expect(document.activeElement).toBe(banner));
  });

  it('on a conflict, shows what changed in the error summary and reloads the case', async () => {
    const changedMeanwhile: CaseWorkspace = {
      ...adamsCase,
      keyWorker: { practitionerId: 'practitioner-sol', name: 'Sol Turner', agency: 'social-care', agencyLabel: 'Social care', teamName: 'Hitchin family support' },
      version: 8,
    };
    const getCase = jest.fn<Promise<CaseWorkspace>, [string]>().mockResolvedValueOnce(adamsCase).mockResolvedValue(changedMeanwhile);
    const assignKeyWorker = jest.fn(async (_caseId: string, _practitionerId: string, _version: number): Promise<CaseWorkspace> => {
      throw new ApiError({ status: 409, title: 'This case has changed since you opened it', detail: 'Tom Manager made Sol Turner the key worker at 10:02am.' });
    });
    const { user } = renderChange({ getCase, assignKeyWorker });
    await chooseKay(user);
    await user.click(screen.getByRole('button', { name: 'Change key worker' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('This case has changed since you opened it');
    expect(summary.textContent).toContain('Tom Manager made Sol Turner the key worker at 10:02am.');
    expect(document.activeElement).toBe(summary.parentElement);
    await waitFor(() => expect(getCase).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('Sol Turner, Hitchin family support (Social care)')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Error: Change key worker – Childfirst'));

    // The next attempt is made on the version now shown.
    assignKeyWorker.mockImplementation(async () => changedMeanwhile);
    await user.click(screen.getByRole('button', { name: 'Change key worker' }));
    expect(assignKeyWorker).toHaveBeenLastCalledWith(adamsCase.id, 'practitioner-kay', 8);
  });

  it('is refused to people who may not change key workers', async () => {
    renderChange({ getStaffProfile: async () => keyWorker });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to change the key worker' })).toBeTruthy();
  });
});
