// Starting a whole stack for a profile: preflight checks, infrastructure in parallel,
// migrations and demo seed, then the apps. Shared by `start` (dev) and `test` (test).
import fs from 'node:fs';
import { appEnvironment, viteEnvironment, type Environment } from './app-environment';
import { DEMO_SEED, MIGRATIONS, runOneOff, startApps, type AppName, type AppStatus } from './apps';
import { startInfrastructure, type Infrastructure } from './infrastructure';
import { stopLeftovers, runningSupervisor } from './leftovers';
import { displayPath, logsDir, profileDataDir, repoPath } from './paths';
import { PORTS, type Profile } from './profiles';
import { describePortUsers, isPortInUse } from './process-table';
import type { Supervisor } from './processes';
import type { Toolchain } from './provision';
import { StartupError } from './readiness';
import { heading, info, warn } from './terminal';

export interface PhaseTiming {
  phase: string;
  ms: number;
}

export interface RunningStack {
  profile: Profile;
  infra: Infrastructure;
  apps: AppStatus[];
  appEnv: Environment;
  timings: PhaseTiming[];
}

/**
 * Makes the profile's data folder ready: refuses to run next to a live stack of the same
 * profile, cleans up what a crashed run left behind and, with `fresh`, wipes the folder.
 */
export async function prepareProfile(profile: Profile, options: { fresh: boolean }): Promise<void> {
  const live = runningSupervisor(profile);
  if (live) {
    const how = profile === 'dev' ? 'stop it with Ctrl-C in its terminal or `npm run stack stop`' : 'wait for it to finish or run `npm run stack stop`';
    throw new Error(`a ${profile} stack is already running (supervisor pid ${live.pid}); ${how}.`);
  }
  const leftovers = await stopLeftovers(profile, { askSupervisor: false });
  if (leftovers && leftovers.stoppedNames.length > 0) {
    warn(`stopped processes left over from an earlier ${profile} run: ${leftovers.stoppedNames.join(', ')}`);
  }
  if (options.fresh) fs.rmSync(profileDataDir(profile), { recursive: true, force: true });
  fs.mkdirSync(logsDir(profile), { recursive: true });
}

/** Fails early, naming the process in the way, when a port the stack needs is taken. */
async function checkPortsFree(profile: Profile, toolchain: Toolchain, only?: readonly AppName[]): Promise<void> {
  const ports = PORTS[profile];
  const wanted: [string, number][] = [];
  if (!process.env.DATABASE_URL) wanted.push(['postgres', ports.postgres]);
  if (!process.env.TEMPORAL_ADDRESS) {
    wanted.push(['temporal', ports.temporal]);
    if (profile === 'dev') wanted.push(['temporal web UI', ports.temporalUi]);
  }
  if (!process.env.KEYCLOAK_URL && toolchain.keycloak) {
    wanted.push(['keycloak', ports.keycloak], ['keycloak management', ports.keycloakManagement]);
  }
  if (!process.env.SMTP_HOST) wanted.push(['mail (SMTP)', ports.smtp], ['mail (web inbox)', ports.mailWeb]);
  const appEntries: [AppName, string, number][] = [
    ['api', 'apps/api/src/main.ts', ports.api],
    ['workers', 'apps/workers/src/main.ts', ports.workersHealth],
    ['staff-web', 'apps/staff-web/vite.config.ts', ports.staffWeb],
    ['family-portal', 'apps/family-portal/vite.config.ts', ports.familyPortal],
  ];
  for (const [name, entry, port] of appEntries) if ((!only || only.includes(name)) && fs.existsSync(repoPath(entry))) wanted.push([name, port]);

  const problems: string[] = [];
  for (const [name, port] of wanted) {
    if (await isPortInUse(port)) problems.push(`${name}: ${await describePortUsers(port)}`);
  }
  if (problems.length > 0) {
    throw new StartupError(
      `the ${profile} stack needs ports that are taken:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Stop whatever holds them (a stack from another checkout? try `npm run stack stop` there), ' +
        'or point the stack at an existing service with DATABASE_URL, TEMPORAL_ADDRESS, KEYCLOAK_URL or SMTP_HOST.',
    );
  }
}

export interface StartStackOptions {
  /** Start only these apps (default: all); e.g. the Lighthouse benchmark serves its own production build of the family portal. */
  apps?: readonly AppName[];
}

export async function startStack(supervisor: Supervisor, toolchain: Toolchain, options: StartStackOptions = {}): Promise<RunningStack> {
  const profile = supervisor.profile;
  const timings: PhaseTiming[] = [];
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const startedAt = performance.now();
    try {
      return await work();
    } finally {
      timings.push({ phase: name, ms: performance.now() - startedAt });
    }
  };

  await checkPortsFree(profile, toolchain, options.apps);
  info(`logs: ${displayPath(logsDir(profile))}/<service>.log`);

  heading(`Starting infrastructure (${profile})`);
  const infra = await phase('infrastructure', () => startInfrastructure(supervisor, toolchain));
  supervisor.assertRunning();

  const appEnv = appEnvironment(profile, infra);
  heading('Preparing the database');
  await phase('migrations', () => runOneOff(supervisor, MIGRATIONS, appEnv));
  await phase('demo seed', () => runOneOff(supervisor, DEMO_SEED, appEnv));

  heading('Starting apps');
  const apps = await phase('apps', () => startApps(supervisor, appEnv, viteEnvironment(profile, infra), options.apps));
  return { profile, infra, apps, appEnv, timings };
}
