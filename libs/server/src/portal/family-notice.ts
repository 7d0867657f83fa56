import type { EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { familyMaySee, threadProvenance, type FamilyAudience } from '@childfirst/domain/portal';

const NOTICE_NAMESPACE = '0b7e3c1a-5d2f-4e8b-9a61-2c4d8f0e6b13';

/** What the e-mail to a family says: only that there is a new message, never its content. */
export const FAMILY_NEW_MESSAGE_NOTICE =
  'You have a new message from children’s services. Sign in to the family portal to read it.\n\nWe do not include the message in this e-mail to keep it private.';

export interface FamilyNotice {
  familyId: string;
  /** What the notice is about (e.g. `referral-outcome:<id>`): the conversation and message ids derive from it, so it is posted once. */
  key: string;
  subject: string;
  body: string;
  /** The one family account it is for; null: the family's parents and carers. */
  audienceSubject: string | null;
  /** The practitioner on whose behalf children's services write. */
  senderSubject: string;
}

/**
 * Posts a message from children's services into the family portal, in the caller's transaction,
 * and returns the e-mail addresses of the family accounts it is for (chosen by the disclosure rule,
 * libs/domain/src/portal/family-disclosure.ts), to be told there is a new message.
 */
export async function postFamilyNotice(manager: EntityManager, notice: FamilyNotice): Promise<string[]> {
  const threadId = uuidv5(`thread:${notice.key}`, NOTICE_NAMESPACE);
  await manager.query(
    `INSERT INTO portal.message_thread (id, family_id, owner_person_id, subject, audience_subject, started_by) VALUES ($1, $2, NULL, $3, $4, 'staff') ON CONFLICT (id) DO NOTHING`,
    [threadId, notice.familyId, notice.subject, notice.audienceSubject],
  );
  await manager.query(
    `INSERT INTO portal.message (id, thread_id, sent_at, sender_kind, sender_subject, sender_name, body) VALUES ($1, $2, now(), 'staff', $3, 'Children’s services', $4) ON CONFLICT (id) DO NOTHING`,
    [uuidv5(`message:${notice.key}`, NOTICE_NAMESPACE), threadId, notice.senderSubject, notice.body],
  );
  const accounts: (FamilyAudience & { email: string | null })[] = await manager.query(
    `SELECT subject, account_kind AS "accountKind", person_id AS "personId", email FROM people.family_account WHERE family_id = $1`,
    [notice.familyId],
  );
  const provenance = threadProvenance({ audienceSubject: notice.audienceSubject, ownerPersonId: null, startedByFamily: false });
  return accounts.filter((account) => account.email && familyMaySee(account, provenance)).map((account) => account.email as string);
}
