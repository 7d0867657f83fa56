// The environment variables handed to the apps, to the Vite dev servers and to the stack tests.
import { profileDataDir } from './paths';
import { appUrls, KEYCLOAK_REALM, PORTS, type Profile } from './profiles';
import type { Infrastructure } from './infrastructure';
import type { Toolchain } from './provision';

export type Environment = Record<string, string>;

/** Every app process (migrations, seed, api, workers) gets these. */
export function appEnvironment(profile: Profile, infra: Infrastructure): Environment {
  const ports = PORTS[profile];
  const urls = appUrls(profile);
  const env: Environment = {
    DATABASE_URL: infra.databaseUrl,
    TEMPORAL_ADDRESS: infra.temporalAddress,
    TEMPORAL_NAMESPACE: infra.temporalNamespace,
    KEYCLOAK_REALM,
    API_PORT: String(ports.api),
    WORKERS_HEALTH_PORT: String(ports.workersHealth),
    SMTP_HOST: infra.smtpHost,
    SMTP_PORT: String(infra.smtpPort),
    STAFF_WEB_URL: urls.staffWeb,
    FAMILY_PORTAL_URL: urls.familyPortal,
    API_URL: urls.api,
    // An explicit LOG_LEVEL (e.g. LOG_LEVEL=debug npm start) wins over the profile default.
    LOG_LEVEL: process.env.LOG_LEVEL ?? (profile === 'dev' ? 'info' : 'warn'),
    NODE_ENV: profile === 'dev' ? 'development' : 'test',
  };
  // The stack tests send many concerns from one address within minutes; the limit itself is the default elsewhere.
  if (profile === 'test') env.PUBLIC_CONCERN_RATE_LIMIT = process.env.PUBLIC_CONCERN_RATE_LIMIT ?? '200';
  if (infra.keycloakUrl) env.KEYCLOAK_URL = infra.keycloakUrl;
  return env;
}

/** The Vite dev servers of staff-web and family-portal also get the browser-side settings. */
export function viteEnvironment(profile: Profile, infra: Infrastructure): Environment {
  const env: Environment = {
    ...appEnvironment(profile, infra),
    VITE_API_URL: appUrls(profile).api,
    VITE_KEYCLOAK_REALM: KEYCLOAK_REALM,
  };
  if (infra.keycloakUrl) env.VITE_KEYCLOAK_URL = infra.keycloakUrl;
  return env;
}

/** Tools for the unit and workflow tests (phase a of npm test). */
export function unitTestEnvironment(toolchain: Toolchain): Environment {
  const env: Environment = {};
  if (toolchain.temporalTestServer) env.TEMPORAL_TEST_SERVER_PATH = toolchain.temporalTestServer;
  if (toolchain.temporalCli) env.TEMPORAL_CLI_PATH = toolchain.temporalCli;
  return env;
}

/** What the integration, API end-to-end and browser tests need to reach the running stack. */
export function stackTestEnvironment(profile: Profile, infra: Infrastructure, toolchain: Toolchain): Environment {
  const urls = appUrls(profile);
  const env: Environment = {
    ...unitTestEnvironment(toolchain),
    DATABASE_URL: infra.databaseUrl,
    TEMPORAL_ADDRESS: infra.temporalAddress,
    TEMPORAL_NAMESPACE: infra.temporalNamespace,
    KEYCLOAK_REALM,
    API_URL: urls.api,
    STAFF_WEB_URL: urls.staffWeb,
    FAMILY_PORTAL_URL: urls.familyPortal,
    WORKERS_HEALTH_URL: urls.workersHealth,
    CHILDFIRST_TEST_DATA_DIR: profileDataDir(profile),
    // For tests that run app processes of their own (the worker-kill test).
    SMTP_HOST: infra.smtpHost,
    SMTP_PORT: String(infra.smtpPort),
  };
  if (infra.keycloakUrl) env.KEYCLOAK_URL = infra.keycloakUrl;
  if (infra.mailInboxUrl) env.MAILDEV_URL = infra.mailInboxUrl;
  if (toolchain.chromium) env.CHROMIUM_PATH = toolchain.chromium;
  return env;
}

export function withProcessEnvironment(extra: Environment): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
