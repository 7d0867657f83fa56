// Waiting for a started process to become ready: HTTP health URLs, TCP ports and CLI
// checks, failing early when the process exits and with a timeout otherwise. Failures carry
// the process's log file so that the caller can show its last lines.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { readLogTail } from './log-files';
import { describeExit, type ManagedProcess, type Supervisor } from './processes';
import { displayPath } from './paths';

/** true when ready; otherwise a short reason for the "last status" in a timeout message. */
export type ProbeResult = true | string;
export type Probe = () => Promise<ProbeResult>;

export class StartupError extends Error {
  constructor(
    message: string,
    readonly logFile?: string,
  ) {
    super(message);
  }

  /** The message plus the last lines of the log, for printing. */
  describe(lines = 40): string {
    if (!this.logFile) return this.message;
    return `${this.message}\nlast ${lines} lines of ${displayPath(this.logFile)}:\n${readLogTail(this.logFile, lines)}`;
  }
}

export interface WaitOptions {
  /** e.g. "http://localhost:3000/health/ready", for messages. */
  what: string;
  timeoutMs: number;
  intervalMs?: number;
}

export async function waitForReady(
  supervisor: Supervisor,
  proc: ManagedProcess | undefined,
  name: string,
  probe: Probe,
  options: WaitOptions,
): Promise<void> {
  const started = performance.now();
  const interval = options.intervalMs ?? 250;
  let last = 'not checked yet';
  for (;;) {
    supervisor.assertRunning();
    if (proc?.exitStatus) {
      throw new StartupError(`${name} exited (${describeExit(proc.exitStatus)}) before it was ready`, proc.logFile);
    }
    try {
      const result = await probe();
      if (result === true) return;
      last = result;
    } catch (error) {
      last = (error as Error).message;
    }
    if (performance.now() - started > options.timeoutMs) {
      throw new StartupError(
        `${name} was not ready within ${Math.round(options.timeoutMs / 1000)} s (waited for ${options.what}; last status: ${last})`,
        proc?.logFile,
      );
    }
    await Promise.race([delay(interval), proc?.exited ?? new Promise(() => undefined)]);
  }
}

export function httpProbe(url: string, headers?: Record<string, string>): Probe {
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000), redirect: 'manual', headers });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 400) return true;
    return `HTTP ${response.status}`;
  };
}

export function tcpProbe(host: string, port: number): Probe {
  return () =>
    new Promise((resolve) => {
      const socket = net.connect({ host, port });
      const done = (result: ProbeResult) => {
        socket.destroy();
        resolve(result);
      };
      socket.setTimeout(2000, () => done(`no answer on ${host}:${port}`));
      socket.once('connect', () => done(true));
      socket.once('error', (error) => done(`${host}:${port}: ${(error as NodeJS.ErrnoException).code ?? error.message}`));
    });
}

/** Ready when the command exits 0 (and its output matches `expect`, if given). */
export function commandProbe(command: string, args: string[], expect?: RegExp, timeoutMs = 5000): Probe {
  return () =>
    new Promise((resolve) => {
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('error', (error) => {
        clearTimeout(timer);
        resolve(error.message);
      });
      child.once('close', (code) => {
        clearTimeout(timer);
        if (code === 0 && (!expect || expect.test(output))) resolve(true);
        else resolve(output.trim().split('\n')[0]?.slice(0, 200) || `exit code ${code}`);
      });
    });
}

export function allProbes(...probes: Probe[]): Probe {
  return async () => {
    for (const probe of probes) {
      const result = await probe();
      if (result !== true) return result;
    }
    return true;
  };
}
