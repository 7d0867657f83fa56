// Read-only views of the operating system's process table and listening TCP sockets.
// Linux reads /proc directly (fast, no extra processes); other systems fall back to `ps`
// and to connection attempts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  /** Kernel start time (clock ticks since boot on Linux); used to detect a reused pid. */
  startTime: string;
  command: string;
}

const hasProc = process.platform === 'linux' && fs.existsSync('/proc/self/stat');

function readProcStat(pid: number): ProcessInfo | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself contain spaces or parentheses.
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    // fields[0] is field 3 (state) of proc(5).
    const state = fields[0];
    if (state === 'Z' || state === 'X') return undefined;
    let command = stat.slice(stat.indexOf('(') + 1, close);
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      if (cmdline) command = cmdline;
    } catch {
      // Keep the short name.
    }
    return {
      pid,
      ppid: Number(fields[1]),
      pgid: Number(fields[2]),
      startTime: fields[19] ?? '',
      command,
    };
  } catch {
    return undefined;
  }
}

export function processInfo(pid: number): ProcessInfo | undefined {
  if (hasProc) return readProcStat(pid);
  return listProcesses().find((p) => p.pid === pid);
}

export function listProcesses(): ProcessInfo[] {
  if (hasProc) {
    const result: ProcessInfo[] = [];
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const info = readProcStat(Number(entry));
      if (info) result.push(info);
    }
    return result;
  }
  try {
    const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,pgid=,lstart=,command='], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [pid, ppid, pgid, ...rest] = line.split(/\s+/);
        // lstart is five words, e.g. "Mon Nov 22 11:00:00 2026".
        return {
          pid: Number(pid),
          ppid: Number(ppid),
          pgid: Number(pgid),
          startTime: rest.slice(0, 5).join(' '),
          command: rest.slice(5).join(' '),
        };
      });
  } catch {
    return [];
  }
}

/** All processes below `pid` in the parent/child tree (not including `pid`). */
export function descendantsOf(pid: number, table: ProcessInfo[] = listProcesses()): ProcessInfo[] {
  const byParent = new Map<number, ProcessInfo[]>();
  for (const p of table) {
    const siblings = byParent.get(p.ppid) ?? [];
    siblings.push(p);
    byParent.set(p.ppid, siblings);
  }
  const result: ProcessInfo[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift() as number;
    for (const child of byParent.get(current) ?? []) {
      result.push(child);
      queue.push(child.pid);
    }
  }
  return result;
}

export function groupMembers(pgid: number, table: ProcessInfo[] = listProcesses()): ProcessInfo[] {
  return table.filter((p) => p.pgid === pgid);
}

/** True when the process exists and is the same process as when `startTime` was recorded. */
export function isSameProcessAlive(pid: number, startTime?: string): boolean {
  const info = processInfo(pid);
  if (!info) return false;
  return startTime === undefined || startTime === '' || info.startTime === startTime;
}

/** kill(target, 0): true while the process (or, for a negative target, any group member) exists. */
export function signalTargetExists(target: number): boolean {
  try {
    process.kill(target, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function sendSignal(target: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(target, signal);
    return true;
  } catch {
    return false;
  }
}

// ---- listening sockets ---------------------------------------------------------------

interface ListeningSocket {
  port: number;
  inode: string;
}

function readListeningSockets(): ListeningSocket[] {
  const sockets: ListeningSocket[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10 || cols[3] !== '0A') continue; // 0A = TCP_LISTEN
      const local = cols[1] ?? '';
      const port = parseInt(local.slice(local.lastIndexOf(':') + 1), 16);
      sockets.push({ port, inode: cols[9] ?? '' });
    }
  }
  return sockets;
}

function socketInodesOf(pid: number): Set<string> {
  const inodes = new Set<string>();
  let fds: string[];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // The descriptor closed meanwhile.
    }
  }
  return inodes;
}

/** TCP ports on which any of the given processes listens (Linux only; empty elsewhere). */
export function listeningPortsOf(pids: number[]): number[] {
  if (!hasProc) return [];
  const listening = readListeningSockets();
  const inodes = new Set<string>();
  for (const pid of pids) for (const inode of socketInodesOf(pid)) inodes.add(inode);
  return [...new Set(listening.filter((s) => inodes.has(s.inode)).map((s) => s.port))].sort((a, b) => a - b);
}

/** Processes listening on `port` (Linux only; empty when unknown). */
export function listenersOnPort(port: number): ProcessInfo[] {
  if (!hasProc) return [];
  const inodes = new Set(readListeningSockets().filter((s) => s.port === port).map((s) => s.inode));
  if (inodes.size === 0) return [];
  return listProcesses().filter((p) => [...socketInodesOf(p.pid)].some((inode) => inodes.has(inode)));
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** True when something listens on the TCP port (any address). */
export async function isPortInUse(port: number): Promise<boolean> {
  if (hasProc) return readListeningSockets().some((s) => s.port === port);
  return (await canConnect('127.0.0.1', port)) || (await canConnect('::1', port));
}

export async function describePortUsers(port: number): Promise<string> {
  const users = listenersOnPort(port);
  if (users.length === 0) return `port ${port} is in use`;
  return `port ${port} is in use by ${users.map((p) => `pid ${p.pid} (${truncate(p.command, 80)})`).join(', ')}`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
