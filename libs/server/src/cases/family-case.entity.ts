import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { PractitionerEntity } from '../agencies/practitioner.entity';
import { FamilyEntity } from '../people/family.entity';

/** One case per family, with ONE key worker (PRODUCT.md promise 1). */
@Entity({ schema: 'cases', name: 'family_case' })
@Check('family_case_status_known', `"status" IN ('open', 'closed')`)
export class FamilyCaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('family_case_family_key', { unique: true })
  @Column({ type: 'uuid' })
  familyId!: string;

  @ManyToOne(() => FamilyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'family_case_family_fk' })
  family?: FamilyEntity;

  @Index('family_case_key_worker_idx')
  @Column({ type: 'uuid', nullable: true })
  keyWorkerId!: string | null;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'key_worker_id', foreignKeyConstraintName: 'family_case_key_worker_fk' })
  keyWorker?: PractitionerEntity | null;

  /** The team the case is allocated to (its members see it through their team). */
  @Index('family_case_allocated_team_idx')
  @Column({ type: 'uuid', nullable: true })
  allocatedTeamId!: string | null;

  @Column({ type: 'text' })
  status!: 'open' | 'closed';

  @Column({ type: 'date' })
  openedOn!: string;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
