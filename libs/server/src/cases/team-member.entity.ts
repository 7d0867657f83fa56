import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PractitionerEntity } from '../agencies/practitioner.entity';
import { FamilyCaseEntity } from './family-case.entity';

/** The team around the family: practitioners from several agencies with their role on this case. */
@Entity({ schema: 'cases', name: 'team_member' })
@Index('team_member_active_key', ['caseId', 'practitionerId'], { unique: true, where: '"left_on" IS NULL' })
export class TeamMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => FamilyCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'team_member_case_fk' })
  familyCase?: FamilyCaseEntity;

  @Index('team_member_practitioner_idx')
  @Column({ type: 'uuid' })
  practitionerId!: string;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practitioner_id', foreignKeyConstraintName: 'team_member_practitioner_fk' })
  practitioner?: PractitionerEntity;

  /** Their role on this case, e.g. "school SENCO", "health visitor". */
  @Column({ type: 'text' })
  caseRole!: string;

  @Column({ type: 'date' })
  joinedOn!: string;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;
}
