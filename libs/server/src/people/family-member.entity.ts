import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FamilyEntity } from './family.entity';
import { PersonEntity } from './person.entity';

/** Who belongs to a family / household, and as what. A person may be in more than one over time. */
@Entity({ schema: 'people', name: 'family_member' })
export class FamilyMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  familyId!: string;

  @Index('family_member_person_idx')
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => FamilyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id', foreignKeyConstraintName: 'family_member_family_fk' })
  family?: FamilyEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'family_member_person_fk' })
  person?: PersonEntity;

  /** 'child' | 'adult': whom the case is about, and who cares for them. */
  @Column({ type: 'text' })
  memberRole!: string;

  @Column({ type: 'date', nullable: true })
  joinedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;
}
