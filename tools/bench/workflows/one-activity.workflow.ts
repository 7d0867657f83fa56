import { proxyActivities } from '@temporalio/workflow';

/** The baseline: the least a workflow can do on the same Temporal server (start, one activity, complete). */
const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '10 seconds' });

export async function oneActivityWorkflow(): Promise<void> {
  await noop();
}
