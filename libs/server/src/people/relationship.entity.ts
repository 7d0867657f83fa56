import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from './person.entity';

/**
 * A typed relationship, stored once in one direction ("A is parent of B"); the reverse reading
 * comes from the domain's reciprocal table. The genogram is drawn from these rows.
 */
@Entity({ schema: 'people', name: 'relationship' })
@Unique('relationship_once', ['personId', 'relatedPersonId', 'relationshipType'])
@Check('relationship_not_self', `"person_id" <> "related_person_id"`)
export class RelationshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Index('relationship_related_person_idx')
  @Column({ type: 'uuid' })
  relatedPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'relationship_person_fk' })
  person?: PersonEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'related_person_id', foreignKeyConstraintName: 'relationship_related_person_fk' })
  relatedPerson?: PersonEntity;

  @Column({ type: 'text' })
  relationshipType!: string;

  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
