// Turning any error from provisioning or startup into a message for the console.
import { ShutdownInProgress } from './processes';
import { ProvisionError } from './provision';
import { StartupError } from './readiness';

/** Several services failed to start (they start in parallel). */
export class StartupFailures extends Error {
  constructor(readonly errors: unknown[]) {
    super(`${errors.length} services failed to start`);
  }
}

/** Runs the tasks in parallel; if any fail, throws them all together once all have settled. */
export async function allOrFailures<T extends readonly unknown[]>(tasks: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(tasks);
  const errors = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
  const real = errors.filter((e) => !(e instanceof ShutdownInProgress));
  if (real.length === 1) throw real[0];
  if (real.length > 1) throw new StartupFailures(real);
  if (errors.length > 0) throw errors[0];
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

export function describeFailure(error: unknown): string {
  if (error instanceof StartupFailures) return error.errors.map((e) => describeFailure(e)).join('\n\n');
  if (error instanceof StartupError) return error.describe();
  if (error instanceof Error) {
    // Our own errors carry complete messages; anything else gets its stack for debugging.
    return error instanceof ProvisionError || error.constructor === Error ? error.message : (error.stack ?? error.message);
  }
  return String(error);
}

export function isShutdown(error: unknown): boolean {
  return error instanceof ShutdownInProgress;
}
