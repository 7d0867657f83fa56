import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccountKind, FamilyDocumentForStaff, FamilySubmissionKind, FamilyViewForStaff, StaffReading } from '@childfirst/domain/portal';
import { viewTopics } from '@childfirst/domain/portal';
import { labelOf } from '../cases/code-labels';

/** Items nobody on the staff side has read yet, per family. */
const unreadDocuments = (familyId: string) =>
  `(SELECT count(*)::int FROM portal.document d WHERE d.family_id = ${familyId} AND NOT EXISTS (SELECT 1 FROM portal.staff_reading r WHERE r.item_kind = 'document' AND r.item_id = d.id))`;
const unreadViews = (familyId: string) =>
  `(SELECT count(*)::int FROM portal.family_view v WHERE v.family_id = ${familyId} AND NOT EXISTS (SELECT 1 FROM portal.staff_reading r WHERE r.item_kind = 'view' AND r.item_id = v.id))`;
const unreadMessages = (familyId: string) =>
  `(SELECT count(*)::int FROM portal.message m JOIN portal.message_thread t ON t.id = m.thread_id WHERE t.family_id = ${familyId} AND m.sender_kind = 'family' AND m.read_at IS NULL)`;

/**
 * SQL for how many documents, views and messages from the family nobody on the staff side has read
 * yet, for the family whose id is in the column (or parameter) given: for lists such as the caseload.
 */
export function unreadFromFamilySql(familyIdColumn: string): string {
  return `(${unreadDocuments(familyIdColumn)} + ${unreadViews(familyIdColumn)} + ${unreadMessages(familyIdColumn)})`;
}

/** Who read it on the staff side. */
export interface StaffReader {
  subject: string;
  name: string;
  practitionerId: string | null;
}

/** The case's key worker and how to reach them, for telling them the family sent something. */
export interface KeyWorkerToTell {
  caseId: string;
  familyName: string;
  practitionerId: string;
  email: string | null;
}

// Who in the family sent it: the account's member, only while the account is linked to this family.
const sender = (alias: string, subjectColumn: string) => `
  LEFT JOIN people.family_account fa ON fa.subject = ${alias}.${subjectColumn} AND fa.family_id = ${alias}.family_id
  LEFT JOIN people.person fp ON fp.id = fa.person_id`;
const senderColumns = `fp.given_name || ' ' || fp.family_name AS "memberName", fa.account_kind AS "accountKind"`;
const reading = (kind: FamilySubmissionKind, alias: string) => `LEFT JOIN portal.staff_reading r ON r.item_kind = '${kind}' AND r.item_id = ${alias}.id`;
const readingColumns = `r.read_at AS "readAt", r.read_by_name AS "readBy"`;

interface SenderRow {
  senderName: string;
  memberName: string | null;
  accountKind: AccountKind | null;
  sentAt: Date;
  readAt: Date | null;
  readBy: string | null;
}

function sentAndRead({ senderName, memberName, accountKind, sentAt, readAt, readBy }: SenderRow) {
  return {
    sentAt: sentAt.toISOString(),
    sentBy: { name: senderName, memberName, accountKind },
    read: readAt && readBy ? { readAt: readAt.toISOString(), readBy } : null,
  };
}

const withUnread = <T extends { read: StaffReading | null }>(items: T[]) => ({ items, unread: items.filter((item) => !item.read).length });

/**
 * The documents and views a family shared in the portal, as staff see them (every member's,
 * a young person's own included), with who on the staff side first read each; and the key worker
 * to tell when something new arrives. Access and audit are the callers'.
 */
@Injectable()
export class FamilySubmissionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; one document when `documentId` is given. */
  async documents(familyId: string, documentId: string | null = null): Promise<{ items: FamilyDocumentForStaff[]; unread: number }> {
    const rows: (SenderRow & Omit<FamilyDocumentForStaff, 'sentAt' | 'sentBy' | 'read'>)[] = await this.dataSource.query(
      `SELECT d.id, d.attachment_id AS "attachmentId", d.title, a.file_name AS "fileName", a.content_type AS "contentType", a.size,
              d.uploaded_at AS "sentAt", d.uploaded_by_name AS "senderName", ${senderColumns}, ${readingColumns}
         FROM portal.document d JOIN portal.attachment a ON a.id = d.attachment_id ${sender('d', 'uploaded_by_subject')} ${reading('document', 'd')}
        WHERE d.family_id = $1 AND ($2::uuid IS NULL OR d.id = $2::uuid)
        ORDER BY d.uploaded_at DESC, d.id LIMIT 500`,
      [familyId, documentId],
    );
    return withUnread(
      rows.map((row) => ({ id: row.id, attachmentId: row.attachmentId, title: row.title, fileName: row.fileName, contentType: row.contentType, size: row.size, ...sentAndRead(row) })),
    );
  }

  /** Newest first; one view when `viewId` is given. */
  async views(familyId: string, viewId: string | null = null): Promise<{ items: FamilyViewForStaff[]; unread: number }> {
    const rows: (SenderRow & Omit<FamilyViewForStaff, 'sentAt' | 'sentBy' | 'read' | 'topicLabel'>)[] = await this.dataSource.query(
      `SELECT v.id, v.speaker, ap.given_name || ' ' || ap.family_name AS "aboutName", v.topic, v.text,
              v.recorded_at AS "sentAt", v.recorded_by_name AS "senderName", ${senderColumns}, ${readingColumns}
         FROM portal.family_view v LEFT JOIN people.person ap ON ap.id = v.about_person_id ${sender('v', 'recorded_by_subject')} ${reading('view', 'v')}
        WHERE v.family_id = $1 AND ($2::uuid IS NULL OR v.id = $2::uuid)
        ORDER BY v.recorded_at DESC, v.id LIMIT 500`,
      [familyId, viewId],
    );
    return withUnread(
      rows.map((row) => ({
        id: row.id,
        speaker: row.speaker,
        aboutName: row.aboutName,
        topic: row.topic,
        topicLabel: labelOf(viewTopics, row.topic) ?? row.topic,
        text: row.text,
        ...sentAndRead(row),
      })),
    );
  }

  /**
   * Records that `reader` read the family's document or view, unless someone already has: the
   * first reading is kept. Null when the family has no such item; `first` when this was it.
   */
  async markRead(kind: FamilySubmissionKind, familyId: string, itemId: string, reader: StaffReader, now: Date): Promise<{ reading: StaffReading; first: boolean } | null> {
    const table = kind === 'document' ? 'portal.document' : 'portal.family_view';
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO portal.staff_reading (item_kind, item_id, read_at, read_by_subject, read_by_name, read_by_practitioner_id)
       SELECT $1, i.id, $4, $5, $6, $7 FROM ${table} i WHERE i.id = $3 AND i.family_id = $2
       ON CONFLICT (item_kind, item_id) DO NOTHING RETURNING item_id`,
      [kind, familyId, itemId, now, reader.subject, reader.name, reader.practitionerId],
    );
    const [row]: { readAt: Date; readBy: string }[] = await this.dataSource.query(
      `SELECT r.read_at AS "readAt", r.read_by_name AS "readBy" FROM portal.staff_reading r JOIN ${table} i ON i.id = r.item_id
        WHERE r.item_kind = $1 AND r.item_id = $3 AND i.family_id = $2`,
      [kind, familyId, itemId],
    );
    if (!row) return null;
    return { reading: { readAt: row.readAt.toISOString(), readBy: row.readBy }, first: inserted.length > 0 };
  }

  /** The key worker of the family's open case, if it has one. */
  async keyWorkerToTell(familyId: string): Promise<KeyWorkerToTell | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.id AS "caseId", f.family_name AS "familyName", p.id AS "practitionerId", p.email
         FROM cases.family_case c JOIN people.family f ON f.id = c.family_id JOIN agencies.practitioner p ON p.id = c.key_worker_id
        WHERE c.family_id = $1 AND c.status = 'open' ORDER BY c.opened_on DESC LIMIT 1`,
      [familyId],
    );
    return row ?? null;
  }

  /** Claims the notice about one item: true the first time, false when the key worker was already told (a resent item). */
  async claimNotice(kind: FamilySubmissionKind | 'message', itemId: string, familyId: string, practitionerId: string): Promise<boolean> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO portal.key_worker_notice (item_kind, item_id, family_id, practitioner_id) VALUES ($1, $2, $3, $4) ON CONFLICT (item_kind, item_id) DO NOTHING RETURNING item_id`,
      [kind, itemId, familyId, practitionerId],
    );
    return inserted.length > 0;
  }

  async noticeSent(kind: FamilySubmissionKind | 'message', itemId: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE portal.key_worker_notice SET sent_at = $3 WHERE item_kind = $1 AND item_id = $2`, [kind, itemId, at]);
  }
}
