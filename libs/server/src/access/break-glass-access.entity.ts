import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Emergency access to a case without a relationship: allowed with a reason, time-limited, and
 * flagged for a manager's review (PRODUCT.md, "Access rules").
 */
@Entity({ schema: 'access', name: 'break_glass_access' })
@Index('break_glass_access_practitioner_case_idx', ['practitionerId', 'caseId', 'expiresAt'])
@Index('break_glass_access_unreviewed_idx', ['openedAt'], { where: '"reviewed_at" IS NULL' })
export class BreakGlassAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  practitionerId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  reviewedByPractitionerId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewOutcome!: string | null;
}
