// How busy the machine was while a benchmark ran, and how much of that was this run's own work:
// on a shared machine the figures mean little without it. Linux only (/proc); elsewhere nothing
// is measured and the report says so.
import fs from 'node:fs';
import { descendantsOf, listProcesses } from '../stack/process-table';

/** CPU time in clock ticks (USER_HZ), summed over every core. */
export interface CpuSample {
  /** Every core's time: busy and idle. */
  total: number;
  /** Every core's time spent running anything (user, nice, system, irq, softirq, steal). */
  busy: number;
  /** The CPU time of this process and its descendants, with the children they have waited for. */
  ours: number;
}

/** Parts of the machine's CPU time between two samples, each from 0 to 1. */
export interface CpuShares {
  /** Busy, whoever ran. */
  busy: number;
  /** This run: this process, the servers and browsers it started, and their children. */
  ours: number;
  /** Everything else on the machine (other people's work, and a virtual machine's stolen time). */
  others: number;
}

/** The machine's line of /proc/stat: "cpu  user nice system idle iowait irq softirq steal guest guest_nice". */
export function parseProcStat(text: string): { total: number; busy: number } {
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) throw new Error('/proc/stat has no "cpu" line');
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  // guest and guest_nice are already counted in user and nice.
  const busy = user + nice + system + irq + softirq + steal;
  return { total: busy + idle + iowait, busy };
}

/** utime + stime + cutime + cstime from /proc/<pid>/stat (fields 14 to 17). */
export function parseProcessTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field 14 is fields[11].
  return [11, 12, 13, 14].reduce((sum, index) => sum + (Number(fields[index]) || 0), 0);
}

function processTicks(pid: number): number {
  try {
    return parseProcessTicks(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0; // it ended meanwhile: its time is in its parent's cutime once reaped
  }
}

export function sampleCpu(): CpuSample | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const machine = parseProcStat(fs.readFileSync('/proc/stat', 'utf8'));
    const pids = [process.pid, ...descendantsOf(process.pid, listProcesses()).map((p) => p.pid)];
    return { ...machine, ours: pids.reduce((sum, pid) => sum + processTicks(pid), 0) };
  } catch {
    return undefined;
  }
}

export function cpuShares(start: CpuSample, end: CpuSample): CpuShares | undefined {
  const total = end.total - start.total;
  if (total <= 0) return undefined;
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const busy = clamp((end.busy - start.busy) / total);
  const ours = clamp(Math.min(end.busy - start.busy, end.ours - start.ours) / total);
  return { busy, ours, others: clamp(busy - ours) };
}

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
