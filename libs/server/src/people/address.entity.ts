import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** Address history: one row per period at an address; `movedOutOn` null means current. */
@Entity({ schema: 'people', name: 'address' })
@Check('address_period_ordered', `"moved_out_on" IS NULL OR "moved_out_on" >= "moved_in_on"`)
export class AddressEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('address_person_idx')
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'address_person_fk' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  line1!: string;

  @Column({ type: 'text', nullable: true })
  line2!: string | null;

  @Column({ type: 'text' })
  town!: string;

  /** Normalised "SG1 1AA". */
  @Index('address_postcode_idx')
  @Column({ type: 'text' })
  postcode!: string;

  @Column({ type: 'date' })
  movedInOn!: string;

  @Column({ type: 'date', nullable: true })
  movedOutOn!: string | null;

  /** A confidential address (e.g. a refuge) is a sensitive field: hidden from most who see the record. */
  @Column({ type: 'boolean', default: false })
  confidential!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
