// `npm test`: provision (including Chromium and the Temporal test server), then
//   a. lint, typecheck and unit/workflow tests of every project (nx run-many)
//   b. a fresh test-profile stack (.data/test wiped, test ports, all apps, demo seed)
//   c. the stack tests: integration, API end-to-end and browser (jest.stack.config.js)
//   d. stop the stack (always) and check that every port is free again
// Every phase runs even when an earlier one failed (c needs b); the exit code is non-zero
// if any phase failed. Works with CI=true, without a TTY and without stdin.
import fs from 'node:fs';
import { stackTestEnvironment, unitTestEnvironment, withProcessEnvironment } from './app-environment';
import { describeFailure, isShutdown } from './failures';
import { localBinScript, profileDataDir, repoPath, REPO_ROOT } from './paths';
import { describeExit } from './processes';
import { provision, provisionPlan } from './provision';
import { prepareProfile, startStack, type RunningStack } from './stack';
import { runSupervised } from './supervised-command';
import { failure, heading, paintBold, paintGreen, paintRed, paintYellow, renderTable, seconds, since, warn } from './terminal';

type PhaseResult = 'passed' | 'failed' | 'skipped';

interface PhaseRecord {
  phase: string;
  result: PhaseResult;
  ms: number;
  note?: string;
}

const STACK_JEST_CONFIG = 'jest.stack.config.js';

export interface TestOptions {
  skipUnit: boolean;
  skipStack: boolean;
  /** After `--`: passed to the stack tests' jest, e.g. a test path pattern. */
  jestArgs: string[];
}

export function parseTestOptions(args: string[]): TestOptions {
  const separator = args.indexOf('--');
  const own = separator === -1 ? args : args.slice(0, separator);
  const jestArgs = separator === -1 ? [] : args.slice(separator + 1);
  const unknown = own.filter((a) => a !== '--skip-unit' && a !== '--skip-stack');
  if (unknown.length > 0) throw new Error(`unknown test option(s): ${unknown.join(' ')} (known: --skip-unit, --skip-stack, -- <jest arguments>)`);
  return { skipUnit: own.includes('--skip-unit'), skipStack: own.includes('--skip-stack'), jestArgs };
}

export async function testCommand(options: TestOptions): Promise<number> {
  const startedAt = performance.now();
  const phases: PhaseRecord[] = [];
  const record = (phase: string, result: PhaseResult, since: number, note?: string) =>
    phases.push({ phase, result, ms: performance.now() - since, note });

  let interrupted = false;
  const code = await runSupervised('test', async ({ supervisor, stopAndReport, shutdownRequested }) => {
    void shutdownRequested.then(() => (interrupted = true));
    const outcome = (status: { code: number | null }): PhaseResult => (status.code === 0 ? 'passed' : 'failed');
    const noteFor = (status: { code: number | null; signal: NodeJS.Signals | null }) =>
      supervisor.isStopping ? 'interrupted' : status.code === 0 ? undefined : describeExit(status);
    let t = performance.now();
    heading('Provisioning');
    const toolchain = await provision(provisionPlan('test'));
    record('provisioning', 'passed', t);
    supervisor.assertRunning();
    await prepareProfile('test', { fresh: false });

    // a. lint, typecheck, unit and workflow tests
    t = performance.now();
    if (options.skipUnit) {
      record('a. lint, typecheck, unit tests', 'skipped', t, '--skip-unit');
    } else {
      heading('a. Lint, typecheck, unit and workflow tests (nx run-many -t lint typecheck test)');
      const nx = await supervisor.run({
        name: 'nx',
        command: process.execPath,
        // In CI every result is computed afresh: a pass must never be a replay from a local cache.
        args: [localBinScript('nx'), 'run-many', '-t', 'lint', 'typecheck', 'test', '--outputStyle=stream', ...(process.env.CI === 'true' ? ['--skip-nx-cache'] : [])],
        cwd: REPO_ROOT,
        env: withProcessEnvironment(unitTestEnvironment(toolchain)),
        output: 'inherit',
      });
      record('a. lint, typecheck, unit tests', outcome(nx), t, noteFor(nx));
      supervisor.assertRunning();
    }

    // b. the test stack
    let stack: RunningStack | undefined;
    t = performance.now();
    if (options.skipStack) {
      record('b. start test stack', 'skipped', t, '--skip-stack');
    } else {
      heading('b. Starting a fresh test stack');
      try {
        await prepareProfile('test', { fresh: true });
        stack = await startStack(supervisor, toolchain);
        record('b. start test stack', 'passed', t);
      } catch (error) {
        if (isShutdown(error) || supervisor.isStopping) {
          record('b. start test stack', 'failed', t, 'interrupted');
          throw error;
        }
        failure(describeFailure(error));
        record('b. start test stack', 'failed', t, 'see above');
      }
    }

    // c. stack tests
    t = performance.now();
    if (!stack) {
      record('c. stack tests', 'skipped', t, options.skipStack ? '--skip-stack' : 'the stack did not start');
    } else if (!fs.existsSync(repoPath(STACK_JEST_CONFIG))) {
      warn(`${STACK_JEST_CONFIG} does not exist yet: skipping the stack tests`);
      record('c. stack tests', 'skipped', t, `${STACK_JEST_CONFIG} missing`);
    } else {
      heading(`c. Stack tests (jest -c ${STACK_JEST_CONFIG})`);
      const jest = await supervisor.run({
        name: 'jest-stack',
        command: process.execPath,
        args: [localBinScript('jest'), '-c', STACK_JEST_CONFIG, ...options.jestArgs],
        cwd: REPO_ROOT,
        env: withProcessEnvironment(stackTestEnvironment('test', stack.infra, toolchain)),
        output: 'inherit',
      });
      record('c. stack tests', outcome(jest), t, noteFor(jest));
      supervisor.assertRunning();
    }

    // d. stop
    t = performance.now();
    if (supervisor.hasProcesses) {
      heading('d. Stopping the test stack');
      const clean = await stopAndReport();
      record('d. stop, ports free', clean ? 'passed' : 'failed', t, clean ? undefined : 'see warnings above');
    } else {
      record('d. stop, ports free', 'skipped', t, 'nothing was started');
    }
    return phases.some((p) => p.result === 'failed') ? 1 : 0;
  });

  if (phases.length > 0) {
    heading('Test summary');
    const paintResult = (r: PhaseResult) => (r === 'passed' ? paintGreen(r) : r === 'failed' ? paintRed(r) : paintYellow(r));
    // Pad before painting so the colour codes do not upset the column widths.
    const rows = phases.map((p) => [p.phase, p.result, seconds(p.ms), p.note ?? '']);
    const table = renderTable(['phase', 'result', 'time', 'notes'], rows)
      .split('\n')
      .map((line, index) => (index < 2 ? line : line.replace(/ (passed|failed|skipped) /, (match, r: PhaseResult) => ` ${paintResult(r)} `)))
      .join('\n');
    console.log(table);
    const verdict = code === 0 ? 'passed' : interrupted ? 'INTERRUPTED' : 'FAILED';
    console.log(`\n${paintBold(`npm test ${verdict} in ${since(startedAt)}`)} (stack data and logs: ${profileDataDir('test')})`);
  }
  return code;
}
