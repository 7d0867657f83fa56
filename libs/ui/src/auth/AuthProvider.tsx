import { isRole, type Role } from '@childfirst/domain/access';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LoadingStatus } from '../components/LoadingStatus';
import { ApiError } from '../http/ApiError';
import type { KeycloakInitOptions } from 'keycloak-js';
import { keycloakInitOptions, type KeycloakActionStatus, type KeycloakClient } from './keycloakClient';

export interface AuthProfile {
  /** The Keycloak subject (user id). */
  subject: string;
  username?: string;
  name?: string;
  email?: string;
}

export interface Auth {
  /** A bearer token valid for at least `minValidity` seconds, refreshed first if it is about to expire. */
  token(): Promise<string>;
  profile: AuthProfile;
  /** Realm roles this app knows; any others in the token are ignored. */
  roles: Role[];
  signOut(): Promise<void>;
  /**
   * Sends the person to Keycloak for an account action (Keycloak's required-action alias, e.g.
   * 'CONFIGURE_TOTP' for 2-step verification); they come back to `returnPath` in this app.
   */
  startAccountAction(action: string, returnPath: string): Promise<void>;
  /** Keycloak's own account pages, where people change or remove what they set up; back to the app's home. */
  accountUrl?: string;
  /** How an account action ended, when this page load is the return from one. */
  completedAction?: { action: string; status: KeycloakActionStatus };
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/**
 * keycloak-js may be initialised only once per instance, and React runs effects twice in strict
 * mode, so the first call's promise is kept and shared.
 */
const initialisations = new WeakMap<KeycloakClient, Promise<boolean>>();
const completedActions = new WeakMap<KeycloakClient, { action: string; status: KeycloakActionStatus }>();

function initialiseOnce(keycloak: KeycloakClient, options: KeycloakInitOptions): Promise<boolean> {
  let initialisation = initialisations.get(keycloak);
  if (!initialisation) {
    keycloak.onActionUpdate = (status, action) => {
      if (action) completedActions.set(keycloak, { action, status });
    };
    initialisation = keycloak.init(options);
    initialisations.set(keycloak, initialisation);
  }
  return initialisation;
}

export type AuthStatus = 'signing-in' | 'failed';

export interface AuthProviderProps {
  keycloak: KeycloakClient;
  children: ReactNode;
  /**
   * Seconds a token must still be valid for when a request is made; a shorter-lived token is
   * refreshed first. Refreshing on use, not on a timer, lets Keycloak's idle timeout end the
   * session of a screen nobody is using.
   */
  minValidity?: number;
  /** What to show while signing in, or if Keycloak cannot be reached. */
  renderStatus?: (status: AuthStatus, retry: () => void) => ReactNode;
  /** keycloak-js's options; sign-in required (keycloakInitOptions) unless said otherwise. */
  initOptions?: KeycloakInitOptions;
  /**
   * Called when Keycloak says the browser has no session (with check-sso options): the app decides
   * where the person goes. Without it they are sent to the sign-in page.
   */
  onSignedOut?: () => void;
}

function DefaultStatus({ status, retry }: { status: AuthStatus; retry: () => void }) {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        {status === 'signing-in' ? (
          <LoadingStatus text="Signing you in" />
        ) : (
          <>
            <h1 className="govuk-heading-l">Sorry, you cannot sign in at the moment</h1>
            <p className="govuk-body">We could not reach the sign-in service. Try again in a few minutes.</p>
            <button type="button" className="govuk-button" onClick={retry}>
              Try again
            </button>
          </>
        )}
      </main>
    </div>
  );
}

function profileFrom(keycloak: KeycloakClient): AuthProfile {
  const claims = { ...keycloak.tokenParsed, ...keycloak.idTokenParsed };
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  return {
    subject: text(claims.sub) ?? '',
    username: text(claims.preferred_username),
    name: text(claims.name),
    email: text(claims.email),
  };
}

function rolesFrom(keycloak: KeycloakClient): Role[] {
  const granted: unknown = keycloak.tokenParsed?.realm_access?.roles;
  return Array.isArray(granted) ? granted.filter((role): role is Role => typeof role === 'string' && isRole(role)) : [];
}

export function AuthProvider({ keycloak, children, minValidity = 30, renderStatus, initOptions = keycloakInitOptions, onSignedOut }: AuthProviderProps) {
  const [status, setStatus] = useState<'signing-in' | 'signed-in' | 'failed'>('signing-in');

  useEffect(() => {
    let active = true;
    initialiseOnce(keycloak, initOptions).then(
      (authenticated) => {
        if (!active) return;
        if (authenticated) setStatus('signed-in');
        else if (onSignedOut) onSignedOut();
        // With onLoad 'login-required' keycloak-js redirects; this covers a refused or odd response.
        else void keycloak.login();
      },
      () => active && setStatus('failed'),
    );
    return () => {
      active = false;
    };
  }, [keycloak, initOptions, onSignedOut]);

  const auth = useMemo<Auth | null>(() => {
    if (status !== 'signed-in') return null;
    return {
      async token() {
        try {
          await keycloak.updateToken(minValidity);
        } catch {
          // The refresh token has expired or the session was ended elsewhere: sign in again.
          void keycloak.login();
          throw new ApiError({ status: 401, title: 'You need to sign in again' });
        }
        if (!keycloak.token) throw new ApiError({ status: 401, title: 'You need to sign in again' });
        return keycloak.token;
      },
      profile: profileFrom(keycloak),
      roles: rolesFrom(keycloak),
      signOut: () => keycloak.logout({ redirectUri: `${window.location.origin}/` }),
      startAccountAction: (action, returnPath) => keycloak.login({ action, redirectUri: `${window.location.origin}${returnPath}` }),
      accountUrl: keycloak.createAccountUrl?.({ redirectUri: `${window.location.origin}/` }),
      completedAction: completedActions.get(keycloak),
    };
  }, [status, keycloak, minValidity]);

  if (!auth) {
    const current: AuthStatus = status === 'failed' ? 'failed' : 'signing-in';
    const retry = () => window.location.reload();
    return <>{renderStatus ? renderStatus(current, retry) : <DefaultStatus status={current} retry={retry} />}</>;
  }
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
