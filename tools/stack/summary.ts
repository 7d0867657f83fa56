// The tables printed once the dev stack is up: where every service is, and who can sign in.
import { loadDemoUsers } from './keycloak-service';
import { displayPath } from './paths';
import { KEYCLOAK_REALM } from './profiles';
import type { RunningStack } from './stack';
import { renderTable } from './terminal';

export function serviceTable(stack: RunningStack): string {
  const { infra, apps } = stack;
  const rows: string[][] = [];
  rows.push([
    'PostgreSQL',
    infra.databaseUrl,
    infra.external.postgres ? 'external (DATABASE_URL)' : `embedded, data in ${displayPath(infra.postgresDataDir ?? '')}; psql "${infra.databaseUrl}"`,
  ]);
  rows.push([
    'Temporal',
    `${infra.temporalAddress} (gRPC)`,
    infra.external.temporal
      ? `external (TEMPORAL_ADDRESS), namespace ${infra.temporalNamespace}`
      : `web UI ${infra.temporalUiUrl?.replace('127.0.0.1', 'localhost') ?? '(headless)'}, namespace ${infra.temporalNamespace}`,
  ]);
  rows.push(
    infra.keycloakUrl
      ? [
          'Keycloak',
          infra.keycloakUrl,
          infra.external.keycloak
            ? `external (KEYCLOAK_URL), realm ${KEYCLOAK_REALM}`
            : `admin console ${infra.keycloakUrl.replace(/\/$/, '')}/admin/ (admin/admin), realm ${KEYCLOAK_REALM}`,
        ]
      : ['Keycloak', '-', 'not started (tools/stack/keycloak.ts missing)'],
  );
  rows.push([
    'Mail',
    `smtp://${infra.smtpHost}:${infra.smtpPort}`,
    infra.mailInboxUrl ? `inbox ${infra.mailInboxUrl.replace('127.0.0.1', 'localhost')}` : 'external (SMTP_HOST)',
  ]);
  const notes: Record<string, (url: string) => string> = {
    api: (url) => `OpenAPI docs ${url}/docs`,
    workers: () => 'Temporal workers (health endpoint)',
    'staff-web': () => 'staff web app',
    'family-portal': () => 'family portal',
  };
  const titles: Record<string, string> = { api: 'API', workers: 'Workers', 'staff-web': 'Staff web', 'family-portal': 'Family portal' };
  for (const app of apps) {
    rows.push([
      titles[app.name] ?? app.name,
      app.url ?? '-',
      app.skipped ? `not started: ${app.skipped}` : (notes[app.name]?.(app.url ?? '') ?? ''),
    ]);
  }
  return renderTable(['service', 'URL', 'notes'], rows);
}

/** The demo sign-ins, or undefined while tools/keycloak/demo-users.ts does not exist. */
export async function demoUserTable(): Promise<string | undefined> {
  const users = await loadDemoUsers();
  if (!users || users.length === 0) return undefined;
  const withFamily = users.some((u) => u.family);
  const headers = ['username', 'password', 'role', 'name', ...(withFamily ? ['family'] : [])];
  const rows = users.map((u) => [u.username, u.password, u.role, u.displayName, ...(withFamily ? [u.family ?? ''] : [])]);
  return renderTable(headers, rows);
}
