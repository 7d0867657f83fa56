import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * A child a referral is about: matched to a person record, or held as an unidentified subject
 * (the details the referrer gave) until the front door matches them.
 */
@Entity({ schema: 'referrals', name: 'referral_subject' })
export class ReferralSubjectEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('referral_subject_referral_idx')
  @Column({ type: 'uuid' })
  referralId!: string;

  @Index('referral_subject_person_idx')
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  /** What the referrer told us: names, date of birth or age, postcode, school, description. */
  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  matchedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  matchedBy!: string | null;
}

/** A question the front door asked one agency about a referral: a task for that agency's team, with its clock. */
@Entity({ schema: 'referrals', name: 'information_request' })
@Unique('information_request_referral_agency', ['referralId', 'agency'])
@Index('information_request_open_idx', ['agency', 'status', 'dueAt'])
export class InformationRequestEntity {
  /** Derived from the referral and the agency (UUID v5): asking twice finds the same request. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  referralId!: string;

  @Column({ type: 'text' })
  agency!: string;

  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'text' })
  requestedBy!: string;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'timestamptz' })
  escalateAt!: Date;

  /** requested | answered | overdue | cancelled */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'timestamptz', nullable: true })
  chasedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  answeredBy!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  response!: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}

/** Referrals about the same child, linked so the front door sees them together. */
@Entity({ schema: 'referrals', name: 'referral_link' })
export class ReferralLinkEntity {
  @PrimaryColumn({ type: 'uuid' })
  referralId!: string;

  @PrimaryColumn({ type: 'uuid' })
  relatedReferralId!: string;

  /** same-child */
  @Column({ type: 'text' })
  reason!: string;
}

/** Two or more agencies' concerns about one child within the window: raised into the triage queue. */
@Entity({ schema: 'referrals', name: 'prevention_alert' })
export class PreventionAlertEntity {
  /** Derived from the child and the signals (UUID v5), so screening twice raises nothing new. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('prevention_alert_person_idx')
  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text', array: true })
  agencies!: string[];

  @Column({ type: 'uuid', array: true })
  referralIds!: string[];

  @Column({ type: 'timestamptz' })
  firstAt!: Date;

  @Column({ type: 'timestamptz' })
  lastAt!: Date;

  @Column({ type: 'integer' })
  windowDays!: number;

  @Column({ type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  acknowledgedBy!: string | null;
}

/**
 * Messages the platform sends (an outbox): one row per message, its id derived from what it is
 * about, so a retried activity never sends twice. `sentAt` is set once delivered.
 */
@Entity({ schema: 'referrals', name: 'notification' })
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('notification_referral_idx')
  @Column({ type: 'uuid', nullable: true })
  referralId!: string | null;

  /** acknowledgement | outcome-referrer | outcome-family | decision-at-risk | request-chased | request-overdue | strategy-discussion */
  @Column({ type: 'text' })
  kind!: string;

  /** An email address, or portal:<familyId> for the family portal. */
  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
