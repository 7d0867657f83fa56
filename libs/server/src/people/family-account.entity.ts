import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FamilyEntity } from './family.entity';

/**
 * Links a family-portal sign-in (the Keycloak subject) to exactly one family. Created by a key worker's single-use invitation (and the demo seed), never by the person themselves.
 */
@Entity({ schema: 'people', name: 'family_account' })
export class FamilyAccountEntity {
  @PrimaryColumn({ type: 'uuid' })
  subject!: string;

  @Index('family_account_family_idx')
  @Column({ type: 'uuid' })
  familyId!: string;

  @ManyToOne(() => FamilyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'family_account_family_fk' })
  family?: FamilyEntity;

  @Column({ type: 'text' })
  displayName!: string;

  /** Who this account is in the family: a parent or carer, or a young person (13+) with their own view. */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  /** parent | young-person */
  @Column({ type: 'text', default: 'parent' })
  accountKind!: string;

  /** Where "you have a new message" notices go (never the message itself). */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
