import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An explicit, time-limited grant for a practitioner to see a case they have no relationship to. */
@Entity({ schema: 'access', name: 'case_grant' })
@Index('case_grant_practitioner_case_idx', ['practitionerId', 'caseId'])
export class CaseGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  practitionerId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid' })
  grantedByPractitionerId!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
