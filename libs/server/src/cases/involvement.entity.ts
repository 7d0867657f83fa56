import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An agency's involvement with a child or adult of the family over a period (a school SENCO, CAMHS,
 * a youth justice worker, a housing officer): who is working with whom, beyond the core team.
 */
@Entity({ schema: 'cases', name: 'involvement' })
@Index('involvement_case_idx', ['caseId', 'startedOn'])
export class InvolvementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Index('involvement_person_idx')
  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid', nullable: true })
  practitionerId!: string | null;

  /** What the involvement is, in the agency's words, e.g. "CAMHS assessment", "school attendance support". */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'date' })
  startedOn!: string;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
