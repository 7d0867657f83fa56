// .data/<profile>/stack.json: the processes of a running stack, so that `stop` (or the next
// start) can clean up after a supervisor that crashed or was killed.
import fs from 'node:fs';
import path from 'node:path';
import { stackFilePath } from './paths';
import type { Profile } from './profiles';

export interface StackFileProcess {
  name: string;
  tier: 'infrastructure' | 'app' | 'task';
  pid: number;
  ownsGroup: boolean;
  startTime?: string;
  stopSignal: NodeJS.Signals;
  ports: number[];
  descendants: { pid: number; startTime?: string }[];
  logFile?: string;
}

export interface StackFile {
  profile: Profile;
  startedAt: string;
  supervisor: { pid: number; startTime?: string };
  processes: StackFileProcess[];
}

export function writeStackFile(profile: Profile, content: StackFile): void {
  const file = stackFilePath(profile);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

export function readStackFile(profile: Profile): StackFile | undefined {
  try {
    return JSON.parse(fs.readFileSync(stackFilePath(profile), 'utf8')) as StackFile;
  } catch {
    return undefined;
  }
}

export function removeStackFile(profile: Profile): void {
  fs.rmSync(stackFilePath(profile), { force: true });
}
