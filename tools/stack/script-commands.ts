// Commands that run one script and need no stack: `openapi`, `county` and `bench`. They run with
// SWC (tools/run-ts.cjs) because they load the server's TypeORM entities (decorator metadata).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { repoPath, REPO_ROOT } from './paths';
import { failure } from './terminal';

const OPENAPI_SCRIPT = 'apps/api/src/platform/openapi/write-openapi.ts';
const BENCH_SCRIPT = 'tools/bench/run.ts';
const COUNTY_SCRIPT = 'tools/county/cli.ts';

/** Runs a script in the foreground (Ctrl-C reaches it directly) and returns its exit code. */
function runForeground(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.once('error', (error) => {
      failure(error.message);
      resolve(1);
    });
    child.once('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? (signal === 'SIGINT' ? 130 : 1));
    });
  });
}

export async function openapiCommand(args: string[]): Promise<number> {
  if (!fs.existsSync(repoPath(OPENAPI_SCRIPT))) {
    failure(`${OPENAPI_SCRIPT} does not exist yet; nothing to generate`);
    return 1;
  }
  return runForeground(['tools/run-ts.cjs', OPENAPI_SCRIPT, ...args]);
}

export async function benchCommand(args: string[]): Promise<number> {
  if (!fs.existsSync(repoPath(BENCH_SCRIPT))) {
    failure(`${BENCH_SCRIPT} does not exist yet; there is no benchmark to run`);
    return 1;
  }
  return runForeground(['tools/run-ts.cjs', BENCH_SCRIPT, ...args]);
}

export async function countyCommand(args: string[]): Promise<number> {
  return runForeground(['tools/run-ts.cjs', COUNTY_SCRIPT, ...args]);
}
