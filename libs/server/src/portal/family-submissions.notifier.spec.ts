import { Logger } from '@nestjs/common';
import { loadServerConfig } from '../config';
import type { Mailer, OutgoingMail } from '../referrals/mailer';
import { FamilySubmissionsNotifier } from './family-submissions.notifier';
import type { FamilySubmissionsRepository, KeyWorkerToTell } from './family-submissions.repository';

const FAMILY = '7d4a9c1e-0000-4000-8000-00000000a001';
const DOCUMENT = '0e1f2a3b-0000-4000-8000-000000000001';
const kim: KeyWorkerToTell = { caseId: '3c0de000-0000-4000-8000-000000000001', familyName: 'Adams', practitionerId: 'a1b2c3d4-0000-4000-8000-000000000001', email: 'kim@example.org' };

/** The notifier over an in-memory repository and mailer. */
function setUp(options: { keyWorker?: KeyWorkerToTell | null; mailFails?: boolean } = {}) {
  const sent: OutgoingMail[] = [];
  const claimed = new Set<string>();
  const delivered: string[] = [];
  const repository = {
    keyWorkerToTell: jest.fn(async () => (options.keyWorker === undefined ? kim : options.keyWorker)),
    claimNotice: jest.fn(async (kind: string, itemId: string) => !claimed.has(`${kind}:${itemId}`) && Boolean(claimed.add(`${kind}:${itemId}`))),
    noticeSent: jest.fn(async (kind: string, itemId: string) => void delivered.push(`${kind}:${itemId}`)),
  };
  const mailer = {
    send: jest.fn(async (mail: OutgoingMail) => {
      if (options.mailFails) throw new Error('SMTP connection refused');
      sent.push(mail);
    }),
  };
  const config = loadServerConfig({ STAFF_WEB_URL: 'https://staff.example.gov.uk' });
  const notifier = new FamilySubmissionsNotifier(repository as unknown as FamilySubmissionsRepository, mailer as unknown as Mailer, config);
  return { notifier, sent, delivered, repository };
}

describe('FamilySubmissionsNotifier', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('tells the key worker that the family sent something new, and where to see it, but not what', async () => {
    const { notifier, sent, delivered } = setUp();
    await notifier.familySent(FAMILY, 'document', DOCUMENT);
    expect(sent).toEqual([
      {
        to: 'kim@example.org',
        subject: 'The Adams family has sent something new',
        text:
          'The Adams family has sent something new in the family portal.\n\n' +
          `Open their case in Childfirst to see it: https://staff.example.gov.uk/cases/${kim.caseId}\n\n` +
          'We do not include what they sent in this e-mail to keep it private.',
      },
    ]);
    expect(delivered).toEqual([`document:${DOCUMENT}`]);
  });

  it('tells them once about an item sent again', async () => {
    const { notifier, sent } = setUp();
    await notifier.familySent(FAMILY, 'view', DOCUMENT);
    await notifier.familySent(FAMILY, 'view', DOCUMENT);
    await notifier.messageSent(FAMILY, { kind: 'family', subject: 'jo' }, 'key-1');
    await notifier.messageSent(FAMILY, { kind: 'family', subject: 'jo' }, 'key-1');
    await notifier.messageSent(FAMILY, { kind: 'family', subject: 'jo' }, 'key-2');
    expect(sent).toHaveLength(3);
  });

  it('does not tell the key worker about messages staff send (the family is told of those)', async () => {
    const { notifier, sent, repository } = setUp();
    await notifier.messageSent(FAMILY, { kind: 'staff', subject: 'kim' }, 'key-1');
    expect(sent).toEqual([]);
    expect(repository.keyWorkerToTell).not.toHaveBeenCalled();
  });

  it.each([
    ['no key worker', null],
    ['a key worker without an e-mail address', { ...kim, email: null }],
  ])('logs, and sends nothing, when the case has %s', async (_, keyWorker) => {
    const { notifier, sent, repository } = setUp({ keyWorker });
    await expect(notifier.familySent(FAMILY, 'document', DOCUMENT)).resolves.toBeUndefined();
    expect(sent).toEqual([]);
    expect(repository.claimNotice).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no key worker with an e-mail address'));
  });

  it('never fails the family’s submission when the mail cannot be sent: it logs and carries on', async () => {
    const { notifier, delivered } = setUp({ mailFails: true });
    await expect(notifier.familySent(FAMILY, 'document', DOCUMENT)).resolves.toBeUndefined();
    expect(delivered).toEqual([]); // the notice stays marked as not sent
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SMTP connection refused'));
  });

  it('never fails it when the database cannot be read either', async () => {
    const { notifier, repository } = setUp();
    repository.keyWorkerToTell.mockRejectedValueOnce(new Error('connection terminated'));
    await expect(notifier.messageSent(FAMILY, { kind: 'family', subject: 'jo' }, 'key-1')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('connection terminated'));
  });
});
