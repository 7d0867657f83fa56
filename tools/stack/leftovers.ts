// Cleaning up a stack whose supervisor is gone (crashed, killed with SIGKILL, machine
// suspended...), using the pids and ports recorded in .data/<profile>/stack.json.
import { setTimeout as delay } from 'node:timers/promises';
import type { Profile } from './profiles';
import { isSameProcessAlive, sendSignal } from './process-table';
import { STOP_GRACE_MS, terminateProcess, waitForPortsFree, type StopReport } from './processes';
import { readStackFile, removeStackFile } from './stack-file';
import { info, warn } from './terminal';

export interface RunningSupervisor {
  pid: number;
}

/** The live supervisor of `profile`'s stack, if one is running (other than this process). */
export function runningSupervisor(profile: Profile): RunningSupervisor | undefined {
  const file = readStackFile(profile);
  if (!file) return undefined;
  const { pid, startTime } = file.supervisor;
  if (pid === process.pid || !isSameProcessAlive(pid, startTime)) return undefined;
  return { pid };
}

/**
 * Stops what a previous run of `profile` left behind. With `askSupervisor`, a still-running
 * supervisor is asked to stop its stack (SIGTERM) first.
 * Returns undefined when there was nothing recorded.
 */
export async function stopLeftovers(
  profile: Profile,
  options: { askSupervisor: boolean },
): Promise<(StopReport & { stoppedNames: string[]; supervisorStopped?: number }) | undefined> {
  const first = readStackFile(profile);
  if (!first) return undefined;

  const supervisor = runningSupervisor(profile);
  if (supervisor && options.askSupervisor) {
    info(`asking the running ${profile} stack (supervisor pid ${supervisor.pid}) to stop…`);
    sendSignal(supervisor.pid, 'SIGTERM');
    const deadline = performance.now() + 60_000;
    while (performance.now() < deadline && isSameProcessAlive(supervisor.pid, first.supervisor.startTime)) {
      await delay(200);
    }
    if (isSameProcessAlive(supervisor.pid, first.supervisor.startTime)) {
      warn(`supervisor pid ${supervisor.pid} did not exit within 60 s; killing it and its processes`);
      sendSignal(supervisor.pid, 'SIGKILL');
    }
  }

  const supervisorStopped = supervisor && options.askSupervisor ? supervisor.pid : undefined;
  const file = readStackFile(profile);
  if (!file) return { checkedPorts: [], busyPorts: [], leftovers: [], stoppedNames: [], supervisorStopped };
  const stoppedNames: string[] = [];
  // Reverse start order, tier by tier; the processes of one tier stop in parallel.
  for (const tier of ['task', 'app', 'infrastructure'] as const) {
    await Promise.all(
      file.processes
        .filter((proc) => proc.tier === tier)
        .map(async (proc) => {
          const leaderAlive = isSameProcessAlive(proc.pid, proc.startTime);
          const descendantsAlive = proc.descendants.some((d) => isSameProcessAlive(d.pid, d.startTime));
          if (!leaderAlive && !descendantsAlive && !proc.ownsGroup) return;
          await terminateProcess({ ...proc, knownDescendants: proc.descendants }, STOP_GRACE_MS);
          if (leaderAlive || descendantsAlive) stoppedNames.push(`${proc.name} (pid ${proc.pid})`);
        }),
    );
  }
  const ports = [...new Set(file.processes.flatMap((p) => p.ports))];
  const busyPorts = await waitForPortsFree(ports, 5000);
  const leftovers = file.processes
    .filter((p) => isSameProcessAlive(p.pid, p.startTime))
    .map((p) => `${p.name} (pid ${p.pid})`);
  if (busyPorts.length === 0 && leftovers.length === 0) removeStackFile(profile);
  return { checkedPorts: ports.sort((a, b) => a - b), busyPorts, leftovers, stoppedNames, supervisorStopped };
}
