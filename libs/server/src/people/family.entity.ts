import { Column, Index, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A family / household: the unit a case, a key worker and the family portal are organised around. */
@Entity({ schema: 'people', name: 'family' })
export class FamilyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The council's reference shown to staff and on letters, e.g. "FAM-000123". */
  @Index('family_reference_key', { unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text' })
  familyName!: string;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
