import { screen, within } from '@testing-library/react';
import type { CaseloadItem } from '../../api/casesTypes';
import { keyWorker, renderStaffApp, teamManager } from '../../testing/renderStaffApp';

const caseload: CaseloadItem[] = [
  { caseId: 'case-begum', familyName: 'Begum', reference: 'FAM-000002', myRole: 'team-member', childrenCount: 1, statuses: [{ label: 'Early help' }], unreadFromFamily: null },
  { caseId: 'case-adams', familyName: 'Adams', reference: 'FAM-000001', myRole: 'key-worker', childrenCount: 2, statuses: [{ label: 'Child in need' }, { label: 'SEN support' }], unreadFromFamily: 3 },
];

describe('My caseload', () => {
  it('is the home page of practitioners without triage, key worker cases first', async () => {
    renderStaffApp('/', { getStaffProfile: async () => keyWorker, listCaseload: async () => caseload });
    expect(await screen.findByRole('heading', { level: 1, name: 'My caseload' })).toBeTruthy();
    expect(document.title).toBe('My caseload – Childfirst');
    expect(await screen.findByText('You are key worker for 1 family and in the team around 1 family.')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'My cases (2)' });
    const [, adams, begum] = within(table).getAllByRole('row');
    expect(within(adams as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Adams family, case FAM-000001 3 new from the family',
      'FAM-000001',
      '2',
      'Child in needSEN support',
      'Key worker',
    ]);
    expect(within(adams as HTMLElement).getByRole('link').getAttribute('href')).toBe('/cases/case-adams');
    expect(within(adams as HTMLElement).getByText('3 new from the family').className).toContain('govuk-tag');
    expect(within(begum as HTMLElement).queryByText(/new from the family/)).toBeNull();
    expect(within(begum as HTMLElement).getByText('Team around the family')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'My caseload' }).getAttribute('aria-current')).toBe('page');
  });

  it('leaves triage managers their triage queue as home, with the caseload and search in the navigation', async () => {
    renderStaffApp('/', { getStaffProfile: async () => teamManager, listTriageQueue: async () => ({ items: [], alerts: [] }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Triage queue' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'My caseload' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByRole('link', { name: 'Find a person' })).toBeTruthy();
  });
});
