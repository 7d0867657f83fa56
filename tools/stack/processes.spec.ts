import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { profileDataDir } from './paths';
import { descendantsOf, isSameProcessAlive, processInfo, sendSignal } from './process-table';
import { Supervisor, type ManagedProcess } from './processes';
import type { Profile } from './profiles';

// Stacks of made-up profiles, so that their stack files (.data/<profile>/stack.json) meet no real one.
const profile = (name: string) => `spec-${name}-${process.pid}` as Profile;
const supervisors: Supervisor[] = [];
const started: number[] = [];

function supervisor(name: string): Supervisor {
  const made = new Supervisor(profile(name));
  supervisors.push(made);
  return made;
}

/** A shell in its own group with a child of its own (`sleep`), like a server and its workers. */
async function serverWithChild(stack: Supervisor, name: string): Promise<{ proc: ManagedProcess; child: { pid: number; startTime: string } }> {
  const proc = stack.spawn({ name, tier: 'infrastructure', command: 'sh', args: ['-c', 'sleep 60 & wait'], output: 'inherit' });
  started.push(proc.pid);
  for (let tries = 0; tries < 50; tries++) {
    const [child] = descendantsOf(proc.pid);
    if (child) {
      started.push(child.pid);
      return { proc, child };
    }
    await delay(50);
  }
  throw new Error(`${name} started no child`);
}

const alive = (p: { pid: number; startTime?: string }) => isSameProcessAlive(p.pid, p.startTime);

afterAll(async () => {
  for (const stack of supervisors) await stack.stopAll();
  for (const pid of started) if (processInfo(pid)) sendSignal(pid, 'SIGKILL');
  for (const stack of supervisors) fs.rmSync(profileDataDir(stack.profile), { recursive: true, force: true });
});

describe('Supervisor', () => {
  it('stops only its own processes when another stack runs in the same process', async () => {
    // npm run bench: the bench PostgreSQL runs under one supervisor while the Lighthouse
    // benchmark starts and stops a test stack under another.
    const bench = supervisor('bench');
    const test = supervisor('test');
    const benchServer = await serverWithChild(bench, 'postgres');
    const testServer = await serverWithChild(test, 'postgres');

    const report = await test.stopAll();

    expect(report.leftovers).toEqual([]);
    expect(alive(testServer.proc)).toBe(false);
    expect(alive(testServer.child)).toBe(false);
    expect(alive(benchServer.proc)).toBe(true);
    expect(alive(benchServer.child)).toBe(true);

    await bench.stopAll();
    expect(alive(benchServer.proc)).toBe(false);
    expect(alive(benchServer.child)).toBe(false);
  }, 30_000);

  it('still ends what it leaves behind that no stack owns', async () => {
    const stack = supervisor('stray');
    await serverWithChild(stack, 'server');
    // A process this Node.js process started outside any stack (e.g. a module that had not yet handed its server over).
    const stray = spawn('sleep', ['60'], { stdio: 'ignore' });
    started.push(stray.pid as number);
    const strayInfo = processInfo(stray.pid as number);
    expect(strayInfo).toBeDefined();

    await stack.stopAll();

    expect(alive({ pid: stray.pid as number, startTime: strayInfo?.startTime })).toBe(false);
  }, 30_000);

  it('stops one process on request and keeps the rest running, without calling it an unexpected exit', async () => {
    const stack = supervisor('one');
    const unexpected = jest.fn();
    stack.onUnexpectedExit(unexpected);
    const postgres = await serverWithChild(stack, 'postgres');
    const temporal = await serverWithChild(stack, 'temporal');

    expect(await stack.stopProcess(temporal.proc)).toEqual([]);

    expect(alive(temporal.proc)).toBe(false);
    expect(alive(temporal.child)).toBe(false);
    expect(alive(postgres.proc)).toBe(true);
    expect(alive(postgres.child)).toBe(true);
    const file = JSON.parse(fs.readFileSync(`${profileDataDir(stack.profile)}/stack.json`, 'utf8')) as { processes: { name: string }[] };
    expect(file.processes.map((p) => p.name)).toEqual(['postgres']);
    await delay(100);
    expect(unexpected).not.toHaveBeenCalled();

    await stack.stopAll();
    expect(alive(postgres.proc)).toBe(false);
  }, 30_000);
});
