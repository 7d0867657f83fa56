// Runs a command (start, test) with a Supervisor and guarantees cleanup: on SIGINT, SIGTERM,
// SIGHUP, an uncaught error or the command's end, everything is stopped and the ports are
// checked. A repeated signal more than 2 s into the stop skips the grace period.
import { setTimeout as delay } from 'node:timers/promises';
import { describeFailure, isShutdown } from './failures';
import { reportStop, Supervisor } from './processes';
import type { Profile } from './profiles';
import { failure, info, since, warn } from './terminal';

export interface SupervisedContext {
  supervisor: Supervisor;
  /** Resolves with the signal that asked the stack to stop. */
  shutdownRequested: Promise<NodeJS.Signals>;
  /** Stops everything now and reports it (once); true when every process and port is clean. */
  stopAndReport(): Promise<boolean>;
}

const SIGNAL_EXIT_CODES: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** Returns the exit code; the stack is stopped by then. */
export interface SupervisedOptions {
  /**
   * Exit code when a signal stopped the command before it finished (default: 128 + signal
   * number). `start` uses 0: stopping is what the user asked for.
   */
  interruptedExitCode?: number;
}

export async function runSupervised(
  profile: Profile,
  body: (context: SupervisedContext) => Promise<number>,
  options: SupervisedOptions = {},
): Promise<number> {
  const supervisor = new Supervisor(profile);
  let received: NodeJS.Signals | undefined;
  let fatal = false;
  let requestShutdown!: (signal: NodeJS.Signals) => void;
  const shutdownRequested = new Promise<NodeJS.Signals>((resolve) => (requestShutdown = resolve));

  const onSignal = (signal: NodeJS.Signals) => {
    if (!received) {
      received = signal;
      console.log('');
      info(`${signal} received: stopping the ${profile} stack…`);
      requestShutdown(signal);
      void supervisor.stopAll();
    } else if (supervisor.stopStartedAt !== undefined && performance.now() - supervisor.stopStartedAt > 2000) {
      warn(`${signal} again: killing every process now`);
      supervisor.killAllNow();
    }
  };
  const onFatal = (error: unknown) => {
    if (isShutdown(error)) return;
    failure(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    fatal = true;
    requestShutdown('SIGTERM');
    void supervisor.stopAll();
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);
  process.on('uncaughtException', onFatal);
  process.on('unhandledRejection', onFatal);

  let stopOutcome: Promise<boolean> | undefined;
  const stopAndReport = () => {
    stopOutcome ??= (async () => {
      const stopStarted = supervisor.stopStartedAt ?? performance.now();
      if (!supervisor.isStopping) info(`stopping the ${profile} stack…`);
      const report = await supervisor.stopAll();
      const clean = reportStop(report);
      info(`stopped in ${since(stopStarted)}`);
      return clean;
    })();
    return stopOutcome;
  };

  let code: number;
  try {
    // If the body does not notice the shutdown within 5 s of the stop, give up on it.
    const abandoned = shutdownRequested
      .then(() => supervisor.stopAll())
      .then(() => delay(5000))
      .then(() => 'abandoned' as const);
    const result = await Promise.race([body({ supervisor, shutdownRequested, stopAndReport }), abandoned]);
    code = result === 'abandoned' ? 1 : result;
  } catch (error) {
    if (!received && !isShutdown(error)) failure(describeFailure(error));
    code = 1;
  }
  if (received && !fatal && code !== 0) code = options.interruptedExitCode ?? SIGNAL_EXIT_CODES[received] ?? 1;
  if (fatal) code = 1;

  if (supervisor.hasProcesses || stopOutcome) {
    const clean = await stopAndReport();
    if (!clean && code === 0) code = 1;
  } else {
    await supervisor.stopAll(); // nothing was started; this still ends stray child processes
  }
  for (const signal of signals) process.off(signal, onSignal);
  process.off('uncaughtException', onFatal);
  process.off('unhandledRejection', onFatal);
  return code;
}
