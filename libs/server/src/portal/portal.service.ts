import { createHash, randomInt, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { agencies, practitionerRoles } from '@childfirst/domain/agencies';
import { englandAndWalesCalendar, londonDateOf } from '@childfirst/domain/clocks';
import { consentPurposes } from '@childfirst/domain/cases';
import { DomainError } from '@childfirst/domain/errors';
import { ageOn } from '@childfirst/domain/people';
import {
  INVITATION_ALPHABET,
  INVITATION_VALID_DAYS,
  MAX_FILE_BYTES,
  YOUNG_PERSON_MINIMUM_AGE,
  allowedFileTypes,
  changeKinds,
  viewTopics,
  type AccountKind,
  type ChangeOfCircumstances,
  type FamilyMe,
  type FamilyProcess,
  type NewThread,
  type Reply,
  type ViewSubmission,
} from '@childfirst/domain/portal';
import { describeReferralForFamily, familyHelpRequestView, triageOutcomeForFamily, type FamilyHelpRequest } from '@childfirst/domain/referrals';
import { AuditService } from '../audit/audit.service';
import { labelOf } from '../cases/code-labels';
import { FrontDoorService } from '../referrals/front-door.service';
import { Mailer } from '../referrals/mailer';
import { FamilySubmissionsNotifier } from './family-submissions.notifier';
import type { RequestContext } from '../referrals/referral.service';
import { FamilyViewRepository } from './family-view.repository';

const MESSAGE_ID_NAMESPACE = 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b';
const THREAD_ID_NAMESPACE = 'f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b9c';

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');
const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
const ukDate = (date: Date | string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date);

/** The family portal account behind a request: which family, who in it, and what they may see. */
export interface PortalAccount {
  subject: string;
  displayName: string;
  familyId: string;
  familyName: string;
  personId: string | null;
  accountKind: AccountKind;
}

/** Anyone sending or reading: a family account or a practitioner. */
interface Sender {
  kind: 'family' | 'staff';
  subject: string;
  name: string;
}

const notFound = (what: string) => new DomainError('FAMILY_RECORD_NOT_FOUND', `There is no ${what} with that id in your family’s records.`);

/**
 * The family portal's server side: everything a linked account sees is scoped to its family (and a
 * young person's own account to themselves); staff reach the same messages through the case. Files
 * are checked by their content, never by the name or type the browser claims.
 */
@Injectable()
export class PortalService {
  private readonly logger = new Logger(PortalService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly frontDoor: FrontDoorService,
    private readonly familyView: FamilyViewRepository,
    private readonly familySubmissions: FamilySubmissionsNotifier,
  ) {}

  // ─── Accounts and linking ──────────────────────────────────────────────────────────────────────

  async findAccount(subject: string): Promise<PortalAccount | null> {
    const [row] = await this.dataSource.query(
      `SELECT a.subject, a.display_name AS "displayName", a.family_id AS "familyId", f.family_name AS "familyName", a.person_id AS "personId", a.account_kind AS "accountKind"
         FROM people.family_account a JOIN people.family f ON f.id = a.family_id WHERE a.subject = $1`,
      [subject],
    );
    return row ?? null;
  }

  async me(actor: { subject: string; displayName: string }): Promise<FamilyMe> {
    const account = await this.findAccount(actor.subject);
    if (!account) return { linked: false, displayName: actor.displayName, familyName: null, accountKind: null, personName: null };
    const [person] = account.personId ? await this.dataSource.query(`SELECT given_name || ' ' || family_name AS name FROM people.person WHERE id = $1`, [account.personId]) : [];
    return { linked: true, displayName: account.displayName, familyName: account.familyName, accountKind: account.accountKind, personName: person?.name ?? null };
  }

  /** Links a signed-in account to the family of a valid, unused, unexpired invitation; nothing else can link an account. */
  async link(actor: { subject: string; displayName: string; email: string | null }, code: string, context: RequestContext): Promise<FamilyMe> {
    const invalid = () =>
      new DomainError('INVITATION_INVALID', 'This code is not valid. Check it, or ask your key worker for a new invitation.', {
        errors: [{ path: 'code', message: 'This code is not valid. Check it, or ask your key worker for a new invitation' }],
      });
    await this.dataSource.transaction(async (manager) => {
      const [existing] = await manager.query(`SELECT family_id AS "familyId" FROM people.family_account WHERE subject = $1`, [actor.subject]);
      const [invitation] = await manager.query(
        `SELECT id, family_id AS "familyId", person_id AS "personId", account_kind AS "accountKind", expires_at AS "expiresAt", used_at AS "usedAt", used_by_subject AS "usedBy"
           FROM portal.invitation WHERE code_hash = $1 FOR UPDATE`,
        [hashCode(code)],
      );
      if (!invitation) throw invalid();
      // Using one's own invitation again (a retried request) is fine; anything else used or expired is not.
      if (invitation.usedAt && invitation.usedBy === actor.subject && existing?.familyId === invitation.familyId) return;
      if (invitation.usedAt || invitation.expiresAt.getTime() < context.now.getTime()) throw invalid();
      if (existing) throw new DomainError('ACCOUNT_ALREADY_LINKED', 'Your account is already linked to a family. Ask your key worker if this is wrong.');
      await manager.query(
        `INSERT INTO people.family_account (subject, family_id, display_name, person_id, account_kind, email) VALUES ($1, $2, $3, $4, $5, $6)`,
        [actor.subject, invitation.familyId, actor.displayName, invitation.personId, invitation.accountKind, actor.email],
      );
      await manager.query(`UPDATE portal.invitation SET used_at = $2, used_by_subject = $3 WHERE id = $1`, [invitation.id, context.now, actor.subject]);
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
        { action: 'create', resourceType: 'family-account', resourceId: actor.subject, familyId: invitation.familyId, purpose: `${context.purpose} (invitation used)` },
      ], manager);
    });
    return this.me(actor);
  }

  /** A key worker invites one member of the family: an adult, or a young person of 13 or over. The code is returned once. */
  async createInvitation(familyId: string, personId: string, practitionerId: string, actor: { subject: string; displayName: string }, context: RequestContext) {
    const [member] = await this.dataSource.query(
      `SELECT p.given_name || ' ' || p.family_name AS name, m.member_role AS role, to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth"
         FROM people.family_member m JOIN people.person p ON p.id = m.person_id WHERE m.family_id = $1 AND m.person_id = $2 AND m.left_on IS NULL`,
      [familyId, personId],
    );
    if (!member) throw new DomainError('RECORD_INVALID', 'Choose someone in this family.', { errors: [{ path: 'personId', message: 'Choose someone in this family' }] });
    let accountKind: AccountKind = 'parent';
    if (member.role === 'child') {
      const age = member.dateOfBirth ? ageOn(member.dateOfBirth, londonDateOf(context.now)) : null;
      if (age === null || age < YOUNG_PERSON_MINIMUM_AGE) {
        throw new DomainError('RECORD_INVALID', `Children can have their own account from the age of ${YOUNG_PERSON_MINIMUM_AGE}.`, {
          errors: [{ path: 'personId', message: `Choose an adult, or a young person aged ${YOUNG_PERSON_MINIMUM_AGE} or over` }],
        });
      }
      accountKind = 'young-person';
    }
    const code = Array.from({ length: 10 }, () => INVITATION_ALPHABET[randomInt(INVITATION_ALPHABET.length)]).join('');
    const expiresAt = new Date(context.now.getTime() + INVITATION_VALID_DAYS * 24 * 3_600_000);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO portal.invitation (id, family_id, person_id, account_kind, code_hash, created_by_practitioner_id, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, familyId, personId, accountKind, hashCode(code), practitionerId, expiresAt],
      );
      await this.audit.record({ actor, requestId: context.requestId, at: context.now }, [
        { action: 'create', resourceType: 'portal-invitation', resourceId: id, familyId, purpose: context.purpose },
      ], manager);
    });
    return { code, expiresAt: expiresAt.toISOString(), personName: member.name as string, accountKind };
  }

  // ─── Home ──────────────────────────────────────────────────────────────────────────────────────

  async home(account: PortalAccount, context: RequestContext) {
    const [familyCase] = await this.dataSource.query(
      `SELECT c.id, c.key_worker_id AS "keyWorkerId" FROM cases.family_case c WHERE c.family_id = $1 AND c.status = 'open' LIMIT 1`,
      [account.familyId],
    );
    const keyWorker = familyCase?.keyWorkerId ? await this.keyWorkerContact(familyCase.keyWorkerId) : null;
    const appointments = familyCase
      ? await this.dataSource.query(
          `SELECT a.id, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.title, a.location, p.display_name AS "withName"
             FROM cases.appointment a LEFT JOIN agencies.practitioner p ON p.id = a.with_practitioner_id
            WHERE a.case_id = $1 AND a.starts_at >= $2 ORDER BY a.starts_at LIMIT 10`,
          [familyCase.id, new Date(context.now.getTime() - 3_600_000)],
        )
      : [];
    const unread = (await this.familyView.threads(account, account.familyId)).reduce((sum, thread) => sum + thread.unread, 0);
    await this.audit.record({ actor: account, requestId: context.requestId, at: context.now }, [
      { action: 'read', resourceType: 'family-home', resourceId: account.familyId, familyId: account.familyId, purpose: context.purpose },
    ]);
    return {
      familyName: account.familyName,
      accountKind: account.accountKind,
      keyWorker,
      processes: await this.processes(account, familyCase?.id ?? null, keyWorker?.name ?? null, context.now),
      appointments: appointments.map((a: { startsAt: Date; endsAt: Date | null }) => ({ ...a, startsAt: a.startsAt.toISOString(), endsAt: iso(a.endsAt) })),
      unreadMessages: unread,
    };
  }

  private async keyWorkerContact(practitionerId: string) {
    const [row] = await this.dataSource.query(
      `SELECT p.display_name AS name, p.job_role AS "jobRole", p.agency, o.name AS "teamName", p.phone, p.email, p.availability,
              c.display_name AS "coverName", c.phone AS "coverPhone"
         FROM agencies.practitioner p JOIN agencies.organisation o ON o.id = p.team_id LEFT JOIN agencies.practitioner c ON c.id = p.cover_practitioner_id
        WHERE p.id = $1`,
      [practitionerId],
    );
    if (!row) return null;
    return {
      name: row.name,
      role: labelOf(practitionerRoles, row.jobRole) ?? row.jobRole,
      agencyLabel: labelOf(agencies, row.agency) ?? row.agency,
      teamName: row.teamName,
      phone: row.phone,
      email: row.email,
      availability: row.availability,
      cover: row.coverName ? { name: row.coverName, phone: row.coverPhone } : null,
    };
  }

  /** Each open process in plain English: where it stands and what happens next, with dates. */
  private async processes(account: PortalAccount, caseId: string | null, keyWorkerName: string | null, now: Date): Promise<FamilyProcess[]> {
    const processes: FamilyProcess[] = [];
    const stateOf = (dueAt: Date, escalateAt: Date | null, done: boolean) =>
      done ? 'done' : now > dueAt ? 'overdue' : escalateAt && now >= escalateAt ? 'due-soon' : 'on-track';
    // Only what this account sent, and what staff shared with it (docs/family-disclosure.md).
    const recent = new Date(now.getTime() - 30 * 24 * 3_600_000);
    const requests = (await this.familyView.ownRequests(account, account.familyId))
      .filter((request) => request.status === 'awaiting-decision' || (request.decidedAt !== null && request.decidedAt > recent))
      .slice(0, 5);
    for (const request of requests) {
      const described = describeReferralForFamily(request.status, request.outcome);
      processes.push({
        id: `request:${request.id}`,
        kind: 'help-request',
        title: `Your request for help, sent on ${ukDate(request.receivedAt)}`,
        stage: described.heading,
        nextStep: request.status === 'decided' && request.outcome ? triageOutcomeForFamily[request.outcome] : `We will decide what happens next by ${ukDate(request.dueAt)}.`,
        dueOn: request.status === 'decided' ? null : londonDateOf(request.dueAt),
        progress: null,
        state: stateOf(request.dueAt, request.escalateAt, request.status === 'decided'),
      });
    }

    const assessments = await this.familyView.assessments(account, account.familyId);
    for (const assessment of assessments) {
      const total = 45;
      const current = Math.min(total, Math.max(1, englandAndWalesCalendar.workingDaysBetween(assessment.startedAt, now) + 1));
      processes.push({
        id: `assessment:${assessment.id}`,
        kind: 'assessment',
        title: 'Child and family assessment',
        stage: `Working day ${current} of ${total}`,
        nextStep: `A social worker is getting to know your family and what would help. The assessment will be finished by ${ukDate(assessment.dueAt)}.`,
        dueOn: londonDateOf(assessment.dueAt),
        progress: { current, total, unit: 'working day' },
        state: stateOf(assessment.dueAt, assessment.escalateAt, false),
      });
    }

    if (caseId) {
      const statuses = await this.familyView.statuses(account, caseId);
      for (const status of statuses) {
        const described = describeStatus(status.statusType, status.startedOn, status.childName, keyWorkerName, now);
        if (described) processes.push({ id: `status:${status.id}`, ...described });
      }
    }
    return processes;
  }

  /** GET /family/help-requests: the account's own requests for help and changes, each read audited. */
  async helpRequests(account: PortalAccount, context: RequestContext): Promise<FamilyHelpRequest[]> {
    const rows = await this.familyView.ownRequests(account, account.familyId);
    await this.audit.record(
      { actor: account, requestId: context.requestId, at: context.now },
      rows.map((row) => ({ action: 'read' as const, resourceType: 'referral', resourceId: row.id, familyId: account.familyId, purpose: context.purpose })),
    );
    return rows.map(({ dueAt, ...row }) => familyHelpRequestView({ ...row, decisionDueAt: dueAt }));
  }

  // ─── Messages ──────────────────────────────────────────────────────────────────────────────────

  /** The conversations this account may read (docs/family-disclosure.md). */
  async familyThreads(account: PortalAccount) {
    const threads = await this.familyView.threads(account, account.familyId);
    return {
      items: threads
        .filter((thread): thread is typeof thread & { lastMessageAt: Date; lastFrom: string } => thread.lastMessageAt !== null && thread.lastFrom !== null)
        .slice(0, 200)
        .map((thread) => ({ ...thread, lastMessageAt: thread.lastMessageAt.toISOString() })),
    };
  }

  async staffThreads(familyId: string) {
    const rows = await this.dataSource.query(
      `SELECT t.id, t.subject,
              (SELECT max(m.sent_at) FROM portal.message m WHERE m.thread_id = t.id) AS "lastMessageAt",
              (SELECT m.sender_name FROM portal.message m WHERE m.thread_id = t.id ORDER BY m.sent_at DESC LIMIT 1) AS "lastFrom",
              (SELECT count(*)::int FROM portal.message m WHERE m.thread_id = t.id AND m.sender_kind = 'family' AND m.read_at IS NULL) AS unread
         FROM portal.message_thread t WHERE t.family_id = $1 ORDER BY "lastMessageAt" DESC NULLS LAST LIMIT 200`,
      [familyId],
    );
    return { items: rows.filter((r: { lastMessageAt: Date | null }) => r.lastMessageAt).map((r: { lastMessageAt: Date }) => ({ ...r, lastMessageAt: r.lastMessageAt.toISOString() })) };
  }

  private async requireFamilyThread(account: PortalAccount, threadId: string): Promise<void> {
    if (!(await this.familyView.mayReadThread(account, account.familyId, threadId))) throw notFound('conversation');
  }

  private async requireCaseThread(familyId: string, threadId: string): Promise<void> {
    const [thread] = await this.dataSource.query(`SELECT 1 FROM portal.message_thread WHERE id = $1 AND family_id = $2`, [threadId, familyId]);
    if (!thread) throw notFound('conversation');
  }

  async thread(threadId: string, viewer: Sender) {
    const [thread] = await this.dataSource.query(`SELECT id, subject FROM portal.message_thread WHERE id = $1`, [threadId]);
    const messages = await this.dataSource.query(
      `SELECT m.id, m.sent_at AS "sentAt", m.sender_kind AS "senderKind", m.sender_subject AS "senderSubject", m.sender_name AS "senderName", m.body, m.read_at AS "readAt",
              COALESCE((SELECT json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'contentType', a.content_type, 'size', a.size) ORDER BY a.created_at)
                          FROM portal.attachment a WHERE a.message_id = m.id), '[]') AS attachments
         FROM portal.message m WHERE m.thread_id = $1 ORDER BY m.sent_at`,
      [threadId],
    );
    return {
      id: thread.id,
      subject: thread.subject,
      messages: messages.map((m: { id: string; sentAt: Date; senderKind: 'family' | 'staff'; senderSubject: string; senderName: string; body: string; readAt: Date | null; attachments: unknown[] }) => ({
        id: m.id,
        sentAt: m.sentAt.toISOString(),
        from: { name: m.senderName, kind: m.senderKind },
        body: m.body,
        attachments: m.attachments,
        mine: viewer.kind === 'family' ? m.senderSubject === viewer.subject : m.senderKind === 'staff',
        readAt: iso(m.readAt),
      })),
    };
  }

  async familyThread(account: PortalAccount, threadId: string, context: RequestContext) {
    await this.requireFamilyThread(account, threadId);
    await this.audit.record({ actor: account, requestId: context.requestId, at: context.now }, [
      { action: 'read', resourceType: 'message-thread', resourceId: threadId, familyId: account.familyId, purpose: context.purpose },
    ]);
    return this.thread(threadId, { kind: 'family', subject: account.subject, name: account.displayName });
  }

  async staffThread(familyId: string, threadId: string, actor: { subject: string; displayName: string }) {
    await this.requireCaseThread(familyId, threadId);
    return this.thread(threadId, { kind: 'staff', subject: actor.subject, name: actor.displayName });
  }

  /** Marks the other side's messages read (idempotent: the first reading is kept). */
  async markRead(threadId: string, reader: 'family' | 'staff', now: Date): Promise<void> {
    await this.dataSource.query(`UPDATE portal.message SET read_at = $3 WHERE thread_id = $1 AND sender_kind = $2 AND read_at IS NULL`, [threadId, reader === 'family' ? 'staff' : 'family', now]);
  }

  async familyMarkRead(account: PortalAccount, threadId: string, now: Date) {
    await this.requireFamilyThread(account, threadId);
    await this.markRead(threadId, 'family', now);
  }

  async staffMarkRead(familyId: string, threadId: string, now: Date) {
    await this.requireCaseThread(familyId, threadId);
    await this.markRead(threadId, 'staff', now);
  }

  /** A new conversation; the thread and message ids derive from the sender and the Idempotency-Key. */
  async startThread(familyId: string, ownerPersonId: string | null, message: NewThread, sender: Sender, idempotencyKey: string, context: RequestContext) {
    const threadId = uuidv5(JSON.stringify([sender.subject, idempotencyKey]), THREAD_ID_NAMESPACE);
    await this.dataSource.transaction(async (manager) => {
      // A family member's conversation is theirs alone (and staff's); staff's are for the owner, or the parents and carers.
      await manager.query(
        `INSERT INTO portal.message_thread (id, family_id, owner_person_id, subject, audience_subject, started_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [threadId, familyId, ownerPersonId, message.subject, sender.kind === 'family' ? sender.subject : null, sender.kind],
      );
      const [thread] = await manager.query(`SELECT family_id AS "familyId" FROM portal.message_thread WHERE id = $1`, [threadId]);
      if (thread.familyId !== familyId) throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used. Start a new message.');
      await this.addMessage(manager, familyId, threadId, message, sender, idempotencyKey, context);
    });
    await this.notifyFamilyOfStaffMessage(familyId, threadId, sender);
    await this.familySubmissions.messageSent(familyId, sender, idempotencyKey);
    return this.thread(threadId, sender);
  }

  async reply(familyId: string, threadId: string, message: Reply, sender: Sender, idempotencyKey: string, context: RequestContext) {
    await this.dataSource.transaction((manager) => this.addMessage(manager, familyId, threadId, message, sender, idempotencyKey, context));
    await this.notifyFamilyOfStaffMessage(familyId, threadId, sender);
    await this.familySubmissions.messageSent(familyId, sender, idempotencyKey);
    return this.thread(threadId, sender);
  }

  async familyReply(account: PortalAccount, threadId: string, message: Reply, idempotencyKey: string, context: RequestContext) {
    await this.requireFamilyThread(account, threadId);
    return this.reply(account.familyId, threadId, message, { kind: 'family', subject: account.subject, name: account.displayName }, idempotencyKey, context);
  }

  async staffReply(familyId: string, threadId: string, message: Reply, actor: { subject: string; displayName: string }, idempotencyKey: string, context: RequestContext) {
    await this.requireCaseThread(familyId, threadId);
    return this.reply(familyId, threadId, message, { kind: 'staff', subject: actor.subject, name: actor.displayName }, idempotencyKey, context);
  }

  private async addMessage(manager: EntityManager, familyId: string, threadId: string, message: Reply, sender: Sender, idempotencyKey: string, context: RequestContext) {
    const id = uuidv5(JSON.stringify([sender.subject, idempotencyKey, 'message']), MESSAGE_ID_NAMESPACE);
    const inserted = await manager.query(
      `INSERT INTO portal.message (id, thread_id, sent_at, sender_kind, sender_subject, sender_name, body) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, threadId, context.now, sender.kind, sender.subject, sender.name, message.body],
    );
    if (inserted.length === 0) return; // a resent message: stored once
    if (message.attachmentIds.length > 0) {
      if (sender.kind !== 'family') throw new DomainError('RECORD_INVALID', 'Staff cannot attach files to portal messages yet.');
      const claimed = await manager.query(
        `UPDATE portal.attachment SET message_id = $1 WHERE id = ANY($2::uuid[]) AND family_id = $3 AND uploaded_by_subject = $4 AND message_id IS NULL RETURNING id`,
        [id, message.attachmentIds, familyId, sender.subject],
      );
      if (claimed[0].length !== message.attachmentIds.length) {
        throw new DomainError('RECORD_INVALID', 'One of the attached files was not found. Upload it again.', { errors: [{ path: 'attachmentIds', message: 'Upload the file again' }] });
      }
    }
    await this.audit.record({ actor: { subject: sender.subject, displayName: sender.name }, requestId: context.requestId, at: context.now }, [
      { action: 'create', resourceType: 'message', resourceId: id, familyId, purpose: context.purpose },
    ], manager);
  }

  /** A staff message sends an e-mail that says only that there is a new message — never its content. */
  private async notifyFamilyOfStaffMessage(familyId: string, threadId: string, sender: Sender): Promise<void> {
    if (sender.kind !== 'staff') return;
    for (const email of await this.familyView.threadRecipients(familyId, threadId)) {
      try {
        await this.mailer.send({
          to: email,
          subject: 'You have a new message from children’s services',
          text: 'You have a new message from children’s services. Sign in to the family portal to read it.\n\nWe do not include the message in this e-mail to keep it private.',
        });
      } catch (error) {
        // The message is stored and shown in the portal; a failed notice must not lose it.
        this.logger.warn(`Could not send a new-message notice: ${(error as Error).message}`);
      }
    }
  }

  // ─── Files ─────────────────────────────────────────────────────────────────────────────────────

  async uploadAttachment(account: PortalAccount, file: { fileName: string; content: Buffer }, context: RequestContext) {
    if (file.content.length === 0) throw fileProblem('The file is empty. Choose another file.');
    if (file.content.length > MAX_FILE_BYTES) throw fileProblem('The file must be 10 MB or smaller.');
    const contentType = sniffFileType(file.content);
    if (!contentType) throw fileProblem('The file must be a PDF, JPEG, PNG or Word document.');
    const fileName = file.fileName.replace(/[\\/]/g, '_').slice(0, 200) || `file${allowedFileTypes[contentType].extension}`;
    const id = randomUUID();
    await this.dataSource.query(
      `INSERT INTO portal.attachment (id, family_id, uploaded_by_subject, file_name, content_type, size, content) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, account.familyId, account.subject, fileName, contentType, file.content.length, file.content],
    );
    await this.audit.record({ actor: account, requestId: context.requestId, at: context.now }, [
      { action: 'create', resourceType: 'attachment', resourceId: id, familyId: account.familyId, purpose: context.purpose },
    ]);
    return { id, fileName, contentType, size: file.content.length };
  }

  /** A file this account uploaded, or one in a conversation it may read. */
  async familyAttachment(account: PortalAccount, attachmentId: string) {
    const file = await this.familyView.attachment(account, account.familyId, attachmentId);
    if (!file) throw notFound('file');
    return file;
  }

  /** Any file of this family (staff, through the case's access policy). */
  async attachment(familyId: string, attachmentId: string) {
    const [row] = await this.dataSource.query(`SELECT id, file_name AS "fileName", content_type AS "contentType", content FROM portal.attachment WHERE id = $1 AND family_id = $2`, [attachmentId, familyId]);
    if (!row) throw notFound('file');
    return row as { id: string; fileName: string; contentType: string; content: Buffer };
  }

  async documents(account: PortalAccount) {
    const rows = await this.familyView.documents(account, account.familyId);
    return { items: rows.map((row) => ({ ...row, uploadedAt: row.uploadedAt.toISOString() })) };
  }

  async addDocument(account: PortalAccount, title: string, attachmentId: string, context: RequestContext) {
    const [attachment] = await this.dataSource.query(`SELECT id FROM portal.attachment WHERE id = $1 AND family_id = $2 AND uploaded_by_subject = $3`, [attachmentId, account.familyId, account.subject]);
    if (!attachment) throw new DomainError('RECORD_INVALID', 'Upload the file again.', { errors: [{ path: 'attachmentId', message: 'Upload the file again' }] });
    const id = uuidv5(`document:${attachmentId}`, MESSAGE_ID_NAMESPACE);
    await this.dataSource.query(
      `INSERT INTO portal.document (id, family_id, attachment_id, title, uploaded_by_subject, uploaded_by_name) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [id, account.familyId, attachmentId, title, account.subject, account.displayName],
    );
    await this.audit.record({ actor: account, requestId: context.requestId, at: context.now }, [{ action: 'create', resourceType: 'document', resourceId: id, familyId: account.familyId, purpose: context.purpose }]);
    await this.familySubmissions.familySent(account.familyId, 'document', id);
    const stored = (await this.documents(account)).items.find((d) => d.id === id);
    if (!stored) throw notFound('document');
    return stored;
  }

  // ─── Views, consent, changes ───────────────────────────────────────────────────────────────────

  async views(account: PortalAccount) {
    const rows = await this.familyView.views(account, account.familyId);
    const children = account.accountKind === 'young-person' && account.personId
      ? await this.dataSource.query(`SELECT id AS "personId", given_name || ' ' || family_name AS name FROM people.person WHERE id = $1`, [account.personId])
      : await this.dataSource.query(
          `SELECT p.id AS "personId", p.given_name || ' ' || p.family_name AS name FROM people.family_member m JOIN people.person p ON p.id = m.person_id
            WHERE m.family_id = $1 AND m.member_role = 'child' AND m.left_on IS NULL ORDER BY p.date_of_birth`,
          [account.familyId],
        );
    return {
      items: rows.map((r) => ({ ...r, topicLabel: labelOf(viewTopics, r.topic) ?? r.topic, recordedAt: r.recordedAt.toISOString() })),
      children,
    };
  }

  async addView(account: PortalAccount, view: ViewSubmission, context: RequestContext) {
    const aboutPersonId = account.accountKind === 'young-person' ? account.personId : (view.aboutPersonId ?? null);
    if (view.aboutPersonId && account.accountKind !== 'young-person') {
      const [member] = await this.dataSource.query(`SELECT 1 FROM people.family_member WHERE family_id = $1 AND person_id = $2 AND member_role = 'child'`, [account.familyId, view.aboutPersonId]);
      if (!member) throw new DomainError('RECORD_INVALID', 'Choose one of your children.', { errors: [{ path: 'aboutPersonId', message: 'Choose one of your children' }] });
    }
    const id = randomUUID();
    await this.dataSource.query(
      `INSERT INTO portal.family_view (id, family_id, speaker, about_person_id, topic, text, recorded_by_subject, recorded_by_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, account.familyId, account.accountKind === 'young-person' ? 'child' : view.speaker, aboutPersonId, view.topic, view.text, account.subject, account.displayName],
    );
    await this.audit.record({ actor: account, requestId: context.requestId, at: context.now }, [{ action: 'create', resourceType: 'family-view', resourceId: id, familyId: account.familyId, purpose: context.purpose }]);
    await this.familySubmissions.familySent(account.familyId, 'view', id);
    const stored = (await this.views(account)).items.find((v) => v.id === id);
    if (!stored) throw notFound('view');
    return stored;
  }

  async consents(account: PortalAccount) {
    const rows = await this.dataSource.query(
      `SELECT c.id, c.agency, c.purpose, c.given_at AS "givenAt", p.given_name || ' ' || p.family_name AS "givenBy", c.withdrawn_at AS "withdrawnAt"
         FROM cases.consent c LEFT JOIN people.person p ON p.id = c.person_id WHERE c.family_id = $1 ORDER BY c.withdrawn_at IS NOT NULL, c.given_at DESC`,
      [account.familyId],
    );
    return {
      items: rows.map((r: { id: string; agency: string; purpose: string; givenAt: Date; givenBy: string | null; withdrawnAt: Date | null }) => ({
        id: r.id,
        agencyLabel: labelOf(agencies, r.agency) ?? r.agency,
        purposeLabel: labelOf(consentPurposes, r.purpose) ?? r.purpose,
        givenAt: r.givenAt.toISOString(),
        givenBy: r.givenBy,
        withdrawnAt: iso(r.withdrawnAt),
      })),
    };
  }

  /** The family withdraws a consent themselves: effective at once for every access decision. */
  async withdrawConsent(account: PortalAccount, consentId: string, context: RequestContext) {
    if (account.accountKind === 'young-person') throw new DomainError('CAPABILITY_MISSING', 'Only a parent or carer can withdraw the family’s consent. Talk to your key worker.');
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(`SELECT withdrawn_at AS "withdrawnAt" FROM cases.consent WHERE id = $1 AND family_id = $2 FOR UPDATE`, [consentId, account.familyId]);
      if (!row) throw notFound('consent');
      if (!row.withdrawnAt) {
        await manager.query(`UPDATE cases.consent SET withdrawn_at = $2, withdrawn_by = $3, withdrawn_note = 'Withdrawn by the family in the portal' WHERE id = $1`, [consentId, context.now, account.displayName]);
        await this.audit.record({ actor: account, requestId: context.requestId, at: context.now }, [{ action: 'update', resourceType: 'consent', resourceId: consentId, familyId: account.familyId, purpose: `${context.purpose} (withdrawn by the family)` }], manager);
      }
    });
    return this.consents(account);
  }

  /** "Tell us about a change" reaches the front door like any request, so nothing falls between departments. */
  async reportChange(account: PortalAccount, change: ChangeOfCircumstances, idempotencyKey: string, context: RequestContext) {
    const children: { personId: string }[] = await this.dataSource.query(
      `SELECT person_id AS "personId" FROM people.family_member WHERE family_id = $1 AND member_role = 'child' AND left_on IS NULL ORDER BY person_id`,
      [account.familyId],
    );
    const subjects = account.accountKind === 'young-person' && account.personId ? [account.personId] : children.map((c) => c.personId);
    const description = `Change of circumstances – ${changeKinds[change.kind].label}${change.effectiveFrom ? ` (from ${ukDate(change.effectiveFrom)})` : ''}: ${change.details}`;
    const { referral } = await this.frontDoor.createReferral(
      { channel: 'family-self', source: 'family-self', description, concerns: [], urgency: 'not-urgent', consent: { status: 'given' }, referrer: null, externalReference: null, subjects: subjects.map((personId) => ({ kind: 'known' as const, personId })) },
      account,
      idempotencyKey,
      context,
      { familyId: account.familyId, helpWanted: null, preferredContact: 'portal-message', contactPhone: null },
    );
    return { id: referral.id, receivedAt: referral.receivedAt.toISOString(), message: 'Thank you for telling us. Your key worker and our front door team will see it within one working day.' };
  }
}

function fileProblem(message: string) {
  return new DomainError('RECORD_INVALID', message, { errors: [{ path: 'file', message: message.replace(/\.$/, '') }] });
}

/** The file's real type from its first bytes; null when it is not one we accept. */
export function sniffFileType(content: Buffer): keyof typeof allowedFileTypes | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  // A .docx is a ZIP holding word/document.xml; a bare ZIP (or any other Office file) is not accepted.
  if (content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04 && content.includes(Buffer.from('word/'))) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  return null;
}

/** A child's status as the family reads it: what it is, and what comes next. */
function describeStatus(statusType: string, startedOn: string, childName: string, keyWorkerName: string | null, now: Date): Omit<FamilyProcess, 'id'> | null {
  const months = (n: number) => {
    const date = new Date(`${startedOn}T12:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + n);
    return date;
  };
  const withKeyWorker = keyWorkerName ? `${keyWorkerName}, your key worker,` : 'Your key worker';
  switch (statusType) {
    case 'early-help':
      return { kind: 'early-help', title: `Early help for ${childName}`, stage: `Started on ${ukDate(startedOn)}`, nextStep: `${withKeyWorker} will agree a plan with you and review it with you regularly.`, dueOn: null, progress: null, state: 'on-track' };
    case 'child-in-need':
      return { kind: 'other', title: `Child in need plan for ${childName}`, stage: `Started on ${ukDate(startedOn)}`, nextStep: 'The plan is reviewed with you at least every 6 months.', dueOn: null, progress: null, state: 'on-track' };
    case 'child-protection-plan': {
      const review = months(3);
      return {
        kind: 'child-protection',
        title: `Child protection plan for ${childName}`,
        stage: `Started on ${ukDate(startedOn)}`,
        nextStep: `The first review conference will be held by ${ukDate(review)}. You will be invited.`,
        dueOn: londonDateOf(review),
        progress: null,
        state: now > review ? 'overdue' : 'on-track',
      };
    }
    case 'ehc-plan': {
      // Reviewed at least every 12 months: the next anniversary of the plan that is still to come.
      let review = months(12);
      for (let years = 2; review < now && years < 50; years++) review = months(12 * years);
      return { kind: 'ehc', title: `EHC plan for ${childName}`, stage: `In place since ${ukDate(startedOn)}`, nextStep: `The plan will be reviewed by ${ukDate(review)}.`, dueOn: londonDateOf(review), progress: null, state: 'on-track' };
    }
    case 'looked-after':
      return { kind: 'looked-after', title: `${childName} is looked after by the council`, stage: `Since ${ukDate(startedOn)}`, nextStep: 'Reviews are held regularly; your social worker will tell you the dates.', dueOn: null, progress: null, state: 'on-track' };
    default:
      return null;
  }
}
