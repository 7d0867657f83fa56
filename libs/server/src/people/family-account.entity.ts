import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FamilyEntity } from './family.entity';

/**
 * Links a family-portal sign-in (the Keycloak subject) to exactly one family. Created only by the
 * demo seed now; later by a key worker's single-use invitation, never by the person themselves.
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
