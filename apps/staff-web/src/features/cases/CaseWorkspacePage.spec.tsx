import { ApiError } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChronologyFilters } from '../../api/casesTypes';
import { keyWorker, renderStaffApp, teamManager } from '../../testing/renderStaffApp';
import { adamsCase, adamsChronology, firstNote, leeWarning } from '../../testing/recordFixtures';

const casePath = `/cases/${adamsCase.id}`;

function renderCase(path: string | { pathname: string; search?: string } = casePath, overrides: Parameters<typeof renderStaffApp>[1] = {}) {
  const getChronology = jest.fn(async (_caseId: string, _filters: ChronologyFilters) => adamsChronology);
  const rendered = renderStaffApp(path, {
    getStaffProfile: async () => keyWorker,
    getCase: async () => adamsCase,
    getChronology,
    listCaseNotes: async () => [firstNote],
    ...overrides,
  });
  return { ...rendered, getChronology, user: userEvent.setup() };
}

describe('Case workspace', () => {
  it('shows the family, key worker, children, team around the family and consent', async () => {
    renderCase();
    expect(await screen.findByRole('heading', { level: 1, name: 'Adams family' })).toBeTruthy();
    expect(screen.getByText('Case FAM-000001')).toBeTruthy();
    expect(document.title).toBe('Case – Childfirst');

    const keyWorkerCard = screen.getByRole('heading', { level: 2, name: 'Key worker' }).closest('.govuk-summary-card') as HTMLElement;
    expect(within(keyWorkerCard).getByText('Kim Okafor')).toBeTruthy();
    expect(within(keyWorkerCard).getByText('Social care')).toBeTruthy();
    expect(within(keyWorkerCard).getByText('Stevenage family support')).toBeTruthy();
    // Changing the key worker needs its own capability.
    expect(within(keyWorkerCard).queryByRole('link')).toBeNull();

    const children = screen.getByRole('table', { name: 'Children (1)' });
    expect(within(children).getByText('Child in need').className).toContain('govuk-tag');
    const team = screen.getByRole('table', { name: 'Team around the family (1)' });
    expect(within(team).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Hana Visser', 'Health', 'Health visitor', '1 February 2025']);

    const consent = screen.getByRole('table', { name: 'Consent' });
    const [, given, withdrawn] = within(consent).getAllByRole('row');
    expect(within(given as HTMLElement).getByText('Given')).toBeTruthy();
    expect(within(withdrawn as HTMLElement).getByText('Withdrawn').className).toContain('govuk-tag--red');
    expect(withdrawn?.textContent).toContain('Police');
    expect(withdrawn?.textContent).toContain('1 March 2025');
  });

  it('lists other agencies involved with members of the family, ongoing ones marked so', async () => {
    renderCase();
    const involvements = await screen.findByRole('table', { name: 'Involvements (1)' });
    expect(within(involvements).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Sam Adams',
      'Hertfordshire CAMHS (Health)',
      'CAMHS assessment',
      '1 March 2025',
      'Ongoing',
    ]);
  });

  it('offers "Change key worker" to people allowed to change it', async () => {
    renderCase(casePath, { getStaffProfile: async () => teamManager });
    const link = await screen.findByRole('link', { name: 'Change key worker (Key worker)' });
    expect(link.getAttribute('href')).toBe(`/cases/${adamsCase.id}/key-worker`);
  });

  it('shows the chronology newest first, each entry with date, agency, event, summary and who recorded it', async () => {
    const { getChronology } = renderCase();
    const section = (await screen.findByRole('heading', { level: 2, name: 'Chronology' })).closest('section') as HTMLElement;
    const list = await within(section).findByRole('list', { name: 'Chronology, newest first' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getByRole('heading', { level: 3 }).textContent)).toEqual(['Home visit', 'Referral received – Sam Adams']);
    expect(entries[0]?.textContent).toContain('10 February 2025 at 2:30pm');
    expect(within(entries[0] as HTMLElement).getByText('Health').className).toContain('govuk-tag');
    expect(entries[0]?.textContent).toContain('Health visitor visited; family engaged well.');
    expect(entries[0]?.textContent).toContain('Recorded by Hana Visser');
    expect(entries[1]?.textContent).toContain('Recorded automatically');
    expect(within(section).getByRole('status').textContent).toBe('2 entries, newest first');
    expect(getChronology).toHaveBeenCalledWith(adamsCase.id, { agency: [], eventType: [] });
  });

  it('reads the chronology filters from the address, so a filtered view can be bookmarked', async () => {
    const { getChronology } = renderCase({ pathname: casePath, search: '?agency=health&eventType=home-visit' });
    await waitFor(() => expect(getChronology).toHaveBeenCalledWith(adamsCase.id, { agency: ['health'], eventType: ['home-visit'] }));
    const agencies = await screen.findByRole('group', { name: 'Agency' });
    expect((within(agencies).getByLabelText('Health') as HTMLInputElement).checked).toBe(true);
    expect((within(agencies).getByLabelText('Education') as HTMLInputElement).checked).toBe(false);
    expect(await screen.findByText('2 entries filtered by Health, Home visit, newest first')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Clear filters' }).getAttribute('href')).toBe(casePath);
  });

  it('applies chosen filters through the query string and asks the API for them', async () => {
    const { getChronology, location, user } = renderCase();
    const agencies = await screen.findByRole('group', { name: 'Agency' });
    await user.click(within(agencies).getByLabelText('Health'));
    await user.click(within(agencies).getByLabelText('Education'));
    await user.click(within(screen.getByRole('group', { name: 'Event' })).getByLabelText('Referral'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(location.current?.search).toBe('?agency=health&agency=education&eventType=referral'));
    expect(location.current?.pathname).toBe(casePath);
    await waitFor(() => expect(getChronology).toHaveBeenLastCalledWith(adamsCase.id, { agency: ['health', 'education'], eventType: ['referral'] }));
    // Filtering is not a new page: focus stays with the form rather than jumping to the h1.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Apply filters' }));
  });

  it('shows warnings for staff safety with whom they are about', async () => {
    renderCase(casePath, {
      getCase: async () => ({
        ...adamsCase,
        warnings: [
          {
            ...leeWarning,
            warningType: 'violence',
            warningTypeLabel: 'Risk of violence to staff',
            description: 'Visit in pairs.',
            reviewOn: '2099-07-01',
            personTold: 'not-yet',
          },
        ],
      }),
    });
    const banner = await screen.findByRole('region', { name: 'Warning for staff safety' });
    expect(within(banner).getByRole('heading', { level: 3 }).textContent).toBe('Lee Adams: Risk of violence to staff');
    expect(banner.textContent).toContain('The person has not been told about this warning yet.');
  });

  it('shows the page not found for a case that does not exist, and no access for one the API refuses', async () => {
    renderCase('/cases/nope', {
      getCase: async () => {
        throw new ApiError({ status: 404, title: 'Not found' });
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('tells someone with no relationship to the family, and no emergency route, that they have no access', async () => {
    renderCase(casePath, {
      getCase: async () => {
        throw new ApiError({ status: 403, title: 'You do not have permission to do this', detail: 'You are not working with this family.' });
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this case' })).toBeTruthy();
    expect(screen.getByText('You are not working with this family.')).toBeTruthy();
    expect(screen.queryByLabelText('Give a reason to see this case in an emergency')).toBeNull();
  });
});
