// Where things live: the repository, the per-user download cache and the per-profile data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Profile } from './profiles';

function findRepoRoot(): string {
  const fromEnv = process.env.CHILDFIRST_REPO_ROOT;
  if (fromEnv) return path.resolve(fromEnv);
  let dir = process.cwd();
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'tools', 'stack'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Could not find the Childfirst repository root; run this from inside the repository.');
    dir = parent;
  }
}

export const REPO_ROOT = findRepoRoot();

/** Per-user cache for downloaded tools (Temporal CLI, test server, Keycloak, JDK). */
export const CACHE_DIR = path.resolve(process.env.CHILDFIRST_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'childfirst'));

export function repoPath(...segments: string[]): string {
  return path.join(REPO_ROOT, ...segments);
}

/** Path relative to the repository root, for messages. */
export function displayPath(absolute: string): string {
  const relative = path.relative(REPO_ROOT, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

export function profileDataDir(profile: Profile): string {
  return repoPath('.data', profile);
}

export function logsDir(profile: Profile): string {
  return path.join(profileDataDir(profile), 'logs');
}

export function logFilePath(profile: Profile, name: string): string {
  return path.join(logsDir(profile), `${name}.log`);
}

export function stackFilePath(profile: Profile): string {
  return path.join(profileDataDir(profile), 'stack.json');
}

/** The JavaScript file behind node_modules/.bin/<name>, to run it with this Node binary. */
export function localBinScript(name: string): string {
  const link = repoPath('node_modules', '.bin', name);
  try {
    return fs.realpathSync(link);
  } catch {
    throw new Error(`${displayPath(link)} is missing; run \`npm ci\` (npm start and npm test do this automatically when node_modules is out of date).`);
  }
}
