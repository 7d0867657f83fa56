import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What each edit of a person record changed: which fields, by whom, when, making which version.
 * A stale edit is refused with these rows ("since you opened it, Sam changed the date of birth"),
 * and the record can show its own history. Values are not copied here: the audit trail says who
 * changed what and the record holds the current value.
 */
@Entity({ schema: 'people', name: 'person_change' })
@Index('person_change_person_version_key', ['personId', 'version'], { unique: true })
export class PersonChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  /** The version this change made. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;

  @Column({ type: 'text' })
  changedBy!: string;

  /** The fields changed, as domain field names (name, dateOfBirth, nhsNumber, …). */
  @Column({ type: 'text', array: true })
  fields!: string[];
}
