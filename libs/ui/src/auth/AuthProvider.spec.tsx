import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { AuthProvider, useAuth, type Auth } from './AuthProvider';
import { silentCheckSsoInitOptions, type KeycloakClient } from './keycloakClient';

function fakeKeycloak(overrides: Partial<KeycloakClient> = {}): jest.Mocked<KeycloakClient> {
  return {
    token: 'access-token',
    tokenParsed: { sub: 'user-1', preferred_username: 'tara.triage', realm_access: { roles: ['triage-manager', 'offline_access', 'uma_authorization'] } },
    idTokenParsed: { sub: 'user-1', name: 'Tara Triage', email: 'tara@example.test' },
    init: jest.fn(async () => true),
    updateToken: jest.fn(async () => false),
    login: jest.fn(async () => undefined),
    logout: jest.fn(async () => undefined),
    ...overrides,
  } as jest.Mocked<KeycloakClient>;
}

let captured: Auth | undefined;
function Capture() {
  captured = useAuth();
  return <p>Signed in as {captured.profile.name}</p>;
}

async function renderSignedIn(keycloak: KeycloakClient) {
  render(
    <StrictMode>
      <AuthProvider keycloak={keycloak}>
        <Capture />
      </AuthProvider>
    </StrictMode>,
  );
  await screen.findByText('Signed in as Tara Triage');
  if (!captured) throw new Error('no auth');
  return captured;
}

describe('AuthProvider', () => {
  it('initialises keycloak once, with PKCE S256 and sign-in required', async () => {
    const keycloak = fakeKeycloak();
    await renderSignedIn(keycloak);
    expect(keycloak.init).toHaveBeenCalledTimes(1);
    expect(keycloak.init).toHaveBeenCalledWith(expect.objectContaining({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false }));
  });

  it('asks for a session without sign-in (check-sso) and hands "signed out" to the app rather than to the sign-in page', async () => {
    const keycloak = fakeKeycloak({ init: jest.fn(async () => false) });
    const onSignedOut = jest.fn();
    const initOptions = silentCheckSsoInitOptions('http://app.test/silent-check-sso.html');
    render(
      <AuthProvider keycloak={keycloak} initOptions={initOptions} onSignedOut={onSignedOut}>
        <Capture />
      </AuthProvider>,
    );
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledTimes(1));
    expect(keycloak.init).toHaveBeenCalledWith({ onLoad: 'check-sso', silentCheckSsoRedirectUri: 'http://app.test/silent-check-sso.html', pkceMethod: 'S256', checkLoginIframe: false });
    expect(keycloak.login).not.toHaveBeenCalled();
    expect(screen.queryByText(/Signed in as/)).toBeNull();
  });

  it('sends someone without a session to the sign-in page when the app says nothing else', async () => {
    const keycloak = fakeKeycloak({ init: jest.fn(async () => false) });
    render(
      <AuthProvider keycloak={keycloak}>
        <Capture />
      </AuthProvider>,
    );
    await waitFor(() => expect(keycloak.login).toHaveBeenCalledTimes(1));
  });

  it('shows a status while signing in', () => {
    const keycloak = fakeKeycloak({ init: jest.fn(() => new Promise<boolean>(() => undefined)) });
    render(
      <AuthProvider keycloak={keycloak}>
        <Capture />
      </AuthProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('Signing you in');
  });

  it('gives the profile and only the roles Childfirst knows', async () => {
    const auth = await renderSignedIn(fakeKeycloak());
    expect(auth.profile).toEqual({ subject: 'user-1', username: 'tara.triage', name: 'Tara Triage', email: 'tara@example.test' });
    expect(auth.roles).toEqual(['triage-manager']);
  });

  it('refreshes a token that is about to expire before handing it out', async () => {
    const keycloak = fakeKeycloak();
    keycloak.updateToken.mockImplementation(async () => {
      keycloak.token = 'refreshed-token';
      return true;
    });
    const auth = await renderSignedIn(keycloak);
    await expect(auth.token()).resolves.toBe('refreshed-token');
    expect(keycloak.updateToken).toHaveBeenCalledWith(30);
  });

  it('sends the person to sign in again when the session cannot be refreshed', async () => {
    const keycloak = fakeKeycloak({ updateToken: jest.fn(async () => Promise.reject(new Error('refresh token expired'))) });
    const auth = await renderSignedIn(keycloak);
    await expect(auth.token()).rejects.toMatchObject({ status: 401 });
    expect(keycloak.login).toHaveBeenCalled();
  });

  it('signs out through Keycloak and comes back to the home page', async () => {
    const keycloak = fakeKeycloak();
    const auth = await renderSignedIn(keycloak);
    await act(() => auth.signOut());
    expect(keycloak.logout).toHaveBeenCalledWith({ redirectUri: `${window.location.origin}/` });
  });

  it('says so when Keycloak cannot be reached', async () => {
    const keycloak = fakeKeycloak({ init: jest.fn(async () => Promise.reject(new Error('network'))) });
    render(
      <AuthProvider keycloak={keycloak}>
        <Capture />
      </AuthProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Sorry, you cannot sign in at the moment' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
