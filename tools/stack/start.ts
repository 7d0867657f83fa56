// `npm start`: provision, start the dev stack (data kept in .data/dev), print where
// everything is, and keep running in the foreground until Ctrl-C.
import { failure, heading, info, paintBold, seconds, since, warn } from './terminal';
import { prepareProfile, startStack } from './stack';
import { provision, provisionPlan } from './provision';
import { runSupervised } from './supervised-command';
import { demoUserTable, serviceTable } from './summary';
import { describeExit } from './processes';
import { readLogTail } from './log-files';
import { displayPath } from './paths';

export async function startCommand(): Promise<number> {
  const startedAt = performance.now();
  return runSupervised('dev', async ({ supervisor, shutdownRequested }) => {
    heading('Provisioning');
    const toolchain = await provision(provisionPlan('start'));
    const provisionMs = performance.now() - startedAt;
    supervisor.assertRunning();
    await prepareProfile('dev', { fresh: false });

    let crashed: string | undefined;
    const crash = new Promise<void>((resolve) =>
      supervisor.onUnexpectedExit((proc) => {
        const status = proc.exitStatus ? describeExit(proc.exitStatus) : 'exited';
        crashed = `${proc.name} stopped unexpectedly (${status})`;
        if (proc.logFile) crashed += `; last lines of ${displayPath(proc.logFile)}:\n${readLogTail(proc.logFile, 30)}`;
        resolve();
      }),
    );

    const stack = await startStack(supervisor, toolchain);

    heading('Childfirst is running');
    console.log(serviceTable(stack));
    const users = await demoUserTable();
    if (users) {
      heading('Demo sign-ins');
      console.log(users);
    } else {
      warn('no demo users to list yet (tools/keycloak/demo-users.ts missing)');
    }
    const phases = [{ phase: 'provisioning', ms: provisionMs }, ...stack.timings]
      .map((t) => `${t.phase} ${seconds(t.ms)}`)
      .join(', ');
    console.log(`\n${paintBold(`Started in ${since(startedAt)}`)} (${phases}). Data is kept in .data/dev; logs in .data/dev/logs.`);
    info('press Ctrl-C to stop everything');

    await Promise.race([shutdownRequested, crash]);
    if (crashed) {
      failure(crashed);
      return 1;
    }
    return 0;
  }, { interruptedExitCode: 0 });
}
