// The process supervisor: starts every stack process in its own process group with its
// output in .data/<profile>/logs/<name>.log, records them in .data/<profile>/stack.json, and
// stops them all (reverse start order, SIGTERM then SIGKILL after 10 s) on a signal, an
// uncaught error or the end of a command, then checks that every port they used is free.
// Several supervisors may run in one Node.js process (`npm run bench` keeps its PostgreSQL under
// one while the Lighthouse benchmark starts and stops a test stack under another): each stops only
// the processes it started or adopted, never another's.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { logFilePath } from './paths';
import type { Profile } from './profiles';
import { openLogForAppend } from './log-files';
import {
  descendantsOf,
  isPortInUse,
  describePortUsers,
  isSameProcessAlive,
  listeningPortsOf,
  groupMembers,
  listProcesses,
  processInfo,
  sendSignal,
  signalTargetExists,
  type ProcessInfo,
} from './process-table';
import { info, warn } from './terminal';
import { writeStackFile, removeStackFile, type StackFile, type StackFileProcess } from './stack-file';

/** Stop order: tasks first, then apps, then infrastructure (the reverse of start order). */
export type Tier = 'infrastructure' | 'app' | 'task';
const STOP_ORDER: Tier[] = ['task', 'app', 'infrastructure'];

export const STOP_GRACE_MS = 10_000;

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function describeExit(status: ExitStatus): string {
  if (status.signal) return `killed by ${status.signal}`;
  return status.code === null ? 'exited' : `exit code ${status.code}`;
}

export interface ProcessSpec {
  name: string;
  tier: Tier;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Ports the process is configured to listen on (more are discovered while it runs). */
  ports?: number[];
  /** Signal for a graceful stop (default SIGTERM; PostgreSQL uses SIGINT, its "fast" shutdown). */
  stopSignal?: NodeJS.Signals;
  uid?: number;
  gid?: number;
  /** 'log' (default) appends stdout/stderr to .data/<profile>/logs/<name>.log; 'inherit' streams them. */
  output?: 'log' | 'inherit';
}

export class ShutdownInProgress extends Error {
  constructor() {
    super('the stack is shutting down');
  }
}

export class ManagedProcess {
  readonly ports = new Set<number>();
  exitStatus: ExitStatus | undefined;
  readonly exited: Promise<ExitStatus>;
  private resolveExit!: (status: ExitStatus) => void;
  /** Known descendants, refreshed while running so that escaped grandchildren can be found. */
  knownDescendants: ProcessInfo[] = [];

  constructor(
    readonly name: string,
    readonly tier: Tier,
    readonly pid: number,
    /** True when the process leads its own process group (we spawned it detached). */
    readonly ownsGroup: boolean,
    readonly stopSignal: NodeJS.Signals,
    readonly logFile: string | undefined,
    readonly startTime: string | undefined,
    /** A graceful stop supplied by a module that started the process itself (Keycloak). */
    readonly customStop?: () => Promise<void>,
  ) {
    this.exited = new Promise((resolve) => (this.resolveExit = resolve));
  }

  markExited(status: ExitStatus): void {
    if (this.exitStatus) return;
    this.exitStatus = status;
    this.resolveExit(status);
  }

  get signalTarget(): number {
    return this.ownsGroup ? -this.pid : this.pid;
  }
}

export interface StopReport {
  /** Every port the stopped processes used (configured and discovered). */
  checkedPorts: number[];
  busyPorts: { port: number; description: string }[];
  leftovers: string[];
}

/** Every supervisor made in this Node.js process, so that none of them stops another's processes. */
const supervisors = new Set<Supervisor>();

export class Supervisor {
  private readonly processes: ManagedProcess[] = [];
  /** Processes stopped on purpose while the rest keep running (`stopProcess`): their exit is expected. */
  private readonly stoppedOnPurpose = new Set<ManagedProcess>();
  private stopPromise: Promise<StopReport> | undefined;
  private unexpectedExitListeners: ((proc: ManagedProcess) => void)[] = [];
  private readonly startedAt = new Date().toISOString();
  private readonly recordedPorts = new Set<number>();
  private pollTimer: NodeJS.Timeout | undefined;
  stopStartedAt: number | undefined;

  constructor(readonly profile: Profile) {
    supervisors.add(this);
    // Watch processes we did not spawn ourselves (Keycloak) and refresh descendant lists.
    this.pollTimer = setInterval(() => this.poll(), 1000);
    this.pollTimer.unref();
  }

  get hasProcesses(): boolean {
    return this.processes.length > 0;
  }

  get isStopping(): boolean {
    return this.stopPromise !== undefined;
  }

  /** Throws ShutdownInProgress once a stop has begun; call between startup steps. */
  assertRunning(): void {
    if (this.isStopping) throw new ShutdownInProgress();
  }

  /** Called once, with the first app or infrastructure process that exits on its own. */
  onUnexpectedExit(listener: (proc: ManagedProcess) => void): void {
    this.unexpectedExitListeners.push(listener);
  }

  logFile(name: string): string {
    return logFilePath(this.profile, name);
  }

  spawn(spec: ProcessSpec): ManagedProcess {
    this.assertRunning();
    const output = spec.output ?? 'log';
    const logFile = output === 'log' ? this.logFile(spec.name) : undefined;
    const fd = logFile ? openLogForAppend(logFile, `${spec.command} ${spec.args.join(' ')}`) : undefined;
    let child: ChildProcess;
    try {
      child = spawn(spec.command, spec.args, {
        cwd: spec.cwd,
        env: spec.env ?? process.env,
        detached: true, // own process group: we can signal the process and all its children
        stdio: fd === undefined ? ['ignore', 'inherit', 'inherit'] : ['ignore', fd, fd],
        uid: spec.uid,
        gid: spec.gid,
      });
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
    if (child.pid === undefined) {
      // spawn failed synchronously (e.g. ENOENT); the error event carries the reason.
      const proc = new ManagedProcess(spec.name, spec.tier, -1, false, 'SIGTERM', logFile, undefined);
      child.once('error', (error) => {
        if (logFile) fs.appendFileSync(logFile, `failed to start ${spec.command}: ${error.message}\n`);
        proc.markExited({ code: 127, signal: null });
      });
      return proc;
    }
    const proc = new ManagedProcess(
      spec.name,
      spec.tier,
      child.pid,
      true,
      spec.stopSignal ?? 'SIGTERM',
      logFile,
      processInfo(child.pid)?.startTime,
    );
    for (const port of spec.ports ?? []) proc.ports.add(port);
    child.once('exit', (code, signal) => {
      proc.markExited({ code, signal });
      this.handleExit(proc);
    });
    child.once('error', (error) => {
      if (logFile) fs.appendFileSync(logFile, `process error: ${error.message}\n`);
      proc.markExited({ code: 127, signal: null });
      this.handleExit(proc);
    });
    this.processes.push(proc);
    this.saveStackFile();
    return proc;
  }

  /**
   * Takes charge of a process another module started (Keycloak): it is stopped with
   * `stop()` first, then its process (group) and descendants are terminated if still alive.
   */
  adopt(spec: { name: string; tier: Tier; pid: number; ports: number[]; logFile?: string; stop: () => Promise<void> }): ManagedProcess {
    const info = processInfo(spec.pid);
    const proc = new ManagedProcess(
      spec.name,
      spec.tier,
      spec.pid,
      info?.pgid === spec.pid,
      'SIGTERM',
      spec.logFile,
      info?.startTime,
      spec.stop,
    );
    for (const port of spec.ports) proc.ports.add(port);
    if (!info) proc.markExited({ code: null, signal: null });
    this.processes.push(proc);
    this.saveStackFile();
    if (this.isStopping) void this.stopOne(proc);
    return proc;
  }

  /** Runs a one-off command (migrations, nx, jest) to completion; it is killed if the stack stops. */
  async run(spec: Omit<ProcessSpec, 'tier'>): Promise<ExitStatus & { logFile?: string }> {
    const proc = this.spawn({ ...spec, tier: 'task' });
    const status = await proc.exited;
    if (this.processes.includes(proc) && !this.isStopping) {
      // Its group may still hold children that outlived it (e.g. jest workers): end them too.
      await terminateProcess(proc, STOP_GRACE_MS);
      this.forget(proc);
    }
    return { ...status, logFile: proc.logFile };
  }

  /**
   * Stops one process of this stack now, while the rest keep running (e.g. a benchmark's own
   * Temporal server once it is done with it), and forgets it. Returns the ports it used that are
   * still taken afterwards.
   */
  async stopProcess(proc: ManagedProcess): Promise<StopReport['busyPorts']> {
    if (!this.processes.includes(proc)) throw new Error(`${proc.name} (pid ${proc.pid}) is not a process of this ${this.profile} stack`);
    if (this.isStopping) {
      await this.stopAll();
      return [];
    }
    this.stoppedOnPurpose.add(proc);
    if (!proc.exitStatus && proc.pid > 0) {
      proc.knownDescendants = mergeDescendants(proc.knownDescendants, descendantsOf(proc.pid));
      this.discoverPortsQuietly(proc);
    }
    await this.stopOne(proc);
    this.forget(proc);
    return waitForPortsFree([...proc.ports], 5000);
  }

  /**
   * The pids this supervisor answers for: its processes that are still running, their process
   * groups and their descendants (known, or found in `table`).
   */
  ownedPids(table: ProcessInfo[]): Set<number> {
    const alive = new Map(table.map((p) => [p.pid, p]));
    const same = (pid: number, startTime?: string) => {
      const found = alive.get(pid);
      return found !== undefined && (!startTime || found.startTime === startTime);
    };
    const owned = new Set<number>();
    for (const proc of this.processes) {
      if (proc.pid <= 0) continue;
      const leaderAlive = same(proc.pid, proc.startTime);
      if (leaderAlive) {
        owned.add(proc.pid);
        for (const d of descendantsOf(proc.pid, table)) owned.add(d.pid);
      }
      // As in terminateProcess: the group is still ours unless another process now has the leader's pid.
      if (proc.ownsGroup && (leaderAlive || !alive.has(proc.pid))) for (const m of groupMembers(proc.pid, table)) owned.add(m.pid);
      for (const d of proc.knownDescendants) if (same(d.pid, d.startTime)) owned.add(d.pid);
    }
    return owned;
  }

  private forget(proc: ManagedProcess): void {
    const index = this.processes.indexOf(proc);
    if (index >= 0) this.processes.splice(index, 1);
    this.saveStackFile();
  }

  /** Records the ports the process tree actually listens on (e.g. Temporal's internal ports). */
  discoverPorts(proc: ManagedProcess): void {
    if (proc.pid <= 0) return;
    const tree = [proc.pid, ...descendantsOf(proc.pid).map((p) => p.pid)];
    if (proc.ownsGroup) tree.push(...groupMembers(proc.pid).map((p) => p.pid));
    for (const port of listeningPortsOf([...new Set(tree)])) proc.ports.add(port);
    this.saveStackFile();
  }

  /** Stops everything (idempotent: later calls return the same promise). */
  stopAll(): Promise<StopReport> {
    this.stopPromise ??= this.stopEverything();
    return this.stopPromise;
  }

  /** Second Ctrl-C: skip the grace period and SIGKILL everything now. */
  killAllNow(): void {
    for (const proc of this.processes) {
      if (proc.pid > 0) sendSignal(proc.signalTarget, 'SIGKILL');
      for (const d of proc.knownDescendants) if (isSameProcessAlive(d.pid, d.startTime)) sendSignal(d.pid, 'SIGKILL');
    }
  }

  private handleExit(proc: ManagedProcess): void {
    this.saveStackFile();
    if (this.isStopping || proc.tier === 'task' || this.stoppedOnPurpose.has(proc)) return;
    for (const listener of this.unexpectedExitListeners) listener(proc);
    this.unexpectedExitListeners = [];
  }

  private poll(): void {
    if (this.isStopping) return;
    let changed = false;
    for (const proc of this.processes) {
      if (proc.exitStatus || proc.pid <= 0) continue;
      // Our own children report their exit (with its code) through the 'exit' event; only
      // adopted processes are watched here.
      if (proc.customStop && !isSameProcessAlive(proc.pid, proc.startTime)) {
        proc.markExited({ code: null, signal: null });
        this.handleExit(proc);
        continue;
      }
      const before = proc.knownDescendants.map((d) => d.pid).join(',');
      proc.knownDescendants = mergeDescendants(proc.knownDescendants, descendantsOf(proc.pid)).filter((d) =>
        isSameProcessAlive(d.pid, d.startTime),
      );
      if (proc.knownDescendants.map((d) => d.pid).join(',') !== before) changed = true;
    }
    if (changed) this.saveStackFile();
  }

  private async stopEverything(): Promise<StopReport> {
    this.stopStartedAt = performance.now();
    if (this.pollTimer) clearInterval(this.pollTimer);
    for (const proc of this.processes) {
      if (!proc.exitStatus && proc.pid > 0) {
        proc.knownDescendants = mergeDescendants(proc.knownDescendants, descendantsOf(proc.pid));
        this.discoverPortsQuietly(proc);
      }
      for (const port of proc.ports) this.recordedPorts.add(port);
    }
    for (const tier of STOP_ORDER) {
      const inTier = this.processes.filter((p) => p.tier === tier).reverse();
      await Promise.all(inTier.map((proc) => this.stopOne(proc)));
    }
    // Anything else still below us that no other supervisor owns (a probe, a process a module
    // started but had not handed over). Another supervisor's processes are its own to stop: the
    // bench PostgreSQL outlives the Lighthouse benchmark's test stack in the same Node.js process.
    const table = listProcesses();
    const ownedByOthers = new Set<number>();
    for (const other of supervisors) if (other !== this) for (const pid of other.ownedPids(table)) ownedByOthers.add(pid);
    await terminateStragglers(descendantsOf(process.pid, table).filter((p) => !ownedByOthers.has(p.pid)));

    const leftovers: string[] = [];
    for (const proc of this.processes) {
      if (proc.pid > 0 && signalTargetExists(proc.signalTarget) && isSameProcessAlive(proc.pid, proc.startTime)) {
        leftovers.push(`${proc.name} (pid ${proc.pid})`);
      }
    }
    const checkedPorts = [...this.recordedPorts].sort((a, b) => a - b);
    const busyPorts = await waitForPortsFree(checkedPorts, 5000);
    if (leftovers.length === 0 && busyPorts.length === 0) removeStackFile(this.profile);
    else this.saveStackFile();
    return { checkedPorts, busyPorts, leftovers };
  }

  private discoverPortsQuietly(proc: ManagedProcess): void {
    try {
      const tree = [proc.pid, ...proc.knownDescendants.map((d) => d.pid)];
      for (const port of listeningPortsOf(tree)) proc.ports.add(port);
    } catch {
      // Best effort.
    }
  }

  private async stopOne(proc: ManagedProcess): Promise<void> {
    for (const port of proc.ports) this.recordedPorts.add(port);
    if (proc.customStop && !proc.exitStatus) {
      try {
        await withTimeout(proc.customStop(), STOP_GRACE_MS + 5000, `${proc.name} did not stop in time`);
      } catch (error) {
        warn(`${proc.name}: graceful stop failed (${(error as Error).message}); terminating it`);
      }
    }
    await terminateProcess(proc, STOP_GRACE_MS);
    proc.markExited(proc.exitStatus ?? { code: null, signal: proc.stopSignal });
  }

  private saveStackFile(): void {
    const entries: StackFileProcess[] = this.processes
      .filter((p) => p.pid > 0 && (!p.exitStatus || this.isStopping))
      .map((p) => ({
        name: p.name,
        tier: p.tier,
        pid: p.pid,
        ownsGroup: p.ownsGroup,
        startTime: p.startTime,
        stopSignal: p.stopSignal,
        ports: [...p.ports].sort((a, b) => a - b),
        descendants: p.knownDescendants.map((d) => ({ pid: d.pid, startTime: d.startTime })),
        logFile: p.logFile,
      }));
    const file: StackFile = {
      profile: this.profile,
      startedAt: this.startedAt,
      supervisor: { pid: process.pid, startTime: processInfo(process.pid)?.startTime },
      processes: entries,
    };
    try {
      writeStackFile(this.profile, file);
    } catch {
      // The data folder may have been removed under us (test wipes it before starting).
    }
  }
}

function mergeDescendants(a: ProcessInfo[], b: ProcessInfo[]): ProcessInfo[] {
  const map = new Map(a.map((d) => [d.pid, d]));
  for (const d of b) map.set(d.pid, d);
  return [...map.values()];
}

async function waitUntilGone(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!check()) return true;
    await delay(100);
  }
  return !check();
}

/**
 * Terminates a process (its whole group when it leads one) plus descendants that left the
 * group: graceful signal, then SIGKILL after `graceMs`.
 */
export async function terminateProcess(
  proc: { pid: number; ownsGroup: boolean; startTime?: string; stopSignal: NodeJS.Signals; knownDescendants?: { pid: number; startTime?: string }[] },
  graceMs: number,
): Promise<void> {
  if (proc.pid <= 0) return;
  const leaderAlive = isSameProcessAlive(proc.pid, proc.startTime);
  // Linux never hands out a pid that is still in use as a process group id, so a group whose
  // leader has exited is still ours unless a different process now has the leader's pid.
  const groupIsOurs = proc.ownsGroup && (leaderAlive || !processInfo(proc.pid));
  const target = groupIsOurs ? -proc.pid : proc.pid;
  const descendants = [...(proc.knownDescendants ?? [])];
  if (leaderAlive) descendants.push(...descendantsOf(proc.pid));
  const alive = () => (groupIsOurs ? signalTargetExists(target) : isSameProcessAlive(proc.pid, proc.startTime));
  if (alive()) {
    sendSignal(target, proc.stopSignal);
    if (!(await waitUntilGone(alive, graceMs))) {
      sendSignal(target, 'SIGKILL');
      await waitUntilGone(alive, 5000);
    }
  }
  await terminateStragglers(descendants);
}

/** SIGTERM, then SIGKILL after 3 s, for processes that are still the same processes. */
async function terminateStragglers(list: { pid: number; startTime?: string }[]): Promise<void> {
  const living = () => list.filter((p) => isSameProcessAlive(p.pid, p.startTime));
  const initial = living();
  if (initial.length === 0) return;
  for (const p of initial) sendSignal(p.pid, 'SIGTERM');
  if (await waitUntilGone(() => living().length > 0, 3000)) return;
  for (const p of living()) sendSignal(p.pid, 'SIGKILL');
  await waitUntilGone(() => living().length > 0, 3000);
}

/** Waits until none of the ports has a listener; returns those still in use. */
export async function waitForPortsFree(ports: number[], timeoutMs: number): Promise<StopReport['busyPorts']> {
  const deadline = performance.now() + timeoutMs;
  let busy: number[] = [];
  for (;;) {
    busy = [];
    for (const port of ports) if (await isPortInUse(port)) busy.push(port);
    if (busy.length === 0 || performance.now() >= deadline) break;
    await delay(200);
  }
  return Promise.all(busy.map(async (port) => ({ port, description: await describePortUsers(port) })));
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Prints the outcome of a stop: what is still running or listening, or that all is clean. */
export function reportStop(report: StopReport): boolean {
  for (const leftover of report.leftovers) warn(`still running after stop: ${leftover}`);
  for (const { description } of report.busyPorts) warn(`not free after stop: ${description}`);
  const clean = report.leftovers.length === 0 && report.busyPorts.length === 0;
  if (clean && report.checkedPorts.length > 0) {
    info(`all processes stopped; ports free again: ${report.checkedPorts.join(', ')}`);
  }
  return clean;
}
