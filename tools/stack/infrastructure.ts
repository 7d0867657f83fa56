// The infrastructure services (PostgreSQL, Temporal, Keycloak, mail), started in parallel.
// Each one is skipped when its external variable points at a service run elsewhere.
import type { Supervisor } from './processes';
import { allOrFailures } from './failures';
import { startKeycloakService } from './keycloak-service';
import { startMail } from './mail';
import { startPostgres } from './postgres';
import { PORTS } from './profiles';
import type { Toolchain } from './provision';
import { startTemporal } from './temporal';
import { paintDim, since, warn } from './terminal';

export interface Infrastructure {
  databaseUrl: string;
  /** Folder of the embedded cluster; undefined when DATABASE_URL is external. */
  postgresDataDir?: string;
  temporalAddress: string;
  temporalNamespace: string;
  temporalUiUrl?: string;
  keycloakUrl?: string;
  smtpHost: string;
  smtpPort: number;
  mailInboxUrl?: string;
  /** Which services came from the environment rather than being started here. */
  external: { postgres: boolean; temporal: boolean; keycloak: boolean; mail: boolean };
}

function reportReady(name: string, startedAt: number, detail: string): void {
  console.log(`  ${name.padEnd(10)} ready in ${since(startedAt).padEnd(8)} ${paintDim(detail)}`);
}

async function timed<T>(name: string, start: () => Promise<T>, detail: (value: T) => string): Promise<T> {
  const startedAt = performance.now();
  const value = await start();
  reportReady(name, startedAt, detail(value));
  return value;
}

export async function startInfrastructure(supervisor: Supervisor, toolchain: Toolchain): Promise<Infrastructure> {
  const env = process.env;
  const external = {
    postgres: Boolean(env.DATABASE_URL),
    temporal: Boolean(env.TEMPORAL_ADDRESS),
    keycloak: Boolean(env.KEYCLOAK_URL),
    mail: Boolean(env.SMTP_HOST),
  };

  const postgres = external.postgres
    ? Promise.resolve({ url: env.DATABASE_URL as string, dataDir: undefined })
    : timed('postgres', () => startPostgres(supervisor, required(toolchain.postgres, 'postgres')), (p) => p.url);

  const temporal = external.temporal
    ? Promise.resolve({ address: env.TEMPORAL_ADDRESS as string, uiUrl: undefined })
    : timed('temporal', () => startTemporal(supervisor, required(toolchain.temporalCli, 'temporal-cli')), (t) => `${t.address}${t.uiUrl ? `, UI ${t.uiUrl}` : ''}`);

  let keycloak: Promise<{ url?: string }>;
  if (external.keycloak) keycloak = Promise.resolve({ url: env.KEYCLOAK_URL });
  else if (!toolchain.keycloak) {
    warn('Keycloak is not available (tools/stack/keycloak.ts missing): skipping it, sign-in will not work');
    keycloak = Promise.resolve({ url: undefined });
  } else {
    const { module, install, themesDir } = toolchain.keycloak;
    // Mail starts in parallel, but its address is known in advance.
    const smtp = external.mail
      ? { host: env.SMTP_HOST as string, port: Number(env.SMTP_PORT ?? 25) }
      : { host: '127.0.0.1', port: PORTS[supervisor.profile].smtp };
    keycloak = timed('keycloak', () => startKeycloakService(supervisor, module, install, smtp, themesDir), (k) => k.url);
  }

  const mail = external.mail
    ? Promise.resolve({ smtpHost: env.SMTP_HOST as string, smtpPort: Number(env.SMTP_PORT ?? 25), inboxUrl: env.MAILDEV_URL })
    : timed('mail', () => startMail(supervisor), (m) => `smtp ${m.smtpHost}:${m.smtpPort}, inbox ${m.inboxUrl}`);

  const [pg, tp, kc, ml] = await allOrFailures([postgres, temporal, keycloak, mail] as const);
  return {
    databaseUrl: pg.url,
    postgresDataDir: pg.dataDir,
    temporalAddress: tp.address,
    temporalNamespace: external.temporal ? (env.TEMPORAL_NAMESPACE ?? 'default') : 'default',
    temporalUiUrl: tp.uiUrl,
    keycloakUrl: kc.url,
    smtpHost: ml.smtpHost,
    smtpPort: ml.smtpPort,
    mailInboxUrl: ml.inboxUrl,
    external,
  };
}

function required<T>(value: T | undefined, component: string): T {
  if (value === undefined) throw new Error(`${component} was not provisioned`);
  return value;
}
