import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** A member of staff of any agency, in one team; linked to their Keycloak sign-in by subject. */
@Entity({ schema: 'agencies', name: 'practitioner' })
export class PractitionerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('practitioner_subject_key', { unique: true, where: '"subject" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  agency!: string;

  @Index('practitioner_team_idx')
  @Column({ type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'practitioner_team_fk' })
  team?: OrganisationEntity;

  /** Job role, e.g. key-worker, social-worker, health-visitor. */
  @Column({ type: 'text' })
  jobRole!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** How families reach them (shown on the family portal home page). */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** When they can be reached, in plain English (e.g. "Monday to Thursday, 9am to 5pm"). */
  @Column({ type: 'text', nullable: true })
  availability!: string | null;

  /** Who covers when they are away. */
  @Column({ type: 'uuid', nullable: true })
  coverPractitionerId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
