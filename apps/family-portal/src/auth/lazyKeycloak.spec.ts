import { keycloakInitOptions, type KeycloakClient } from '@childfirst/ui';
import { fakeKeycloak } from '../testing/fakes';
import { createLazyKeycloak } from './lazyKeycloak';

const settings = { url: 'http://sso.test', realm: 'childfirst', clientId: 'childfirst-family-portal' };

describe('createLazyKeycloak', () => {
  it('does not load keycloak-js until sign-in starts, then loads it once and hands everything to it', async () => {
    const keycloak = fakeKeycloak(async () => true);
    const load = jest.fn(async (): Promise<KeycloakClient> => keycloak);
    const client = createLazyKeycloak(settings, load);

    expect(load).not.toHaveBeenCalled();
    expect(client.token).toBeUndefined();

    await expect(client.init(keycloakInitOptions)).resolves.toBe(true);
    expect(load).toHaveBeenCalledWith(settings);
    expect(keycloak.init).toHaveBeenCalledWith(keycloakInitOptions);
    expect(client.token).toBe('access-token');
    expect(client.idTokenParsed?.name).toBe('Amy Adams');

    await client.updateToken(30);
    await client.logout({ redirectUri: 'http://portal.test/' });
    expect(keycloak.updateToken).toHaveBeenCalledWith(30);
    expect(keycloak.logout).toHaveBeenCalledWith({ redirectUri: 'http://portal.test/' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads keycloak-js from @childfirst/ui/keycloak by default', async () => {
    jest.resetModules();
    const keycloak = fakeKeycloak(async () => false);
    const createKeycloak = jest.fn(() => keycloak);
    jest.doMock('@childfirst/ui/keycloak', () => ({ createKeycloak }));
    const { createLazyKeycloak: createWithDefaultLoader } = await import('./lazyKeycloak');

    const client = createWithDefaultLoader(settings);
    expect(createKeycloak).not.toHaveBeenCalled();
    await client.login();
    expect(createKeycloak).toHaveBeenCalledWith(settings);
    expect(keycloak.login).toHaveBeenCalled();
  });

  it('opens Keycloak’s pages in the portal’s language unless told otherwise', async () => {
    const keycloak = fakeKeycloak(async () => true);
    let language = 'cy';
    const client = createLazyKeycloak(settings, async () => keycloak, () => language);
    await client.login();
    expect(keycloak.login).toHaveBeenLastCalledWith({ locale: 'cy' });
    language = 'en';
    await client.login({ action: 'CONFIGURE_TOTP', redirectUri: 'http://portal.test/account-security' });
    expect(keycloak.login).toHaveBeenLastCalledWith({ locale: 'en', action: 'CONFIGURE_TOTP', redirectUri: 'http://portal.test/account-security' });
  });

  it('can start the download early, and still loads keycloak-js only once', async () => {
    const keycloak = fakeKeycloak(async () => true);
    const load = jest.fn(async (): Promise<KeycloakClient> => keycloak);
    const client = createLazyKeycloak(settings, load);
    client.preload();
    expect(load).toHaveBeenCalledTimes(1);
    await client.init(keycloakInitOptions);
    expect(load).toHaveBeenCalledTimes(1);
    expect(keycloak.init).toHaveBeenCalledWith(keycloakInitOptions);
  });
});
