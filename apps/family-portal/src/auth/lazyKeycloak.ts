import type { KeycloakClient, KeycloakSettings } from '@childfirst/ui';

/**
 * A KeycloakClient that downloads keycloak-js only when sign-in starts. Public pages (reporting a
 * concern) never start it, so people without an account neither load nor run the sign-in library,
 * and it stays out of the first-load JavaScript. `language` is the portal's language when a sign-in
 * or account page opens: Keycloak's pages are shown in it (ui_locales), English or Welsh.
 */
export interface LazyKeycloak extends KeycloakClient {
  /** Starts downloading keycloak-js now, alongside the signed-in part's code rather than after it. */
  preload(): void;
}

export function createLazyKeycloak(settings: KeycloakSettings, load = loadKeycloak, language?: () => string): LazyKeycloak {
  let instance: KeycloakClient | undefined;
  let loading: Promise<KeycloakClient> | undefined;
  let onActionUpdate: KeycloakClient['onActionUpdate'];
  const loaded = () => {
    loading ??= load(settings).then((keycloak) => {
      keycloak.onActionUpdate = onActionUpdate;
      return (instance = keycloak);
    });
    return loading;
  };
  return {
    preload: () => void loaded(),
    get onActionUpdate() {
      return onActionUpdate;
    },
    set onActionUpdate(handler) {
      onActionUpdate = handler;
      if (instance) instance.onActionUpdate = handler;
    },
    get token() {
      return instance?.token;
    },
    get tokenParsed() {
      return instance?.tokenParsed;
    },
    get idTokenParsed() {
      return instance?.idTokenParsed;
    },
    init: async (options) => (await loaded()).init(options),
    updateToken: async (minValidity) => (await loaded()).updateToken(minValidity),
    login: async (options) => (await loaded()).login({ ...(language ? { locale: language() } : {}), ...options }),
    logout: async (options) => (await loaded()).logout(options),
    // Only asked for once signed in, when keycloak-js is here.
    createAccountUrl: (options) => instance?.createAccountUrl?.(options) ?? '',
  };
}

async function loadKeycloak(settings: KeycloakSettings): Promise<KeycloakClient> {
  const { createKeycloak } = await import('@childfirst/ui/keycloak');
  return createKeycloak(settings);
}
