import type { Role } from '@childfirst/domain/access';
import { capabilitiesForRoles } from '@childfirst/domain/access';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StaffProfile } from '../api/staffApi';
import { renderStaffApp } from '../testing/renderStaffApp';
import { homePageFor } from './homePage';

/** A demo user of the role, with the capabilities the API grants it (GET /staff/me). */
function profileOf(role: Role): StaffProfile {
  return { displayName: `A ${role}`, roles: [role], capabilities: capabilitiesForRoles([role]), practitionerId: role === 'admin' ? null : 'practitioner-1' };
}

function renderHome(role: Role) {
  renderStaffApp('/', {
    getStaffProfile: async () => profileOf(role),
    listTriageQueue: async () => ({ items: [], alerts: [] }),
    listCaseload: async () => [],
    listInformationRequests: async () => [],
  });
}

const menu = () => screen.getByRole('navigation', { name: 'Menu' });

describe('each role’s home page', () => {
  it.each([
    ['triage-manager', 'Triage queue', 'Triage queue'],
    ['team-manager', 'Triage queue', 'Triage queue'],
    ['key-worker', 'My caseload', 'My caseload'],
    ['social-worker', 'My caseload', 'My caseload'],
    ['education-officer', 'Information requests for your agency', 'Information requests'],
    ['health-visitor', 'Information requests for your agency', 'Information requests'],
    ['police-officer', 'Information requests for your agency', 'Information requests'],
    ['inspector', 'Find a person', 'Find a person'],
    ['admin', 'Administration', 'Administration'],
  ] as const)('a %s starts at %s, marked as the current page in the navigation', async (role, heading, navigationItem) => {
    renderHome(role);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    expect(screen.queryByText(/You do not have access/)).toBeNull();
    await waitFor(() => expect(within(menu()).getByRole('link', { name: navigationItem }).getAttribute('aria-current')).toBe('page'));
    expect(within(menu()).getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page')).toHaveLength(1);
  });

  it('puts someone with several roles where the strongest of them does', () => {
    expect(homePageFor(['key-worker', 'triage-manager'])).toBe('triage-queue');
    expect(homePageFor(['police-officer', 'social-worker'])).toBe('caseload');
    expect(homePageFor(['admin', 'inspector'])).toBe('find-a-person');
    expect(homePageFor(['family'])).toBeNull();
  });

  it('gives an admin what admins can do: who has viewed a record, from its ID, and back', async () => {
    const recordId = '5d0f1c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f';
    const listRecordViewers = jest.fn(async (_personId: string) => [{ actorName: 'Paul Walsh', occurredAt: '2026-06-03T09:00:00Z', purpose: 'Found by a person search: Making a referral' }]);
    renderStaffApp('/', { getStaffProfile: async () => profileOf('admin'), listRecordViewers });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Administration' });
    // Admins do not read records by role: none of the record's pages are offered.
    expect(within(menu()).queryByRole('link', { name: 'Find a person' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Show who has viewed it' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Enter the ID of the person’s record' }).getAttribute('href')).toBe('#recordId');
    await user.type(screen.getByLabelText('Person’s record ID'), `  ${recordId.toUpperCase()} `);
    await user.click(screen.getByRole('button', { name: 'Show who has viewed it' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Who has viewed this record' })).toBeTruthy();
    expect(listRecordViewers).toHaveBeenCalledWith(recordId);
    expect(await screen.findByText('Found by a person search: Making a referral')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to administration' }).getAttribute('href')).toBe('/');
  });
});
