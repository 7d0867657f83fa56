// Mail: maildev catches every message the apps send over SMTP and shows it in a web inbox.
// dev keeps messages in .data/dev/mail; test keeps them in memory.
import path from 'node:path';
import { localBinScript, profileDataDir } from './paths';
import { PORTS } from './profiles';
import type { Supervisor } from './processes';
import { allProbes, httpProbe, tcpProbe, waitForReady } from './readiness';

export interface MailEndpoint {
  smtpHost: string;
  smtpPort: number;
  inboxUrl: string;
}

export async function startMail(supervisor: Supervisor): Promise<MailEndpoint> {
  const profile = supervisor.profile;
  const ports = PORTS[profile];
  const args = [
    localBinScript('maildev'),
    '--smtp', String(ports.smtp),
    '--web', String(ports.mailWeb),
    '--ip', '127.0.0.1',
    '--web-ip', '127.0.0.1',
  ];
  if (profile === 'dev') args.push('--mail-directory', path.join(profileDataDir(profile), 'mail'));
  const proc = supervisor.spawn({
    name: 'maildev',
    tier: 'infrastructure',
    command: process.execPath,
    args,
    ports: [ports.smtp, ports.mailWeb],
  });
  const inboxUrl = `http://127.0.0.1:${ports.mailWeb}`;
  const ready = allProbes(
    tcpProbe('127.0.0.1', ports.smtp),
    httpProbe(`${inboxUrl}/api/healthz`),
    // The inbox is a single-page app: it answers browsers (Accept: text/html) at its root.
    httpProbe(inboxUrl, { accept: 'text/html' }),
  );
  await waitForReady(supervisor, proc, 'maildev', ready, {
    what: `SMTP on 127.0.0.1:${ports.smtp}, ${inboxUrl}/api/healthz and the inbox page`,
    timeoutMs: 30_000,
  });
  return { smtpHost: '127.0.0.1', smtpPort: ports.smtp, inboxUrl };
}
