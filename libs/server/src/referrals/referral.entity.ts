import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { FamilyEntity } from '../people/family.entity';
import type { ReferralSource, ReferralStatus, TriageOutcome } from '@childfirst/domain/referrals';

/** A concern or request for help that arrived at the front door. The legal record of the referral. */
@Entity({ schema: 'referrals', name: 'referral' })
@Unique('referral_submission_idempotency', ['submittedBySubject', 'idempotencyKey'])
@Check('referral_status_known', `"status" IN ('awaiting-decision', 'decided')`)
@Check('referral_decided_has_outcome', `("status" = 'decided') = ("outcome" IS NOT NULL AND "decided_at" IS NOT NULL)`)
@Index('referral_queue_idx', ['status', 'receivedAt'])
export class ReferralEntity {
  /** Derived from the submitter and the Idempotency-Key (UUID v5), so a retry finds the same row. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('referral_family_idx')
  @Column({ type: 'uuid', nullable: true })
  familyId!: string | null;

  @ManyToOne(() => FamilyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'referral_family_fk' })
  family?: FamilyEntity | null;

  @Column({ type: 'text' })
  source!: ReferralSource;

  @Column({ type: 'text' })
  whatIsHappening!: string;

  @Column({ type: 'text', nullable: true })
  helpWanted!: string | null;

  /** How a family asking for help wants to be contacted; null for other channels (the referrer's details say). */
  @Column({ type: 'text', nullable: true })
  preferredContact!: 'phone' | 'email' | 'portal-message' | null;

  @Column({ type: 'text', nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'text' })
  status!: ReferralStatus;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'uuid' })
  submittedBySubject!: string;

  @Column({ type: 'text' })
  idempotencyKey!: string;

  /** SHA-256 of the validated submission: the same key with a different body is refused. */
  @Column({ type: 'text' })
  submissionFingerprint!: string;

  @Column({ type: 'text' })
  workflowId!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: TriageOutcome | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBySubject!: string | null;

  @Column({ type: 'text', nullable: true })
  decidedByName!: string | null;

  /** The workflow type running this referral: referrals received before the front door workflow keep theirs. */
  @Column({ type: 'text', default: 'referralTriageWorkflow' })
  workflowType!: string;

  /** family-self | professional | public | agency-notification */
  @Column({ type: 'text', default: 'family-self' })
  intakeChannel!: string;

  /** Coded concern categories (CIN census factors, local codes otherwise). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  concerns!: string[];

  @Column({ type: 'text', nullable: true })
  urgency!: string | null;

  /** The consent the referrer recorded, or why it was not sought. */
  @Column({ type: 'jsonb', nullable: true })
  intakeConsent!: object | null;

  /** Who referred (a professional, a named member of the public); null for the family or anonymous. */
  @Column({ type: 'jsonb', nullable: true })
  referrer!: object | null;

  /** The agency's own reference, e.g. a police incident number. */
  @Column({ type: 'text', nullable: true })
  externalReference!: string | null;

  @Column({ type: 'text', nullable: true })
  rag!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  ragSetAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** The most recent earlier referral about the same child within 12 months. */
  @Column({ type: 'uuid', nullable: true })
  reReferralOfId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  assignedToPractitionerId!: string | null;

  /** Early help: the key worker allocated with the decision. */
  @Column({ type: 'uuid', nullable: true })
  keyWorkerPractitionerId!: string | null;

  @Column({ type: 'text', nullable: true })
  signpostServices!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  referrerToldAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  familyToldAt!: Date | null;

  /** Who recorded that telling the family was safe (after a strategy discussion); null when told automatically. */
  @Column({ type: 'text', nullable: true })
  familyToldBy!: string | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
