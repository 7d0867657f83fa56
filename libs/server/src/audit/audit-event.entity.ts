import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Plain JSON: strings, numbers, booleans, null, and arrays and objects of them. */
export type AuditDetails = Record<string, unknown>;

/**
 * Append-only record of every read and write of a child's or family's record. Each row carries
 * the hash of the previous row, so an edited or deleted row breaks the chain (see AuditService).
 */
@Entity({ schema: 'audit', name: 'audit_event' })
@Index('audit_event_resource_idx', ['resourceType', 'resourceId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  actorSubject!: string;

  @Column({ type: 'text' })
  actorName!: string;

  @Column({ type: 'text' })
  action!: 'read' | 'create' | 'update';

  @Column({ type: 'text' })
  resourceType!: string;

  @Column({ type: 'text' })
  resourceId!: string;

  @Index('audit_event_family_idx')
  @Column({ type: 'uuid', nullable: true })
  familyId!: string | null;

  /** Why: the route or business purpose, e.g. "GET /staff/referrals/:id". */
  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  /** What the purpose alone does not say, e.g. a search's terms and how many people it found. */
  @Column({ type: 'jsonb', nullable: true })
  details!: AuditDetails | null;

  @Column({ type: 'text' })
  previousHash!: string;

  @Index('audit_event_hash_key', { unique: true })
  @Column({ type: 'text' })
  hash!: string;
}
