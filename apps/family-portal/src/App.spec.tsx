import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FamilyPortal } from './App';
import { fakeKeycloak, fetchMock, headersOf, jsonResponse, type FetchMock } from './testing/fakes';
import { home, linkedParent, notLinked, threads } from './testing/portalData';

const apiUrl = 'http://api.test';
const frontDoorPhone = '01632 960 100';

function renderPortal(path: string, keycloak = fakeKeycloak(), fetch: FetchMock = fetchMock()) {
  window.history.pushState({}, '', path);
  render(<FamilyPortal apiUrl={apiUrl} keycloak={keycloak} frontDoorPhone={frontDoorPhone} fetch={fetch as unknown as typeof globalThis.fetch} />);
  return { keycloak, fetch, user: userEvent.setup() };
}

/** The API answering each family route; anything not given is an empty list. */
function familyApiAnswering(answers: Record<string, unknown>): FetchMock {
  const defaults: Record<string, unknown> = { '/family/home': home, '/family/messages': { items: threads }, '/family/help-requests': { items: [] } };
  return fetchMock().mockImplementation(async (url) => {
    const path = new URL(url).pathname;
    return jsonResponse(200, answers[path] ?? defaults[path] ?? { items: [] });
  });
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
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Report a concern about a child' })).toBeTruthy();
    expect(window.location.pathname).toBe('/report-a-concern');
    expect(keycloak.init).not.toHaveBeenCalled();
  });
});

describe('signed-in pages', () => {
  it('ask Keycloak for a session without leaving the page, showing nothing of the family’s meanwhile', async () => {
    const { keycloak } = renderPortal('/');
    expect(await screen.findByText('Signing you in')).toBeTruthy();
    expect(keycloak.init).toHaveBeenCalledTimes(1);
    expect(keycloak.init).toHaveBeenCalledWith(
      expect.objectContaining({ onLoad: 'check-sso', silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`, pkceMethod: 'S256', checkLoginIframe: false }),
    );
    expect(screen.queryByRole('heading', { name: 'Your family’s support' })).toBeNull();
  });

  it('show the start page at the portal’s address when the browser has no session, without sending anyone to Keycloak', async () => {
    const { keycloak } = renderPortal('/', fakeKeycloak(async () => false));
    expect(await screen.findByRole('heading', { level: 1, name: 'Childfirst family portal' })).toBeTruthy();
    expect(window.location.pathname).toBe('/start');
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
    expect(keycloak.login).not.toHaveBeenCalled();
  });

  it('send someone without a session to the sign-in page from "Sign in" (then home) and from any other address (then back there)', async () => {
    const fromStart = renderPortal('/sign-in', fakeKeycloak(async () => false));
    await waitFor(() => expect(fromStart.keycloak.login).toHaveBeenCalledWith({ redirectUri: `${window.location.origin}/` }));
    cleanup();

    const fromLink = renderPortal('/messages/thread-1', fakeKeycloak(async () => false));
    await waitFor(() => expect(fromLink.keycloak.login).toHaveBeenCalledWith({ redirectUri: `${window.location.origin}/messages/thread-1` }));
  });

  it('take a family that is already signed in from "Sign in" to its home page', async () => {
    renderPortal('/sign-in', fakeKeycloak(async () => true), familyApiAnswering({ '/family/me': linkedParent }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your family’s support' })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
  });

  it('show the family’s home once signed in, calling the API with their token', async () => {
    const fetch = familyApiAnswering({ '/family/me': linkedParent });
    const { user } = renderPortal('/', fakeKeycloak(async () => true), fetch);

    expect(await screen.findByRole('heading', { level: 1, name: 'Your family’s support' })).toBeTruthy();
    expect(document.title).toBe('Home – Childfirst family portal');
    const navigation = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(navigation).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Home',
      'Messages 2 unread',
      'Ask for help',
      'Tell us about a change',
      'Documents',
      'Your views',
      'Consent',
      'Account security',
      'Sign out',
    ]);
    expect(within(navigation).getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('Amy Adams', { selector: '.govuk-service-navigation__text' })).toBeTruthy();
    const homeCall = fetch.mock.calls.find(([url]) => url === 'http://api.test/family/home');
    expect(headersOf(homeCall?.[1]).Authorization).toBe('Bearer access-token');

    // Every page is reachable from the navigation, and loads its own code and text.
    await user.click(within(navigation).getByRole('link', { name: 'Ask for help' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your requests for help' })).toBeTruthy();
    expect(await screen.findByText('You have not asked for help yet.')).toBeTruthy();
    expect(within(navigation).getByRole('link', { name: 'Ask for help' }).getAttribute('aria-current')).toBe('page');
  });

  it('show nothing but "Link your account" until the account is linked, then the home page', async () => {
    const fetch = familyApiAnswering({ '/family/me': notLinked, '/family/link': linkedParent });
    const { user } = renderPortal('/messages', fakeKeycloak(async () => true), fetch);

    expect(await screen.findByRole('heading', { level: 1, name: 'Link your account' })).toBeTruthy();
    expect(screen.getByText(/Your key worker gives you an invitation code/)).toBeTruthy();
    // No way into the portal but signing out.
    const navigation = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(navigation).getAllByRole('link').map((link) => link.textContent)).toEqual(['Account security', 'Sign out']);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['http://api.test/family/me']);

    await user.type(screen.getByLabelText('Invitation code'), 'k7pm q2xd 9a');
    await user.click(screen.getByRole('button', { name: 'Link my account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your family’s support' })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
    const linkCall = fetch.mock.calls.find(([url]) => url === 'http://api.test/family/link');
    expect(JSON.parse(linkCall?.[1].body as string)).toEqual({ code: 'K7PMQ2XD9A' });
  });

  it('offer the report form when the sign-in service cannot be reached', async () => {
    renderPortal('/ask-for-help', fakeKeycloak(async () => Promise.reject(new Error('network'))));
    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: 'Sorry, you cannot sign in at the moment' })).toBeTruthy();
    expect(within(main).getByRole('link', { name: 'Report a concern – you do not need an account' }).getAttribute('href')).toBe('/report-a-concern');
  });
});

describe('English and Welsh', () => {
  it('switches every page’s text and <html lang> to Welsh, keeps the choice, and switches back', async () => {
    const fetch = familyApiAnswering({ '/family/me': linkedParent });
    const { user } = renderPortal('/', fakeKeycloak(async () => true), fetch);
    await screen.findByRole('heading', { level: 1, name: 'Your family’s support' });
    expect(document.documentElement.lang).toBe('en');

    const toggle = screen.getByRole('navigation', { name: 'Language' });
    expect(within(toggle).getByText('English').getAttribute('aria-current')).toBe('true');
    // Named by what it shows first (WCAG 2.5.3 label in name), in its own language.
    const cymraeg = within(toggle).getByRole('button', { name: 'Cymraeg (Newid yr iaith i’r Gymraeg)' });
    expect(cymraeg.getAttribute('lang')).toBe('cy');

    // With the keyboard alone.
    cymraeg.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Cymorth i’ch teulu' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('cy');
    expect(window.localStorage.getItem('childfirst.familyPortal.language')).toBe('cy');
    expect(document.title).toBe('Hafan – Porth teuluoedd Childfirst');
    const navigation = screen.getByRole('navigation', { name: 'Dewislen' });
    expect(within(navigation).getByRole('link', { name: 'Negeseuon 2 heb eu darllen' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Eich gweithiwr allweddol' })).toBeTruthy();
    // Dates in Welsh; what the API sends stays as sent.
    expect(screen.getByText('Dydd Iau 12 Mehefin 2025 am 9:30yb')).toBeTruthy();
    expect(screen.getByText('EHC needs assessment for Jamie')).toBeTruthy();
    expect(screen.getByText('Ar y trywydd iawn')).toBeTruthy();

    const english = within(screen.getByRole('navigation', { name: 'Iaith' })).getByRole('button', { name: 'English (Change the language to English)' });
    expect(english.getAttribute('lang')).toBe('en');
    await user.click(english);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your family’s support' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('childfirst.familyPortal.language')).toBe('en');
  });

  it('offers Welsh on the public pages too, without signing in', async () => {
    const { keycloak, user } = renderPortal('/start');
    await screen.findByRole('heading', { level: 1, name: 'Childfirst family portal' });
    await user.click(screen.getByRole('button', { name: /^Cymraeg/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Porth teuluoedd Childfirst' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rhoi gwybod am bryder – nid oes angen cyfrif arnoch' }).getAttribute('href')).toBe('/report-a-concern');
    expect(screen.getByRole('link', { name: 'Neidio i’r prif gynnwys' })).toBeTruthy();
    expect(keycloak.init).not.toHaveBeenCalled();
  });
});
