import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  assessmentProvenance,
  discloseToFamily,
  referralProvenance,
  sentByProvenance,
  statusProvenance,
  threadProvenance,
  type FamilyAudience,
} from '@childfirst/domain/portal';
import type { ReferralStatus, TriageOutcome } from '@childfirst/domain/referrals';

/**
 * The only reader of the family surface (docs/family-disclosure.md). Each method loads the signed-in
 * family's candidate rows — only the columns on that view's allow-list, plus what the rule needs to
 * know where a row came from — and returns those `familyMaySee` lets through. No query here filters
 * by who is asking: the rule in libs/domain/src/portal/family-disclosure.ts does, for every kind.
 */
@Injectable()
export class FamilyViewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The account's own requests for help and changes of circumstances, newest first. */
  async ownRequests(audience: FamilyAudience, familyId: string, limit = 200): Promise<FamilyRequestRow[]> {
    const rows: (FamilyRequestRow & { intakeChannel: string; submittedBySubject: string })[] = await this.dataSource.query(
      `SELECT r.id, r.intake_channel AS "intakeChannel", r.submitted_by_subject AS "submittedBySubject", r.received_at AS "receivedAt",
              r.what_is_happening AS "whatIsHappening", r.status, r.outcome, r.decided_at AS "decidedAt", d.due_at AS "dueAt", d.escalate_at AS "escalateAt"
         FROM referrals.referral r JOIN clocks.statutory_deadline d ON d.rule_id = 'referral.decision' AND d.subject_type = 'referral' AND d.subject_id = r.id
        WHERE r.family_id = $1 ORDER BY r.received_at DESC LIMIT 1000`,
      [familyId],
    );
    return discloseToFamily(audience, rows, referralProvenance)
      .slice(0, limit)
      .map(({ intakeChannel: _channel, submittedBySubject: _by, ...allowed }) => allowed);
  }

  /** Child and family assessments the family has been told about (or that follow their own request). */
  async assessments(audience: FamilyAudience, familyId: string): Promise<FamilyAssessmentRow[]> {
    const rows: (FamilyAssessmentRow & { intakeChannel: string; submittedBySubject: string; familyToldAt: Date | null; aboutPersonIds: string[] })[] = await this.dataSource.query(
      `SELECT d.id, d.started_at AS "startedAt", d.due_at AS "dueAt", d.escalate_at AS "escalateAt",
              r.intake_channel AS "intakeChannel", r.submitted_by_subject AS "submittedBySubject", r.family_told_at AS "familyToldAt",
              COALESCE((SELECT array_agg(s.person_id) FROM referrals.referral_subject s WHERE s.referral_id = r.id AND s.person_id IS NOT NULL), '{}') AS "aboutPersonIds"
         FROM clocks.statutory_deadline d JOIN referrals.referral r ON r.id = d.subject_id
        WHERE d.rule_id = 'assessment.child-and-family' AND d.subject_type = 'referral' AND r.family_id = $1 AND d.met_at IS NULL`,
      [familyId],
    );
    return discloseToFamily(audience, rows, (row) =>
      assessmentProvenance({ referral: row, familyToldAt: row.familyToldAt, aboutPersonIds: row.aboutPersonIds }),
    ).map(({ id, startedAt, dueAt, escalateAt }) => ({ id, startedAt, dueAt, escalateAt }));
  }

  /** The children's current statuses, for the parents and for each child's own account. */
  async statuses(audience: FamilyAudience, caseId: string): Promise<FamilyStatusRow[]> {
    const rows: (FamilyStatusRow & { personId: string })[] = await this.dataSource.query(
      `SELECT s.id, s.person_id AS "personId", s.status_type AS "statusType", to_char(s.started_on, 'YYYY-MM-DD') AS "startedOn", p.given_name AS "childName"
         FROM cases.case_status s JOIN people.person p ON p.id = s.person_id
        WHERE s.case_id = $1 AND s.ended_on IS NULL ORDER BY s.started_on`,
      [caseId],
    );
    return discloseToFamily(audience, rows, statusProvenance).map(({ personId: _person, ...allowed }) => allowed);
  }

  /** The conversations this account may read, with their last message and unread count. */
  async threads(audience: FamilyAudience, familyId: string): Promise<FamilyThreadRow[]> {
    const rows: (FamilyThreadRow & ThreadAudienceColumns)[] = await this.dataSource.query(
      `SELECT t.id, t.subject, t.audience_subject AS "audienceSubject", t.owner_person_id AS "ownerPersonId", t.started_by AS "startedBy",
              (SELECT max(m.sent_at) FROM portal.message m WHERE m.thread_id = t.id) AS "lastMessageAt",
              (SELECT m.sender_name FROM portal.message m WHERE m.thread_id = t.id ORDER BY m.sent_at DESC LIMIT 1) AS "lastFrom",
              (SELECT count(*)::int FROM portal.message m WHERE m.thread_id = t.id AND m.sender_kind = 'staff' AND m.read_at IS NULL) AS unread
         FROM portal.message_thread t WHERE t.family_id = $1 ORDER BY "lastMessageAt" DESC NULLS LAST LIMIT 1000`,
      [familyId],
    );
    return discloseToFamily(audience, rows, threadProvenanceOf).map(({ audienceSubject: _a, ownerPersonId: _o, startedBy: _s, ...allowed }) => allowed);
  }

  /** Whether this account may read (and answer) the conversation. */
  async mayReadThread(audience: FamilyAudience, familyId: string, threadId: string): Promise<boolean> {
    const rows: ThreadAudienceColumns[] = await this.dataSource.query(
      `SELECT t.audience_subject AS "audienceSubject", t.owner_person_id AS "ownerPersonId", t.started_by AS "startedBy" FROM portal.message_thread t WHERE t.id = $1 AND t.family_id = $2`,
      [threadId, familyId],
    );
    return discloseToFamily(audience, rows, threadProvenanceOf).length === 1;
  }

  /** A file the account uploaded, or one attached to a conversation it may read. */
  async attachment(audience: FamilyAudience, familyId: string, attachmentId: string): Promise<{ id: string; fileName: string; contentType: string; content: Buffer } | null> {
    const [row]: ({ id: string; fileName: string; contentType: string; content: Buffer; uploadedBySubject: string } & Partial<ThreadAudienceColumns> & { threadId: string | null })[] =
      await this.dataSource.query(
        `SELECT a.id, a.file_name AS "fileName", a.content_type AS "contentType", a.content, a.uploaded_by_subject AS "uploadedBySubject",
                t.id AS "threadId", t.audience_subject AS "audienceSubject", t.owner_person_id AS "ownerPersonId", t.started_by AS "startedBy"
           FROM portal.attachment a LEFT JOIN portal.message m ON m.id = a.message_id LEFT JOIN portal.message_thread t ON t.id = m.thread_id
          WHERE a.id = $1 AND a.family_id = $2`,
        [attachmentId, familyId],
      );
    if (!row) return null;
    const own = discloseToFamily(audience, [row], (r) => sentByProvenance({ sentBySubject: r.uploadedBySubject })).length === 1;
    const inReadableThread = row.threadId !== null && discloseToFamily(audience, [row as ThreadAudienceColumns], threadProvenanceOf).length === 1;
    return own || inReadableThread ? { id: row.id, fileName: row.fileName, contentType: row.contentType, content: row.content } : null;
  }

  /** Documents this account uploaded. */
  async documents(audience: FamilyAudience, familyId: string): Promise<FamilyDocumentRow[]> {
    const rows: (FamilyDocumentRow & { sentBySubject: string })[] = await this.dataSource.query(
      `SELECT d.id, d.attachment_id AS "attachmentId", d.title, a.file_name AS "fileName", a.content_type AS "contentType", a.size, d.uploaded_at AS "uploadedAt",
              d.uploaded_by_name AS "uploadedBy", d.uploaded_by_subject AS "sentBySubject"
         FROM portal.document d JOIN portal.attachment a ON a.id = d.attachment_id
        WHERE d.family_id = $1 ORDER BY d.uploaded_at DESC`,
      [familyId],
    );
    return discloseToFamily(audience, rows, sentByProvenance).map(({ sentBySubject: _by, ...allowed }) => allowed);
  }

  /** Views this account gave. */
  async views(audience: FamilyAudience, familyId: string): Promise<FamilyViewRow[]> {
    const rows: (FamilyViewRow & { sentBySubject: string })[] = await this.dataSource.query(
      `SELECT v.id, v.speaker, p.given_name || ' ' || p.family_name AS "aboutName", v.topic, v.text, v.recorded_at AS "recordedAt", v.recorded_by_name AS "recordedBy",
              v.recorded_by_subject AS "sentBySubject"
         FROM portal.family_view v LEFT JOIN people.person p ON p.id = v.about_person_id
        WHERE v.family_id = $1 ORDER BY v.recorded_at DESC`,
      [familyId],
    );
    return discloseToFamily(audience, rows, sentByProvenance).map(({ sentBySubject: _by, ...allowed }) => allowed);
  }

  /** Family accounts a conversation is for, with an e-mail address (for "you have a new message"). */
  async threadRecipients(familyId: string, threadId: string): Promise<string[]> {
    const [thread]: ThreadAudienceColumns[] = await this.dataSource.query(
      `SELECT audience_subject AS "audienceSubject", owner_person_id AS "ownerPersonId", started_by AS "startedBy" FROM portal.message_thread WHERE id = $1 AND family_id = $2`,
      [threadId, familyId],
    );
    if (!thread) return [];
    const accounts: (FamilyAudience & { email: string })[] = await this.dataSource.query(
      `SELECT subject, account_kind AS "accountKind", person_id AS "personId", email FROM people.family_account WHERE family_id = $1 AND email IS NOT NULL`,
      [familyId],
    );
    const provenance = threadProvenanceOf(thread);
    return accounts.filter((account) => discloseToFamily(account, [thread], () => provenance).length === 1).map((account) => account.email);
  }
}

interface ThreadAudienceColumns {
  audienceSubject: string | null;
  ownerPersonId: string | null;
  startedBy: 'family' | 'staff';
}

const threadProvenanceOf = (row: ThreadAudienceColumns) =>
  threadProvenance({ audienceSubject: row.audienceSubject, ownerPersonId: row.ownerPersonId, startedByFamily: row.startedBy === 'family' });

export interface FamilyRequestRow {
  id: string;
  receivedAt: Date;
  whatIsHappening: string;
  status: ReferralStatus;
  outcome: TriageOutcome | null;
  decidedAt: Date | null;
  dueAt: Date;
  escalateAt: Date | null;
}

export interface FamilyAssessmentRow {
  id: string;
  startedAt: Date;
  dueAt: Date;
  escalateAt: Date | null;
}

export interface FamilyStatusRow {
  id: string;
  statusType: string;
  startedOn: string;
  childName: string;
}

export interface FamilyThreadRow {
  id: string;
  subject: string;
  lastMessageAt: Date | null;
  lastFrom: string | null;
  unread: number;
}

export interface FamilyDocumentRow {
  id: string;
  attachmentId: string;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
  uploadedBy: string;
}

export interface FamilyViewRow {
  id: string;
  speaker: 'child' | 'parent';
  aboutName: string | null;
  topic: string;
  text: string;
  recordedAt: Date;
  recordedBy: string;
}
