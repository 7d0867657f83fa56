import { keycloakInitOptions } from '@childfirst/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FamilyPortal } from './App';
import { fakeKeycloak, fetchMock, headersOf, jsonResponse, type FetchMock } from './testing/fakes';

const apiUrl = 'http://api.test';
const frontDoorPhone = '01632 960 100';

function renderPortal(path: string, keycloak = fakeKeycloak(), fetch: FetchMock = fetchMock()) {
  window.history.pushState({}, '', path);
  render(<FamilyPortal apiUrl={apiUrl} keycloak={keycloak} frontDoorPhone={frontDoorPhone} fetch={fetch as unknown as typeof globalThis.fetch} />);
  return { keycloak, fetch, user: userEvent.setup() };
}

describe('public pages, without an account', () => {
  it('renders the report form and sends a report without starting sign-in or sending a token', async () => {
    const fetch = fetchMock().mockResolvedValue(
      jsonResponse(201, { reference: 'FD-2025-000123', receivedAt: '2025-06-04T09:15:00+01:00', message: 'Thank you for telling us.' }),
    );
    const { keycloak, user } = renderPortal('/report-a-concern', fakeKeycloak(), fetch);

    expect(await screen.findByRole('heading', { level: 1, name: 'Report a concern about a child' })).toBeTruthy();
    expect(document.title).toBe('Report a concern about a child – Childfirst family portal');
    // The public layout: nothing about an account.
    expect(screen.queryByRole('link', { name: 'Sign out' })).toBeNull();
    expect(screen.queryByText('Signing you in')).toBeNull();

    await user.type(screen.getByLabelText('First name'), 'Sam');
    await user.click(screen.getByLabelText('Neglect'));
    await user.type(screen.getByLabelText('What is happening?'), 'Sam is often left alone at night without any food.');
    await user.click(screen.getByLabelText('Not urgent'));
    await user.click(screen.getByLabelText('I know the family, for example as a neighbour, friend or childminder'));
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));
    await user.click(screen.getByRole('button', { name: 'Send report' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Concern received' })).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/public/concerns');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('omit');
    const headers = headersOf(init);
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('authorization');
    expect(headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(keycloak.init).not.toHaveBeenCalled();
    expect(keycloak.login).not.toHaveBeenCalled();

    // Another report is a new form, with a new idempotency key.
    await user.click(screen.getByRole('link', { name: 'Report another concern' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Report a concern about a child' })).toBeTruthy();
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('');
    await user.type(screen.getByLabelText('First name'), 'Ali');
    await user.click(screen.getByLabelText('Something else'));
    await user.type(screen.getByLabelText('What is happening?'), 'Ali is out very late every night on his own.');
    await user.click(screen.getByLabelText('Not urgent'));
    await user.click(screen.getByLabelText('Other'));
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    await screen.findByRole('heading', { level: 1, name: 'Concern received' });
    const [first, second] = fetch.mock.calls.map(([, call]) => headersOf(call)['Idempotency-Key']);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
    expect(keycloak.init).not.toHaveBeenCalled();
  });

  it('links from the start page to the report form, "you do not need an account", without starting sign-in', async () => {
    const { keycloak, user } = renderPortal('/start');
    expect(await screen.findByRole('heading', { level: 1, name: 'Childfirst family portal' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Worried about a child?' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Report a concern – you do not need an account' });
    expect(link.getAttribute('href')).toBe('/report-a-concern');
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/');

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Report a concern about a child' })).toBeTruthy();
    expect(window.location.pathname).toBe('/report-a-concern');
    expect(keycloak.init).not.toHaveBeenCalled();
  });
});

describe('signed-in pages', () => {
  it('still require sign-in: Keycloak starts with sign-in required before anything is shown', async () => {
    const { keycloak } = renderPortal('/');
    expect(await screen.findByText('Signing you in')).toBeTruthy();
    expect(keycloak.init).toHaveBeenCalledTimes(1);
    expect(keycloak.init).toHaveBeenCalledWith(keycloakInitOptions);
    expect(keycloakInitOptions.onLoad).toBe('login-required');
    expect(screen.queryByRole('heading', { name: 'Your requests for help' })).toBeNull();
  });

  it('show the family’s pages once signed in, calling the API with their token', async () => {
    const fetch = fetchMock().mockImplementation(async (url) =>
      url.endsWith('/family/me') ? jsonResponse(200, { displayName: 'Amy Adams', familyName: 'Adams' }) : jsonResponse(200, { items: [] }),
    );
    renderPortal('/', fakeKeycloak(async () => true), fetch);

    expect(await screen.findByRole('heading', { level: 1, name: 'Your requests for help' })).toBeTruthy();
    expect(await screen.findByText('You have not asked for help yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign out' })).toBeTruthy();
    const helpRequestsCall = fetch.mock.calls.find(([url]) => url === 'http://api.test/family/help-requests');
    expect(headersOf(helpRequestsCall?.[1]).Authorization).toBe('Bearer access-token');
  });

  it('offer the report form when the sign-in service cannot be reached', async () => {
    renderPortal('/ask-for-help', fakeKeycloak(async () => Promise.reject(new Error('network'))));
    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: 'Sorry, you cannot sign in at the moment' })).toBeTruthy();
    expect(within(main).getByRole('link', { name: 'Report a concern – you do not need an account' }).getAttribute('href')).toBe('/report-a-concern');
  });
});
