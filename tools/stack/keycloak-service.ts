// Adapter between the stack and ./keycloak (written separately): loads it when present,
// starts Keycloak with the profile's ports and data folder, and hands the running process to
// the supervisor. The types mirror the agreed interface of ./keycloak so that this file does
// not depend on it at compile time.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { logFilePath, profileDataDir, repoPath } from './paths';
import { appUrls, PORTS, type Profile } from './profiles';
import type { Supervisor } from './processes';

export interface KeycloakInstall {
  home: string;
  javaHome: string;
  version: string;
}

export interface KeycloakStartOptions {
  install: KeycloakInstall;
  profile: Profile;
  httpPort: number;
  managementPort: number;
  dataDir: string;
  logFile: string;
  env?: Record<string, string>;
  appOrigins?: { staffWeb: string; familyPortal: string };
  themesDir?: string;
}

export interface RunningKeycloak {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface KeycloakModule {
  KEYCLOAK_VERSION: string;
  ensureKeycloakInstalled(log: (message: string) => void): Promise<KeycloakInstall>;
  startKeycloak(options: KeycloakStartOptions): Promise<RunningKeycloak>;
}

const MODULE_FILE = repoPath('tools', 'stack', 'keycloak.ts');

/**
 * Loads a TypeScript file of the repository by its path: `import()` of its file URL under tsx (npm
 * start, npm test), and `require` under tools/run-ts.cjs (npm run bench, which starts a stack for the
 * family portal's signed-in home), where SWC compiles `import()` to a `require()` that takes no URLs.
 */
async function importFile<T>(file: string): Promise<T> {
  try {
    return (await import(pathToFileURL(file).href)) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    return createRequire(__filename)(file) as T;
  }
}

/** ./keycloak, or undefined while it has not been written yet. */
export async function loadKeycloakModule(): Promise<KeycloakModule | undefined> {
  if (!fs.existsSync(MODULE_FILE)) return undefined;
  // Imported by path so that this file compiles before ./keycloak exists.
  return importFile<KeycloakModule>(MODULE_FILE);
}

export interface DemoUser {
  username: string;
  displayName: string;
  role: string;
  id: string;
  password: string;
  family?: string;
}

/** DEMO_USERS from tools/keycloak/demo-users.ts, or undefined while it does not exist. */
export async function loadDemoUsers(): Promise<DemoUser[] | undefined> {
  const file = repoPath('tools', 'keycloak', 'demo-users.ts');
  if (!fs.existsSync(file)) return undefined;
  const loaded = await importFile<{ DEMO_USERS?: DemoUser[] }>(file);
  return loaded.DEMO_USERS;
}

export async function startKeycloakService(
  supervisor: Supervisor,
  keycloak: KeycloakModule,
  install: KeycloakInstall,
  /** Where the realm's e-mails (password resets, verification) go. */
  smtp: { host: string; port: number },
  /** Childfirst's theme, built by keycloak-theme.ts. */
  themesDir?: string,
): Promise<{ url: string }> {
  const profile = supervisor.profile;
  const ports = PORTS[profile];
  const logFile = logFilePath(profile, 'keycloak');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const running = await keycloak.startKeycloak({
    install,
    profile,
    httpPort: ports.keycloak,
    managementPort: ports.keycloakManagement,
    dataDir: path.join(profileDataDir(profile), 'keycloak'),
    logFile,
    env: { CHILDFIRST_SMTP_HOST: smtp.host, CHILDFIRST_SMTP_PORT: String(smtp.port) },
    appOrigins: { staffWeb: appUrls(profile).staffWeb, familyPortal: appUrls(profile).familyPortal },
    themesDir,
  });
  const proc = supervisor.adopt({
    name: 'keycloak',
    tier: 'infrastructure',
    pid: running.pid,
    ports: [ports.keycloak, ports.keycloakManagement],
    logFile,
    stop: () => running.stop(),
  });
  supervisor.assertRunning();
  supervisor.discoverPorts(proc);
  return { url: running.url };
}
