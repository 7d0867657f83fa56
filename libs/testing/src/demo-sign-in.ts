import { signInWithPassword } from './keycloak-login';
import { stack } from './stack-environment';

export type DemoApp = 'staff-web' | 'family-portal';

const tokens = new Map<string, Promise<string>>();

/**
 * An access token for a demo user, obtained through Keycloak's real sign-in page (authorization
 * code + PKCE) for the app they would use. Cached per user for the test run (tokens live 5 minutes).
 */
export function accessTokenFor(username: string, app: DemoApp): Promise<string> {
  const key = `${app}:${username}`;
  let token = tokens.get(key);
  if (!token) {
    const appUrl = app === 'staff-web' ? stack.staffWebUrl : stack.familyPortalUrl;
    token = signInWithPassword({
      keycloakUrl: stack.keycloakUrl,
      realm: stack.realm,
      clientId: `childfirst-${app}`,
      redirectUri: `${appUrl}/`,
      username,
      password: 'childfirst-demo',
    }).then((result) => result.accessToken);
    tokens.set(key, token);
  }
  return token;
}
