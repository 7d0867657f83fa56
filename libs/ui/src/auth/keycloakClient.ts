import type { KeycloakInitOptions, KeycloakLoginOptions, KeycloakLogoutOptions, KeycloakTokenParsed } from 'keycloak-js';

/** The part of keycloak-js the auth provider uses; a Keycloak instance satisfies it, and so can a test double. */
export interface KeycloakClient {
  token?: string;
  tokenParsed?: KeycloakTokenParsed;
  idTokenParsed?: KeycloakTokenParsed;
  init(options: KeycloakInitOptions): Promise<boolean>;
  updateToken(minValidity?: number): Promise<boolean>;
  login(options?: KeycloakLoginOptions): Promise<void>;
  logout(options?: KeycloakLogoutOptions): Promise<void>;
  /** Keycloak's own account pages (passwords, 2-step verification, sessions), linking back here. */
  createAccountUrl?(options?: { redirectUri?: string }): string;
  /**
   * Set before init: called while keycloak-js reads Keycloak's answer after an application-initiated
   * action (`login({ action })`, e.g. setting up 2-step verification) with how it ended.
   */
  onActionUpdate?: (status: KeycloakActionStatus, action?: string) => void;
}

export type KeycloakActionStatus = 'success' | 'cancelled' | 'error';

export interface KeycloakSettings {
  url: string;
  realm: string;
  clientId: string;
}

/**
 * Keycloak options for a public browser client: the authorisation code flow with PKCE (S256), and
 * sign-in required before the app renders anything. The login-status iframe is off: it needs
 * third-party cookies, which browsers now block, and it would poll Keycloak from every open tab.
 */
export const keycloakInitOptions: KeycloakInitOptions = {
  onLoad: 'login-required',
  pkceMethod: 'S256',
  checkLoginIframe: false,
};

/**
 * For an app whose address is also for people who are not signed in (the family portal): instead of
 * sending everyone to the sign-in page, keycloak-js asks Keycloak in a hidden iframe that loads
 * `silentCheckSsoRedirectUri` (a static page of the app) whether this browser has a session, and
 * `init` resolves false when it has none. Where the browser blocks Keycloak's cookies in that iframe,
 * keycloak-js asks with a redirect instead (its silentCheckSsoFallback).
 */
export function silentCheckSsoInitOptions(silentCheckSsoRedirectUri: string): KeycloakInitOptions {
  return { ...keycloakInitOptions, onLoad: 'check-sso', silentCheckSsoRedirectUri };
}
