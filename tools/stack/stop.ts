// `node tools/bootstrap.mjs stop [dev|test]`: stops a stack from outside: asks a running
// supervisor to stop, or cleans up after one that crashed, using .data/<profile>/stack.json.
import { stopLeftovers } from './leftovers';
import type { Profile } from './profiles';
import { reportStop } from './processes';
import { info } from './terminal';

export async function stopCommand(args: string[]): Promise<number> {
  const profiles: Profile[] = args.length === 0 ? ['dev', 'test'] : (args as Profile[]);
  for (const profile of profiles) {
    if (profile !== 'dev' && profile !== 'test') throw new Error(`unknown profile "${profile}" (use dev or test)`);
  }
  let clean = true;
  for (const profile of profiles) {
    const report = await stopLeftovers(profile, { askSupervisor: true });
    if (!report) {
      info(`${profile}: nothing recorded as running`);
      continue;
    }
    if (report.supervisorStopped) info(`${profile}: the running stack (supervisor pid ${report.supervisorStopped}) stopped itself`);
    if (report.stoppedNames.length > 0) info(`${profile}: stopped leftover ${report.stoppedNames.join(', ')}`);
    else if (!report.supervisorStopped) info(`${profile}: its processes had already stopped`);
    clean = reportStop(report) && clean;
  }
  return clean ? 0 : 1;
}
