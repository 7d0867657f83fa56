import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A key worker's invitation for one member of the family to link their portal account: single
 * use, expiring; only a hash of the code is kept (the code is shown once to the key worker).
 */
@Entity({ schema: 'portal', name: 'invitation' })
export class InvitationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  /** parent | young-person */
  @Column({ type: 'text' })
  accountKind!: string;

  /** SHA-256 of the code. */
  @Index('invitation_code_hash_key', { unique: true })
  @Column({ type: 'text' })
  codeHash!: string;

  @Column({ type: 'uuid' })
  createdByPractitionerId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  usedBySubject!: string | null;
}

/** A conversation between the family (or a young person, privately) and the staff working with them. */
@Entity({ schema: 'portal', name: 'message_thread' })
@Check('message_thread_started_by_known', `"started_by" IN ('family', 'staff')`)
export class MessageThreadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('message_thread_family_idx')
  @Column({ type: 'uuid' })
  familyId!: string;

  /** A young person's own thread: only they and staff see it. Null for the family's threads. */
  @Column({ type: 'uuid', nullable: true })
  ownerPersonId!: string | null;

  /** The one family account this conversation is for (the one that started it, or that staff addressed); null: the owner person, or the parents and carers. */
  @Column({ type: 'uuid', nullable: true })
  audienceSubject!: string | null;

  @Column({ type: 'text', default: 'staff' })
  startedBy!: 'family' | 'staff';

  @Column({ type: 'text' })
  subject!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ schema: 'portal', name: 'message' })
@Index('message_thread_sent_idx', ['threadId', 'sentAt'])
export class MessageEntity {
  /** Derived from the sender and the Idempotency-Key (UUID v5): a resent message is stored once. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;

  /** family | staff */
  @Column({ type: 'text' })
  senderKind!: string;

  @Column({ type: 'uuid' })
  senderSubject!: string;

  @Column({ type: 'text' })
  senderName!: string;

  @Column({ type: 'text' })
  body!: string;

  /** When the other side first read it. */
  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

/** A file a family member uploaded (a message attachment or a document), kept in the database. */
@Entity({ schema: 'portal', name: 'attachment' })
export class AttachmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('attachment_family_idx')
  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'uuid' })
  uploadedBySubject!: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'bytea' })
  content!: Buffer;

  @Index('attachment_message_idx')
  @Column({ type: 'uuid', nullable: true })
  messageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ schema: 'portal', name: 'document' })
export class DocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('document_family_idx')
  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'uuid' })
  attachmentId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'uuid' })
  uploadedBySubject!: string;

  @Column({ type: 'text' })
  uploadedByName!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}

/** The voice of the child and the parents, recorded for assessments and plans. */
@Entity({ schema: 'portal', name: 'family_view' })
export class FamilyViewEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('family_view_family_idx')
  @Column({ type: 'uuid' })
  familyId!: string;

  /** child | parent */
  @Column({ type: 'text' })
  speaker!: string;

  @Column({ type: 'uuid', nullable: true })
  aboutPersonId!: string | null;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid' })
  recordedBySubject!: string;

  @Column({ type: 'text' })
  recordedByName!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** A meeting or visit the family sees on their home page. */
@Entity({ schema: 'cases', name: 'appointment' })
@Index('appointment_case_idx', ['caseId', 'startsAt'])
export class AppointmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'uuid', nullable: true })
  withPractitionerId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
