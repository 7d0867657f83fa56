// Keycloak for the local stacks: downloads the Quarkus distribution from Maven Central into the
// per-user cache once, and starts it in development mode with the `childfirst` realm imported
// from tools/keycloak/childfirst-realm.json.
//
// Layout
//   <cache>/keycloak-<version>/           the distribution, installed atomically and pre-built
//                                         (Quarkus augmentation) so it is read-mostly afterwards
//   <dataDir>/h2/keycloakdb.mv.db         the H2 database of one profile (--db-url)
//   <dataDir>/import/                     the realm file(s) imported at start (-Dkeycloak.migration.dir)
//   <dataDir>/transaction-logs/           Narayana's object store (would otherwise go to the cache)
//
// Profiles: `dev` keeps its data between runs (the realm is imported only when it does not exist
// yet; delete .data/dev/keycloak to re-import it); `test` wipes its dataDir on every start.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { findJava } from './java';

/**
 * Keycloak 26.7.5 rather than the originally planned 26.7.3: 26.7.3 ships FreeMarker 2.3.32,
 * affected by CVE-2026-84939 (critical, 9.1: template-loading path traversal through a malformed
 * locale; Keycloak renders every login page with FreeMarker), and misses the fixes of 26.7.4
 * (e.g. CVE-2026-79651, unauthenticated memory exhaustion through locale caching) and 26.7.5.
 * Caveat: on Maven Central the 26.7.5 zip and its .sha1 are present but the .pom and .asc are
 * not, and maven-metadata.xml still ends at 26.7.3, so the archive is pinned by SHA-256 below
 * (the digest of the upstream GitHub release asset keycloak-26.7.5.zip).
 */
export const KEYCLOAK_VERSION = '26.7.5';

const DIST_SHA256: Record<string, string> = {
  '26.7.5': '30ef87fb7101c43d29688d1ae80c0588ff4a151b3330e9f664bf9692d398658a',
  // Fallback if 26.7.5's incomplete Central publication is unacceptable (matches Central's .sha256).
  '26.7.3': '27a6535553c3cdcd083872ba40629efafb3475e3b758e0c6f691395561dd0f1f',
};

const MAVEN_COORDINATES = (version: string) => `org.keycloak:keycloak-quarkus-dist:${version}:zip`;

/** Build-time options: the pre-build in the cache is made with exactly these, so starts do not rebuild. */
const BUILD_OPTIONS = ['--db=dev-file', '--health-enabled=true'];

const READY_TIMEOUT_MS = 240_000;
const STOP_GRACE_MS = 15_000;
const INSTALL_MARKER = '.childfirst-install.json';
const REALM_FILE = path.resolve(__dirname, '..', 'keycloak', 'childfirst-realm.json');
const FIX_HINT = 'or set KEYCLOAK_URL to use a Keycloak you run yourself';

/** A timer that does not keep Node alive (used for timeouts raced against a child process). */
const sleepUnref = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export interface KeycloakInstall {
  home: string;
  javaHome: string;
  version: string;
}

export interface KeycloakStartOptions {
  install: KeycloakInstall;
  /** dev: data persists in dataDir; test: dataDir wiped first, fresh realm import. */
  profile: 'dev' | 'test';
  /** dev 8080, test 18080 */
  httpPort: number;
  /** dev 9000, test 19000 (health endpoints) */
  managementPort: number;
  /** e.g. <repo>/.data/dev/keycloak (the H2 database lives here, not in the cache dir) */
  dataDir: string;
  /** stdout+stderr appended here */
  logFile: string;
  /** Extra environment, e.g. CHILDFIRST_SMTP_PORT for the realm's SMTP placeholder, or KC_* options. */
  env?: Record<string, string>;
  /**
   * Origins of the two apps when they are not on the ports the realm file names (a test stack
   * moved by CHILDFIRST_PORT_OFFSET): added to the clients' redirect URIs and web origins.
   */
  appOrigins?: { staffWeb: string; familyPortal: string };
  /**
   * A themes directory (tools/stack/keycloak-theme.ts builds Childfirst's into the cache): Keycloak
   * reads its themes from there instead of <install>/themes, a runtime setting, so the pre-built
   * install stays as it is and every checkout can bring its own theme.
   */
  themesDir?: string;
}

export interface RunningKeycloak {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Installation

function cacheDir(): string {
  return path.resolve(process.env.CHILDFIRST_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'childfirst'));
}

function readMarker(home: string): { version?: string } | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(home, INSTALL_MARKER), 'utf8')) as { version?: string };
  } catch {
    return undefined;
  }
}

function makeScriptsExecutable(home: string): void {
  const bin = path.join(home, 'bin');
  for (const name of fs.readdirSync(bin)) {
    if (name.endsWith('.sh')) fs.chmodSync(path.join(bin, name), 0o755);
  }
}

/**
 * Ensures Keycloak is installed in the cache (downloading it with Maven the first time) and that
 * a Java 21+ runtime exists. Quiet when everything is already in place.
 */
export async function ensureKeycloakInstalled(log: (msg: string) => void): Promise<KeycloakInstall> {
  const java = await findJava();
  const version = KEYCLOAK_VERSION;
  const cache = cacheDir();
  const home = path.join(cache, `keycloak-${version}`);

  if (readMarker(home)?.version === version && fs.existsSync(path.join(home, 'bin', 'kc.sh'))) {
    makeScriptsExecutable(home);
    return { home, javaHome: java.home, version };
  }
  if (fs.existsSync(home)) {
    throw new Error(
      `${home} exists but is not a complete Childfirst Keycloak install (no ${INSTALL_MARKER}). ` +
        `Delete that folder and run again to reinstall it.`,
    );
  }

  const expectedSha256 = DIST_SHA256[version];
  if (!expectedSha256) throw new Error(`No pinned SHA-256 for Keycloak ${version}; add it to DIST_SHA256 in tools/stack/keycloak.ts.`);

  fs.mkdirSync(cache, { recursive: true });
  removeStaleTempDirs(cache, version);
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(cache, `.keycloak-${version}.tmp-`));
  try {
    const downloadDir = path.join(tmp, 'download');
    const extractDir = path.join(tmp, 'extract');
    fs.mkdirSync(downloadDir);
    fs.mkdirSync(extractDir);

    log(`Keycloak ${version}: downloading ${MAVEN_COORDINATES(version)} from Maven Central with mvn (~175 MB, once)…`);
    await mavenDownload(version, downloadDir);
    const zip = path.join(downloadDir, `keycloak-quarkus-dist-${version}.zip`);
    if (!fs.existsSync(zip)) throw new Error(`Maven finished but ${zip} is missing; ${FIX_HINT}.`);

    const actual = await sha256File(zip);
    if (actual !== expectedSha256) {
      throw new Error(
        `The downloaded Keycloak ${version} archive does not have the pinned SHA-256 ` +
          `(expected ${expectedSha256}, got ${actual}): it is corrupt or not the official release. ` +
          `Delete ~/.m2/repository/org/keycloak/keycloak-quarkus-dist/${version} and run again — ${FIX_HINT}.`,
      );
    }

    log(`Keycloak ${version}: extracting…`);
    await extractZip(zip, extractDir, java.home);
    const extracted = path.join(extractDir, `keycloak-${version}`);
    if (!fs.existsSync(path.join(extracted, 'bin', 'kc.sh'))) {
      throw new Error(`The Keycloak archive did not contain keycloak-${version}/bin/kc.sh; ${FIX_HINT}.`);
    }
    makeScriptsExecutable(extracted);
    fs.rmSync(zip); // the copy in ~/.m2 stays as the download cache

    log(`Keycloak ${version}: pre-building the server on Java ${java.version} (Quarkus augmentation, ~20-30 s, once)…`);
    await prebuild(extracted, java.home, tmp);
    fs.rmSync(path.join(extracted, 'data'), { recursive: true, force: true });
    fs.writeFileSync(
      path.join(extracted, INSTALL_MARKER),
      JSON.stringify({ version, sha256: actual, builtWith: BUILD_OPTIONS, java: java.version, installedAt: new Date().toISOString() }, null, 2),
    );

    try {
      fs.renameSync(extracted, home);
    } catch (err) {
      // Another process finished installing the same version first: use theirs.
      if (readMarker(home)?.version !== version) throw err;
    }
    log(`Keycloak ${version}: installed in ${home} (${((Date.now() - started) / 1000).toFixed(0)} s).`);
    return { home, javaHome: java.home, version };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function removeStaleTempDirs(cache: string, version: string): void {
  const prefix = `.keycloak-${version}.tmp-`;
  for (const name of fs.readdirSync(cache)) {
    if (!name.startsWith(prefix)) continue;
    const dir = path.join(cache, name);
    try {
      if (Date.now() - fs.statSync(dir).mtimeMs > 60 * 60_000) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // another process may be removing it
    }
  }
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-64 * 1024);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

function tailLines(text: string, lines: number): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '').trimEnd().split('\n').slice(-lines).join('\n');
}

async function mavenDownload(version: string, outputDir: string): Promise<void> {
  let result: RunResult;
  try {
    result = await run('mvn', [
      '-q',
      '-B',
      'dependency:copy',
      `-Dartifact=${MAVEN_COORDINATES(version)}`,
      `-DoutputDirectory=${outputDir}`,
    ]);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`Maven (mvn) is needed to download Keycloak from Maven Central: apt-get install maven — ${FIX_HINT}.`);
    }
    throw err;
  }
  if (result.code !== 0) {
    throw new Error(
      `Maven could not download ${MAVEN_COORDINATES(version)} (mvn exited with ${result.code ?? result.signal}). ` +
        `Check that https://repo1.maven.org is reachable (proxy/mirror settings in ~/.m2/settings.xml) — ${FIX_HINT}.\n` +
        tailLines(result.output, 20),
    );
  }
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Extracts with `python3 -m zipfile -e`, falling back to the JDK's `jar xf` (unzip may be absent). */
async function extractZip(zip: string, into: string, javaHome: string): Promise<void> {
  const failures: string[] = [];
  try {
    const py = await run('python3', ['-m', 'zipfile', '-e', zip, into]);
    if (py.code === 0) return;
    failures.push(`python3 -m zipfile: exit ${py.code}\n${tailLines(py.output, 10)}`);
  } catch (err) {
    failures.push(`python3: ${(err as Error).message}`);
  }
  fs.rmSync(into, { recursive: true, force: true });
  fs.mkdirSync(into);
  try {
    const jar = await run(path.join(javaHome, 'bin', 'jar'), ['xf', zip], { cwd: into });
    if (jar.code === 0) return;
    failures.push(`jar xf: exit ${jar.code}\n${tailLines(jar.output, 10)}`);
  } catch (err) {
    failures.push(`${path.join(javaHome, 'bin', 'jar')}: ${(err as Error).message}`);
  }
  throw new Error(
    `Could not extract ${zip}. Install python3 (apt-get install python3) or use a full JDK that has bin/jar — ${FIX_HINT}.\n` +
      failures.join('\n'),
  );
}

/** Environment for kc.sh: inherited variables minus KC_* (so a shell's KC_DB etc. cannot leak in). */
function keycloakEnv(javaHome: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('KC_') || key.startsWith('KEYCLOAK_ADMIN') || key === 'JAVA_OPTS' || key === 'JAVA') continue;
    env[key] = value;
  }
  return { ...env, JAVA_HOME: javaHome, ...extra };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs the Quarkus augmentation ("build") inside the not-yet-renamed install, so that it happens
 * once, atomically, instead of on the first start (where a dev and a test start could race on
 * lib/quarkus). `kc.sh build` refuses development mode, so this starts `start-dev` with the same
 * build options and stops it as soon as the rebuilt server is relaunched.
 */
async function prebuild(home: string, javaHome: string, scratch: string): Promise<void> {
  const [httpPort, managementPort] = [await freePort(), await freePort()];
  const args = [
    'start-dev',
    ...BUILD_OPTIONS,
    `--http-port=${httpPort}`,
    `--http-management-port=${managementPort}`,
    '--http-host=127.0.0.1',
    '--http-management-host=127.0.0.1',
    `--db-url=${h2Url(path.join(scratch, 'prebuild-h2'))}`,
  ];
  const child = spawn(path.join(home, 'bin', 'kc.sh'), args, {
    cwd: scratch,
    env: keycloakEnv(javaHome),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const relaunched = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-64 * 1024);
      if (output.includes('Running the server in development mode')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
  const spawnError = new Promise<Error>((resolve) => child.on('error', resolve));
  const timeout = sleepUnref(300_000).then(() => 'timeout' as const);

  const outcome = await Promise.race([relaunched.then(() => 'built' as const), exited, spawnError, timeout]);
  await stopGroup(child, exited);
  if (outcome === 'built') return;
  const why =
    outcome === 'timeout'
      ? 'it did not finish within 5 minutes'
      : outcome instanceof Error
        ? outcome.message
        : `kc.sh exited with ${outcome.signal ?? outcome.code}`;
  throw new Error(
    `Keycloak ${KEYCLOAK_VERSION} could not be built with the Java at ${javaHome}: ${why}. ` +
      `Set KEYCLOAK_JAVA_HOME to another Java 21+ JDK — ${FIX_HINT}.\n${tailLines(output, 40)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Running

function h2Url(dir: string): string {
  // The same properties Keycloak adds to its own dev-file URL.
  return `jdbc:h2:file:${path.join(dir, 'keycloakdb')};NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE`;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the whole process group, SIGKILL after the grace period; resolves once everything has exited. */
async function stopGroup(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const leaderRunning = child.exitCode === null && child.signalCode === null;
  if (leaderRunning || groupAlive(pid)) {
    signalGroup(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_GRACE_MS;
    const leaderDone = leaderRunning ? Promise.race([exited, sleepUnref(STOP_GRACE_MS)]) : Promise.resolve();
    await leaderDone;
    while (groupAlive(pid) && Date.now() < deadline) await delay(100);
    if (groupAlive(pid) || (child.exitCode === null && child.signalCode === null)) {
      signalGroup(pid, 'SIGKILL');
    }
  }
  if (child.exitCode === null && child.signalCode === null) await exited;
  const killDeadline = Date.now() + 5_000;
  while (groupAlive(pid) && Date.now() < killDeadline) await delay(50);
}

function readLogTail(file: string, lines = 40): string {
  try {
    const stat = fs.statSync(file);
    const length = Math.min(stat.size, 128 * 1024);
    const buffer = Buffer.alloc(length);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, buffer, 0, length, stat.size - length);
    } finally {
      fs.closeSync(fd);
    }
    return tailLines(buffer.toString('utf8'), lines);
  } catch {
    return '(no log output)';
  }
}

async function assertPortFree(port: number, host: string, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(
          err.code === 'EADDRINUSE'
            ? `Keycloak's ${what} port ${port} is already in use (is another Keycloak or stack running? ` +
                `\`ss -ltnp 'sport = :${port}'\` shows who holds it) — stop it, ${FIX_HINT}.`
            : `Cannot check Keycloak's ${what} port ${port}: ${err.message}`,
        ),
      ),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/**
 * Linux only: whether the listening TCP socket on `port` belongs to a process of process group
 * `pgid` (true/false), or undefined when /proc cannot tell. Guards against mistaking another
 * Keycloak that grabbed the same port (e.g. a concurrent test run) for ours.
 */
function portOwnedByGroup(port: number, pgid: number): boolean | undefined {
  const inodes = new Set<string>();
  let readable = false;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(table, 'utf8');
      readable = true;
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [local, state, inode] = [cols[1], cols[3], cols[9]];
      if (!local || state !== '0A' || !inode) continue; // 0A = LISTEN
      if (parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port) inodes.add(inode);
    }
  }
  if (!readable) return undefined;
  if (inodes.size === 0) return false;
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]); // fields after comm: state ppid pgrp
      if (pgrp !== pgid) continue;
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const socket = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (socket?.[1] && inodes.has(socket[1])) return true;
      }
    } catch {
      // the process went away or is not ours to inspect
    }
  }
  return false;
}

async function httpOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `kc.sh start-dev` with the childfirst realm imported, waits until it is ready (health
 * endpoint on the management port and the realm's discovery document) and returns a handle.
 */
/** The realm file with extra app origins allowed for the staff and family clients, which are also their base URLs. */
export function realmWithOrigins(realmJson: string, origins: KeycloakStartOptions['appOrigins']): string {
  if (!origins) return realmJson;
  const realm = JSON.parse(realmJson) as { clients: { clientId: string; baseUrl?: string; redirectUris?: string[]; webOrigins?: string[]; attributes?: Record<string, string> }[] };
  const byClient: Record<string, string> = { 'childfirst-staff-web': origins.staffWeb, 'childfirst-family-portal': origins.familyPortal };
  for (const client of realm.clients) {
    const origin = byClient[client.clientId];
    if (!origin) continue;
    client.redirectUris = [...new Set([...(client.redirectUris ?? []), `${origin}/*`])];
    client.webOrigins = [...new Set([...(client.webOrigins ?? []), origin])];
    // Where the sign-in pages' "Go back to the service" links lead: the app this stack runs.
    client.baseUrl = `${origin}/`;
    const logout = client.attributes?.['post.logout.redirect.uris'];
    if (client.attributes && logout !== undefined) client.attributes['post.logout.redirect.uris'] = [...new Set([...logout.split('##'), `${origin}/*`])].join('##');
  }
  return JSON.stringify(realm, null, 2);
}

export async function startKeycloak(opts: KeycloakStartOptions): Promise<RunningKeycloak> {
  const { install, profile, httpPort, managementPort, logFile } = opts;
  const dataDir = path.resolve(opts.dataDir);
  if (/[;]/.test(dataDir)) throw new Error(`Keycloak's dataDir must not contain ';' (it goes into a JDBC URL): ${dataDir}`);
  const kcSh = path.join(install.home, 'bin', 'kc.sh');
  if (!fs.existsSync(kcSh)) throw new Error(`${kcSh} is missing; call ensureKeycloakInstalled() first (or delete ${install.home} to reinstall).`);

  const extraEnv = opts.env ?? {};
  const httpHost = extraEnv.KC_HTTP_HOST ?? '127.0.0.1';
  const managementHost = extraEnv.KC_HTTP_MANAGEMENT_HOST ?? httpHost;
  await assertPortFree(httpPort, httpHost, 'HTTP');
  await assertPortFree(managementPort, managementHost, 'management');

  if (profile === 'test') {
    if (dataDir.split(path.sep).filter(Boolean).length < 3 || dataDir === os.homedir()) {
      throw new Error(`Refusing to wipe ${dataDir} as Keycloak's test dataDir; use a dedicated folder such as <repo>/.data/test/keycloak.`);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const importDir = path.join(dataDir, 'import');
  fs.mkdirSync(importDir, { recursive: true });
  fs.writeFileSync(path.join(importDir, path.basename(REALM_FILE)), realmWithOrigins(fs.readFileSync(REALM_FILE, 'utf8'), opts.appOrigins));
  if (fs.existsSync(path.join(install.home, 'data', 'import'))) {
    // kc.sh --import-realm would prefer <home>/data/import over our -Dkeycloak.migration.dir.
    throw new Error(`${path.join(install.home, 'data', 'import')} exists and would shadow the realm import; delete it.`);
  }

  const args = [
    'start-dev',
    ...BUILD_OPTIONS,
    `--http-port=${httpPort}`,
    `--http-management-port=${managementPort}`,
    // Issuer and login-page URLs always say localhost:<port>, however Keycloak is reached.
    `--hostname=http://localhost:${httpPort}`,
    `--db-url=${h2Url(path.join(dataDir, 'h2'))}`,
    '--import-realm',
    `-Dkeycloak.migration.dir=${importDir}`,
    `-Dquarkus.transaction-manager.object-store.directory=${path.join(dataDir, 'transaction-logs')}`,
    ...(opts.themesDir ? [`--spi-theme--folder--dir=${path.resolve(opts.themesDir)}`] : []),
  ];
  // Listen on loopback only (the dev admin is admin/admin and the demo passwords are public);
  // KC_HTTP_HOST / KC_HTTP_MANAGEMENT_HOST in opts.env override this.
  if (!extraEnv.KC_HTTP_HOST) args.push(`--http-host=${httpHost}`);
  if (!extraEnv.KC_HTTP_MANAGEMENT_HOST) args.push(`--http-management-host=${managementHost}`);

  const env = keycloakEnv(install.javaHome, {
    ...(profile === 'dev' ? { KC_BOOTSTRAP_ADMIN_USERNAME: 'admin', KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin' } : {}),
    ...extraEnv,
  });

  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const logFd = fs.openSync(logFile, 'a');
  fs.writeSync(logFd, `\n===== ${new Date().toISOString()} keycloak ${install.version} (${profile}): ${kcSh} ${args.join(' ')} =====\n`);
  let child: ChildProcess;
  try {
    child = spawn(kcSh, args, { cwd: dataDir, env, detached: true, stdio: ['ignore', logFd, logFd] });
  } finally {
    fs.closeSync(logFd);
  }

  let exitStatus: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exitStatus = { code, signal };
      resolve();
    });
    child.on('error', (err) => {
      spawnError = err;
      resolve();
    });
  });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopGroup(child, exited));

  const url = `http://localhost:${httpPort}`;
  const probeHost = managementHost === '0.0.0.0' ? '127.0.0.1' : managementHost;
  const readyUrl = `http://${probeHost}:${managementPort}/health/ready`;
  const realmUrl = `http://${httpHost === '0.0.0.0' ? '127.0.0.1' : httpHost}:${httpPort}/realms/childfirst/.well-known/openid-configuration`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (spawnError || exitStatus) {
      const why = spawnError ? `could not be started: ${spawnError.message}` : `exited during startup (${exitStatus?.signal ?? `exit code ${exitStatus?.code}`})`;
      await stop();
      throw new Error(`Keycloak ${why}. Last lines of ${logFile}:\n${readLogTail(logFile, 40)}`);
    }
    if ((await httpOk(readyUrl)) && (await httpOk(realmUrl))) {
      const pgid = child.pid ?? -1;
      const owners = [portOwnedByGroup(managementPort, pgid), portOwnedByGroup(httpPort, pgid)];
      if (owners.every((owned) => owned !== false)) break;
      await stop();
      throw new Error(
        `Another process is serving Keycloak's ports ${httpPort}/${managementPort} (a Keycloak started concurrently ` +
          `with the same profile?); this one was stopped. \`ss -ltnp 'sport = :${httpPort}'\` shows who holds them.`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `Keycloak was not ready within ${READY_TIMEOUT_MS / 1000} s (${readyUrl}). Last lines of ${logFile}:\n${readLogTail(logFile, 40)}`,
      );
    }
    await Promise.race([delay(500), exited]);
  }

  const pid = child.pid;
  if (pid === undefined) throw new Error('Keycloak started but its process id is unknown.');
  return { url, pid, stop };
}
