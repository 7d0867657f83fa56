import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Every statutory clock is data (PRODUCT.md): which rule, what started it, when it is due, when it
 * escalates, when it was met or escalated, and why it was missed. One row per rule per subject.
 */
@Entity({ schema: 'clocks', name: 'statutory_deadline' })
@Unique('statutory_deadline_rule_subject', ['ruleId', 'subjectType', 'subjectId'])
export class StatutoryDeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  ruleId!: string;

  @Column({ type: 'text' })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  startEvent!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  escalateAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  overdueRecordedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  metAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  missedReason!: string | null;

  /** Periods the clock stood still ({from, to?} ISO instants), where the rule allows pausing. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  pauses!: { from: string; to?: string }[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
