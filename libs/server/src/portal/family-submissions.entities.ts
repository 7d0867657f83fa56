import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The first time someone on the staff side read a document or a view the family shared in the
 * portal. One row per item: marking it read again keeps the first reading.
 */
@Entity({ schema: 'portal', name: 'staff_reading' })
export class StaffReadingEntity {
  /** document | view */
  @PrimaryColumn({ type: 'text' })
  itemKind!: string;

  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @Column({ type: 'timestamptz' })
  readAt!: Date;

  @Column({ type: 'uuid' })
  readBySubject!: string;

  @Column({ type: 'text' })
  readByName!: string;

  @Column({ type: 'uuid', nullable: true })
  readByPractitionerId!: string | null;
}

/**
 * An e-mail telling the key worker that the family sent something new (never what). One row per
 * item, so a resent document or message tells them once; `sentAt` stays null when the mail failed.
 */
@Entity({ schema: 'portal', name: 'key_worker_notice' })
export class KeyWorkerNoticeEntity {
  /** document | view | message */
  @PrimaryColumn({ type: 'text' })
  itemKind!: string;

  /** The document's or view's id; for a message, derived from its sender and Idempotency-Key. */
  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @Index('key_worker_notice_family_idx')
  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'uuid' })
  practitionerId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
