// Smoke test of the Keycloak provisioning and the realm: npx tsx tools/stack/keycloak.smoke.ts
//
// Installs Keycloak if needed, starts it in the test profile (fresh data, ports 18080/19000),
// signs in as every demo user through the real login page, checks their access tokens, checks
// that a wrong password and forbidden flows are refused, gets a service-account token for the
// workers, stops Keycloak and checks that its ports are free again.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { DEMO_USERS, demoUserEmail, type DemoUser } from '../keycloak/demo-users';
import { getServiceAccountToken, signInWithPassword, SignInRefusedError } from '@childfirst/testing/keycloak-login';
import { ensureKeycloakInstalled, KEYCLOAK_VERSION, startKeycloak, type RunningKeycloak } from './keycloak';
import { ensureKeycloakTheme } from './keycloak-theme';

const REPO = path.resolve(__dirname, '..', '..');
const HTTP_PORT = 18080;
const MANAGEMENT_PORT = 19000;
const REALM = 'childfirst';
const ISSUER = `http://localhost:${HTTP_PORT}/realms/${REALM}`;
const STAFF = { clientId: 'childfirst-staff-web', redirectUri: 'http://localhost:15173/' };
const PORTAL = { clientId: 'childfirst-family-portal', redirectUri: 'http://localhost:15174/' };

const t0 = Date.now();
const stamp = () => `[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s]`;
const log = (msg: string) => console.log(`${stamp()} ${msg}`);
const failures: string[] = [];
function check(condition: unknown, what: string): void {
  if (condition) return;
  failures.push(what);
  console.log(`${stamp()}   FAIL ${what}`);
}

interface AccessToken extends JWTPayload {
  azp?: string;
  preferred_username?: string;
  name?: string;
  email?: string;
  realm_access?: { roles?: string[] };
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function checkRealmMatchesDemoUsers(): void {
  const realm = JSON.parse(fs.readFileSync(path.join(REPO, 'tools', 'keycloak', 'childfirst-realm.json'), 'utf8')) as {
    users: { id: string; username: string; firstName: string; lastName: string; email: string; realmRoles: string[] }[];
  };
  const people = realm.users.filter((u) => !(u as { serviceAccountClientId?: string }).serviceAccountClientId);
  check(people.length === DEMO_USERS.length, `realm has ${DEMO_USERS.length} users besides service accounts (has ${people.length})`);
  for (const user of DEMO_USERS) {
    const entry = realm.users.find((u) => u.username === user.username);
    check(entry, `realm file has ${user.username}`);
    if (!entry) continue;
    check(entry.id === user.id, `${user.username}: realm id ${entry.id} = demo-users id ${user.id}`);
    check(`${entry.firstName} ${entry.lastName}` === user.displayName, `${user.username}: realm name = "${user.displayName}"`);
    check(entry.email === demoUserEmail(user), `${user.username}: realm email`);
    check(entry.realmRoles.join() === user.role, `${user.username}: realm role ${user.role}`);
  }
}

async function checkUser(keycloak: RunningKeycloak, user: DemoUser, jwks: ReturnType<typeof createRemoteJWKSet>): Promise<void> {
  const client = user.role === 'family' ? PORTAL : STAFF;
  const started = Date.now();
  const tokens = await signInWithPassword({ keycloakUrl: keycloak.url, realm: REALM, ...client, username: user.username, password: user.password });
  const { payload } = await jwtVerify<AccessToken>(tokens.accessToken, jwks, { issuer: ISSUER, audience: 'childfirst-api' });
  const roles = payload.realm_access?.roles ?? [];
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  check(payload.sub === user.id, `${user.username}: sub ${payload.sub} = ${user.id}`);
  check(payload.preferred_username === user.username, `${user.username}: preferred_username`);
  check(payload.name === user.displayName, `${user.username}: name "${payload.name}" = "${user.displayName}"`);
  check(payload.email === demoUserEmail(user), `${user.username}: email`);
  check(roles.includes(user.role), `${user.username}: realm_access.roles ${JSON.stringify(roles)} includes ${user.role}`);
  const otherDemoRoles = roles.filter((r) => r !== user.role && DEMO_USERS.some((u) => u.role === r));
  check(otherDemoRoles.length === 0, `${user.username}: no other Childfirst roles (${otherDemoRoles.join(', ')})`);
  check(aud.includes('childfirst-api'), `${user.username}: aud includes childfirst-api`);
  check(payload.azp === client.clientId, `${user.username}: azp ${payload.azp}`);
  check((payload.exp ?? 0) - (payload.iat ?? 0) === 300, `${user.username}: access token lifetime 300 s (exp - iat = ${(payload.exp ?? 0) - (payload.iat ?? 0)})`);
  check(tokens.expiresIn > 290 && tokens.expiresIn <= 300, `${user.username}: expires_in ~300 (got ${tokens.expiresIn})`);
  check(tokens.idToken && tokens.refreshToken, `${user.username}: id and refresh tokens present`);
  log(`  ${user.username.padEnd(19)} ${client.clientId.padEnd(25)} roles=${roles.filter((r) => !r.startsWith('default-') && !['offline_access', 'uma_authorization'].includes(r)).join(',')} aud=${aud.join(',')} (${Date.now() - started} ms)`);
}

async function expectRefused(what: string, attempt: () => Promise<unknown>, pattern: RegExp): Promise<void> {
  try {
    await attempt();
    check(false, `${what}: expected a refusal`);
  } catch (err) {
    const message = (err as Error).message;
    check(pattern.test(message), `${what}: refused with a clear message (got: ${message})`);
    log(`  ${what}: refused — ${message}`);
  }
}

async function main(): Promise<void> {
  checkRealmMatchesDemoUsers();

  let started = Date.now();
  const install = await ensureKeycloakInstalled(log);
  log(`Keycloak ${install.version} at ${install.home}, Java ${install.javaHome} (ensureKeycloakInstalled ${Date.now() - started} ms)`);
  check(install.version === KEYCLOAK_VERSION, 'installed version');

  started = Date.now();
  const keycloak = await startKeycloak({
    install,
    profile: 'test',
    httpPort: HTTP_PORT,
    managementPort: MANAGEMENT_PORT,
    dataDir: path.join(REPO, '.data', 'test', 'keycloak'),
    logFile: path.join(REPO, '.data', 'test', 'logs', 'keycloak.log'),
    env: { CHILDFIRST_SMTP_PORT: '11025' },
    // The realm's login theme: its pages, and so the refusal messages checked below, are Childfirst's.
    themesDir: ensureKeycloakTheme(log).themesDir,
  });
  const startMs = Date.now() - started;
  log(`Keycloak ready at ${keycloak.url} (pid ${keycloak.pid}) in ${(startMs / 1000).toFixed(1)} s`);

  try {
    check(fs.existsSync(path.join(REPO, '.data', 'test', 'keycloak', 'h2', 'keycloakdb.mv.db')), 'H2 database is under the dataDir');
    check(!fs.existsSync(path.join(install.home, 'data')), 'nothing written to <cache>/keycloak-*/data');

    const discovery = (await (await fetch(`${keycloak.url}/realms/${REALM}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    check(discovery.issuer === ISSUER, `issuer ${discovery.issuer} = ${ISSUER}`);
    const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));

    log('Signing in as every demo user through the login form:');
    for (const user of DEMO_USERS) {
      try {
        await checkUser(keycloak, user, jwks);
      } catch (err) {
        check(false, `${user.username}: ${(err as Error).message}`);
      }
    }

    log('Refusals:');
    await expectRefused(
      'wrong password',
      () => signInWithPassword({ keycloakUrl: keycloak.url, realm: REALM, ...STAFF, username: 'kim.keyworker', password: 'not-the-password' }),
      /username or password is not right/i,
    );
    try {
      await signInWithPassword({ keycloakUrl: keycloak.url, realm: REALM, ...STAFF, username: 'sam.socialworker', password: 'nope' });
    } catch (err) {
      check(err instanceof SignInRefusedError, `wrong password throws SignInRefusedError (got ${(err as Error).name})`);
    }
    await expectRefused(
      'staff client with the portal redirect URI',
      () => signInWithPassword({ keycloakUrl: keycloak.url, realm: REALM, clientId: STAFF.clientId, redirectUri: PORTAL.redirectUri, username: 'kim.keyworker', password: 'childfirst-demo' }),
      /Invalid parameter: redirect_uri/,
    );
    const directGrant = await fetch(`${keycloak.url}/realms/${REALM}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: STAFF.clientId, username: 'kim.keyworker', password: 'childfirst-demo' }),
    });
    const directGrantBody = await directGrant.text();
    check(directGrant.status === 401 || directGrant.status === 400, `direct access grant refused (HTTP ${directGrant.status})`);
    log(`  direct access grant on ${STAFF.clientId}: HTTP ${directGrant.status} ${directGrantBody}`);
    const noPkce = await fetch(
      `${keycloak.url}/realms/${REALM}/protocol/openid-connect/auth?` +
        new URLSearchParams({ client_id: STAFF.clientId, redirect_uri: STAFF.redirectUri, response_type: 'code', scope: 'openid', state: 'x' }),
      { redirect: 'manual' },
    );
    const noPkceLocation = noPkce.headers.get('location') ?? '';
    check(/error=invalid_request/.test(noPkceLocation) && /code_challenge/.test(decodeURIComponent(noPkceLocation)), `authorization without PKCE refused (${noPkce.status} ${noPkceLocation})`);
    log(`  authorization request without PKCE: HTTP ${noPkce.status} → ${decodeURIComponent(noPkceLocation)}`);

    log('Service account:');
    const workerToken = await getServiceAccountToken({ keycloakUrl: keycloak.url, realm: REALM, clientId: 'childfirst-workers', clientSecret: 'dev-workers-secret' });
    const { payload: worker } = await jwtVerify<AccessToken>(workerToken, jwks, { issuer: ISSUER, audience: 'childfirst-api' });
    check(worker.azp === 'childfirst-workers', `workers token azp ${worker.azp}`);
    check(worker.preferred_username === 'service-account-childfirst-workers', `workers token preferred_username ${worker.preferred_username}`);
    log(`  childfirst-workers: sub=${worker.sub} preferred_username=${worker.preferred_username} aud=${JSON.stringify(worker.aud)}`);
    await expectRefused(
      'workers with a wrong secret',
      () => getServiceAccountToken({ keycloakUrl: keycloak.url, realm: REALM, clientId: 'childfirst-workers', clientSecret: 'wrong' }),
      /unauthorized_client|invalid_client/i,
    );
  } finally {
    started = Date.now();
    await keycloak.stop();
    log(`Keycloak stopped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  check(await portFree(HTTP_PORT), `port ${HTTP_PORT} is free after stop`);
  check(await portFree(MANAGEMENT_PORT), `port ${MANAGEMENT_PORT} is free after stop`);
  let alive = true;
  try {
    process.kill(keycloak.pid, 0);
  } catch {
    alive = false;
  }
  check(!alive, `process ${keycloak.pid} has exited`);

  log(`Startup (test profile, fresh realm import): ${(startMs / 1000).toFixed(1)} s`);
  if (failures.length) {
    console.error(`\n${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    log('All Keycloak checks passed.');
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
