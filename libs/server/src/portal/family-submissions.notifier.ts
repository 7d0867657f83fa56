import { Inject, Injectable, Logger } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import type { FamilySubmissionKind } from '@childfirst/domain/portal';
import { SERVER_CONFIG, type ServerConfig } from '../config';
import { Mailer } from '../referrals/mailer';
import { FamilySubmissionsRepository } from './family-submissions.repository';

const MESSAGE_NOTICE_NAMESPACE = 'b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e';

/**
 * Tells the case's key worker by e-mail that the family sent something new in the portal (a
 * document, a view or a message), never what it is or says. Once per item, so a resent document or
 * message tells them once. It never throws: the family's submission is stored before it is called,
 * and a mail failure must not turn it into an error the family would retry.
 */
@Injectable()
export class FamilySubmissionsNotifier {
  private readonly logger = new Logger(FamilySubmissionsNotifier.name);

  constructor(
    private readonly repository: FamilySubmissionsRepository,
    private readonly mailer: Mailer,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  /** After a family account stored a document or a view. */
  async familySent(familyId: string, kind: FamilySubmissionKind, itemId: string): Promise<void> {
    await this.tellKeyWorker(familyId, kind, itemId);
  }

  /** After a message was stored: the key worker is told when the family sent it (staff messages tell the family instead). */
  async messageSent(familyId: string, sender: { kind: 'family' | 'staff'; subject: string }, idempotencyKey: string): Promise<void> {
    if (sender.kind !== 'family') return;
    await this.tellKeyWorker(familyId, 'message', uuidv5(JSON.stringify([sender.subject, idempotencyKey]), MESSAGE_NOTICE_NAMESPACE));
  }

  private async tellKeyWorker(familyId: string, kind: FamilySubmissionKind | 'message', itemId: string): Promise<void> {
    try {
      const keyWorker = await this.repository.keyWorkerToTell(familyId);
      if (!keyWorker?.email) {
        this.logger.warn(`The family ${familyId} sent a ${kind}, but its case has no key worker with an e-mail address to tell`);
        return;
      }
      if (!(await this.repository.claimNotice(kind, itemId, familyId, keyWorker.practitionerId))) return;
      const caseUrl = new URL(`/cases/${encodeURIComponent(keyWorker.caseId)}`, this.config.STAFF_WEB_URL).toString();
      await this.mailer.send({
        to: keyWorker.email,
        subject: `The ${keyWorker.familyName} family has sent something new`,
        text:
          `The ${keyWorker.familyName} family has sent something new in the family portal.\n\n` +
          `Open their case in Childfirst to see it: ${caseUrl}\n\n` +
          'We do not include what they sent in this e-mail to keep it private.',
      });
      await this.repository.noticeSent(kind, itemId, new Date());
    } catch (error) {
      // The family's document, view or message is stored and shown on the case; a failed notice must not lose it.
      this.logger.warn(`Could not tell the key worker that the family ${familyId} sent a ${kind}: ${(error as Error).message}`);
    }
  }
}
