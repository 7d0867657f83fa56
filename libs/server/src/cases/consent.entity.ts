import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a family agreed to share with which agency, and for what; withdrawal ends it (staff see it
 * at once, because access decisions read this table). Sharing without consent needs a recorded
 * legal basis (ConsentOverrideEntity).
 */
@Entity({ schema: 'cases', name: 'consent' })
@Index('consent_family_agency_idx', ['familyId', 'agency'])
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  familyId!: string;

  /** Given by (or on behalf of) this person; null when given for the whole family. */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'text' })
  agency!: string;

  /** share-information | contact | assessment */
  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'timestamptz' })
  givenAt!: Date;

  @Column({ type: 'text' })
  recordedBy!: string;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawnBy!: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawnNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
