import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** Previous names, also-known-as names and alternative spellings: all searchable. */
@Entity({ schema: 'people', name: 'person_alias' })
export class PersonAliasEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('person_alias_person_idx')
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'person_alias_person_fk' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  aliasType!: string;

  @Column({ type: 'text', nullable: true })
  givenName!: string | null;

  @Column({ type: 'text' })
  familyName!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
