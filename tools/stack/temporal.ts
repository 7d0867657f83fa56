// Temporal: the CLI's development server. dev keeps workflows in .data/dev/temporal.sqlite
// and serves the web UI; test runs in memory and headless.
import path from 'node:path';
import { profileDataDir } from './paths';
import { PORTS, TEMPORAL_NAMESPACE } from './profiles';
import type { ManagedProcess, Supervisor } from './processes';
import { allProbes, commandProbe, httpProbe, waitForReady } from './readiness';

export interface TemporalEndpoint {
  address: string;
  uiUrl?: string;
  /** The server's process, for a caller that stops it before the rest of its stack (the front-door benchmark). */
  process: ManagedProcess;
}

export async function startTemporal(supervisor: Supervisor, temporalCli: string): Promise<TemporalEndpoint> {
  const profile = supervisor.profile;
  const ports = PORTS[profile];
  const address = `127.0.0.1:${ports.temporal}`;
  const args = [
    'server', 'start-dev',
    '--ip', '127.0.0.1',
    '--port', String(ports.temporal),
    '--namespace', TEMPORAL_NAMESPACE,
    '--log-level', 'warn',
  ];
  if (profile === 'dev') {
    args.push('--ui-port', String(ports.temporalUi), '--db-filename', path.join(profileDataDir(profile), 'temporal.sqlite'));
  } else {
    args.push('--headless');
  }
  const proc = supervisor.spawn({
    name: 'temporal',
    tier: 'infrastructure',
    command: temporalCli,
    args,
    ports: profile === 'dev' ? [ports.temporal, ports.temporalUi] : [ports.temporal],
  });
  const uiUrl = profile === 'dev' ? `http://localhost:${ports.temporalUi}` : undefined;
  const health = commandProbe(temporalCli, ['operator', 'cluster', 'health', '--address', address], /SERVING/);
  await waitForReady(supervisor, proc, 'temporal', uiUrl ? allProbes(health, httpProbe(uiUrl)) : health, {
    what: `\`temporal operator cluster health --address ${address}\`${uiUrl ? ` and ${uiUrl}` : ''}`,
    timeoutMs: 60_000,
    intervalMs: 300,
  });
  // The dev server also listens on a few random ports (history, matching, HTTP API...).
  supervisor.discoverPorts(proc);
  return { address, uiUrl, process: proc };
}
