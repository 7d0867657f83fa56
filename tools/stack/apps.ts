// The Childfirst apps: migrations and demo seed (run to completion), then api, workers and
// the two Vite front ends (long-running, each with a readiness URL). An app whose entry file
// does not exist yet is skipped with a warning.
import fs from 'node:fs';
import { displayPath, localBinScript, repoPath, REPO_ROOT } from './paths';
import { appUrls, PORTS, type Profile } from './profiles';
import { describeExit, type Supervisor } from './processes';
import { httpProbe, StartupError, waitForReady } from './readiness';
import { allOrFailures } from './failures';
import { withProcessEnvironment, type Environment } from './app-environment';
import { paintDim, since, warn } from './terminal';

const RUN_TS = 'tools/run-ts.cjs';

export interface AppStatus {
  name: string;
  url?: string;
  /** undefined when running; otherwise why it is not */
  skipped?: string;
}

interface OneOffSpec {
  name: string;
  entry: string;
  args?: string[];
}

export const MIGRATIONS: OneOffSpec = { name: 'migrate', entry: 'apps/api/src/migrate.ts' };
// The demo seed: a small synthetic county if the database has none, plus the fixed demo records
// the demo sign-ins rely on (tools/county/demo.ts). Idempotent.
export const DEMO_SEED: OneOffSpec = { name: 'seed', entry: 'tools/county/cli.ts', args: ['--demo', '--progress', 'none'] };

/** Runs migrations or the seed to completion; returns false when its entry file is missing. */
export async function runOneOff(supervisor: Supervisor, spec: OneOffSpec, env: Environment): Promise<boolean> {
  if (!fs.existsSync(repoPath(spec.entry))) {
    warn(`${spec.entry} does not exist yet: skipping ${spec.name}`);
    return false;
  }
  const startedAt = performance.now();
  const result = await supervisor.run({
    name: spec.name,
    command: process.execPath,
    args: [RUN_TS, spec.entry, ...(spec.args ?? [])],
    cwd: REPO_ROOT,
    env: withProcessEnvironment(env),
  });
  supervisor.assertRunning();
  if (result.code !== 0) {
    throw new StartupError(`${spec.name} (node ${RUN_TS} ${[spec.entry, ...(spec.args ?? [])].join(' ')}) failed with ${describeExit(result)}`, result.logFile);
  }
  console.log(`  ${spec.name.padEnd(14)} done in ${since(startedAt).padEnd(8)} ${paintDim(`log: ${displayPath(result.logFile ?? '')}`)}`);
  return true;
}

interface AppSpec {
  name: string;
  /** The file that must exist for the app to be started. */
  entry: string;
  args: string[];
  readyUrl: string;
  url: string;
  vite: boolean;
  timeoutMs: number;
}

function appSpecs(profile: Profile): AppSpec[] {
  const ports = PORTS[profile];
  const urls = appUrls(profile);
  const vite = (name: string, port: number, url: string): AppSpec => ({
    name,
    entry: `apps/${name}/vite.config.ts`,
    args: [localBinScript('vite'), '--config', `apps/${name}/vite.config.ts`, '--port', String(port), '--strictPort', '--host', 'localhost'],
    readyUrl: url,
    url,
    vite: true,
    timeoutMs: 90_000,
  });
  return [
    {
      name: 'api',
      entry: 'apps/api/src/main.ts',
      args: [RUN_TS, 'apps/api/src/main.ts'],
      readyUrl: `${urls.api}/health/ready`,
      url: urls.api,
      vite: false,
      timeoutMs: 120_000,
    },
    {
      name: 'workers',
      entry: 'apps/workers/src/main.ts',
      args: [RUN_TS, 'apps/workers/src/main.ts'],
      readyUrl: urls.workersHealth,
      url: urls.workersHealth,
      vite: false,
      timeoutMs: 180_000,
    },
    vite('staff-web', ports.staffWeb, urls.staffWeb),
    vite('family-portal', ports.familyPortal, urls.familyPortal),
  ];
}

export type AppName = 'api' | 'workers' | 'staff-web' | 'family-portal';

/**
 * Starts api, workers, staff-web and family-portal in parallel (or only the apps named in `only`)
 * and waits until all are ready.
 */
export async function startApps(supervisor: Supervisor, env: Environment, viteEnv: Environment, only?: readonly AppName[]): Promise<AppStatus[]> {
  const specs = appSpecs(supervisor.profile).filter((spec) => !only || only.includes(spec.name as AppName));
  const starts = specs.map(async (spec): Promise<AppStatus> => {
    if (!fs.existsSync(repoPath(spec.entry))) {
      warn(`${spec.entry} does not exist yet: skipping ${spec.name}`);
      return { name: spec.name, skipped: `${spec.entry} missing` };
    }
    const startedAt = performance.now();
    const port = Number(new URL(spec.url).port);
    const proc = supervisor.spawn({
      name: spec.name,
      tier: 'app',
      command: process.execPath,
      args: spec.args,
      cwd: REPO_ROOT,
      env: withProcessEnvironment(spec.vite ? viteEnv : env),
      ports: [port],
    });
    await waitForReady(supervisor, proc, spec.name, httpProbe(spec.readyUrl), {
      what: spec.readyUrl,
      timeoutMs: spec.timeoutMs,
      intervalMs: 500,
    });
    supervisor.discoverPorts(proc);
    console.log(`  ${spec.name.padEnd(14)} ready in ${since(startedAt).padEnd(8)} ${paintDim(spec.url)}`);
    return { name: spec.name, url: spec.url };
  });
  return allOrFailures(starts);
}
