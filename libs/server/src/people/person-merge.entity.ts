import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A merge of two records of the same person. Nothing is moved or deleted: the merged record keeps
 * its own history and points at the surviving one, and this row explains who merged them, when and
 * why, so the merge can be understood (and undone) afterwards.
 */
@Entity({ schema: 'people', name: 'person_merge' })
export class PersonMergeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('person_merge_merged_person_key', { unique: true })
  @Column({ type: 'uuid' })
  mergedPersonId!: string;

  @Index('person_merge_into_person_idx')
  @Column({ type: 'uuid' })
  intoPersonId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  mergedBy!: string;

  @Column({ type: 'timestamptz' })
  mergedAt!: Date;
}
