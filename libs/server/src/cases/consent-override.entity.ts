import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Sharing with an agency without consent, on a recorded legal basis (e.g. a s47 enquiry). */
@Entity({ schema: 'cases', name: 'consent_override' })
@Index('consent_override_case_agency_idx', ['caseId', 'agency'])
export class ConsentOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  agency!: string;

  @Column({ type: 'text' })
  legalBasis!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid' })
  recordedByPractitionerId!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
