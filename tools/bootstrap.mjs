#!/usr/bin/env node
// Entry point of `npm start`, `npm test`, `npm run bench`, `npm run openapi` and
// `npm run stack -- <command>`. It runs on a fresh clone, before node_modules exists, so it
// uses Node built-ins only: it checks the Node version, installs the npm dependencies when
// they are missing or package-lock.json changed since the last install, and then runs
//   node --import tsx tools/stack/cli.ts <command> [args]
// forwarding stdio, signals and the exit code. CHILDFIRST_SKIP_INSTALL=1 skips the npm step.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = new Set(['start', 'test', 'bench', 'openapi', 'stop', 'provision', 'county', 'help']);
const MINIMUM_NODE = [20, 19, 0];
const STAMP = path.join(ROOT, 'node_modules', '.childfirst-install-stamp');

function fail(message, code = 1) {
  console.error(`✘ ${message}`);
  process.exit(code);
}

function checkNodeVersion() {
  const current = process.versions.node.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if (current[i] > MINIMUM_NODE[i]) return;
    if (current[i] < MINIMUM_NODE[i]) {
      fail(
        `Childfirst needs Node.js ${MINIMUM_NODE.join('.')} or newer; this is ${process.version} (${process.execPath}).\n` +
          '  Install Node 20 LTS or newer (e.g. `nvm install 20 && nvm use 20`, or https://nodejs.org) and try again.',
      );
    }
  }
}

/** What the installed node_modules must match: the lock file, and this Node's native ABI. */
function installFingerprint() {
  const lock = path.join(ROOT, 'package-lock.json');
  const hash = createHash('sha256');
  hash.update(fs.existsSync(lock) ? fs.readFileSync(lock) : fs.readFileSync(path.join(ROOT, 'package.json')));
  return `${hash.digest('hex')} node-abi-${process.versions.modules}`;
}

function ensureDependencies() {
  // For prepared environments (e.g. a CI image with node_modules baked in).
  if (process.env.CHILDFIRST_SKIP_INSTALL === '1') return;
  const lock = path.join(ROOT, 'package-lock.json');
  const nodeModules = path.join(ROOT, 'node_modules');
  const fingerprint = installFingerprint();
  if (fs.existsSync(nodeModules)) {
    const stamp = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : '';
    if (stamp === fingerprint) return;
    // The lock changed since our last install, or there is no stamp yet. If npm itself
    // installed after the lock was last written (someone ran `npm install`/`npm ci`
    // directly), npm's record of the tree (node_modules/.package-lock.json) is at least as
    // new as the lock: node_modules is current, so only the stamp needs refreshing. A lock
    // changed by git (pull, checkout) is newer than that record and triggers an install.
    const sameAbi = !stamp.includes(' node-abi-') || stamp.endsWith(` node-abi-${process.versions.modules}`);
    const npmRecord = path.join(nodeModules, '.package-lock.json');
    if (
      sameAbi &&
      fs.existsSync(lock) &&
      fs.existsSync(npmRecord) &&
      fs.statSync(npmRecord).mtimeMs >= fs.statSync(lock).mtimeMs
    ) {
      fs.writeFileSync(STAMP, `${fingerprint}\n`);
      return;
    }
  }

  const hasLock = fs.existsSync(lock);
  const args = hasLock ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  const reason = !fs.existsSync(nodeModules)
    ? 'node_modules is missing'
    : 'package-lock.json changed since the last install, or Node.js changed its native module version';
  console.log(`› installing npm dependencies (${reason}): npm ${args.join(' ')}`);
  const startedAt = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
  if (result.error) {
    fail(`could not run npm (${result.error.message}). npm comes with Node.js; check that it is on PATH.`);
  }
  if (result.status !== 0) {
    fail(
      `npm ${args[0]} failed (exit ${result.status ?? result.signal}).\n` +
        '  If the npm registry is unreachable, check the network or proxy (npm config get registry / https-proxy).\n' +
        (hasLock ? '  If package.json and package-lock.json disagree, run `npm install` to update the lock file.\n' : ''),
      result.status || 1,
    );
  }
  // A fresh `npm install` may have created the lock file: fingerprint what is there now.
  fs.mkdirSync(nodeModules, { recursive: true });
  fs.writeFileSync(STAMP, `${installFingerprint()}\n`);
  console.log(`› npm dependencies installed in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}

function runCli(command, args) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('tools', 'stack', 'cli.ts'), command, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CHILDFIRST_REPO_ROOT: ROOT },
  });
  // Ctrl-C in a terminal reaches both processes (same process group); a signal sent to this
  // process alone (kill, CI cancellation) is passed on. The CLI ignores duplicates.
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  child.on('error', (error) => fail(`could not start the stack CLI: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(s);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}

checkNodeVersion();
const [command = 'help', ...args] = process.argv.slice(2);
if (!COMMANDS.has(command)) {
  fail(`unknown command "${command}"; use one of: ${[...COMMANDS].join(', ')}`, 2);
}
ensureDependencies();
runCli(command, args);
