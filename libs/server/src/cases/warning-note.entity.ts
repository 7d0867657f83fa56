import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A warning for staff safety about a person, with its review date, whether they were told, and sign-off. */
@Entity({ schema: 'cases', name: 'warning_note' })
export class WarningNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('warning_note_person_idx')
  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  warningType!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'date' })
  reviewOn!: string;

  /** yes | no | not-yet */
  @Column({ type: 'text' })
  personTold!: string;

  @Column({ type: 'text', nullable: true })
  personNotToldReason!: string | null;

  @Column({ type: 'uuid' })
  recordedByPractitionerId!: string;

  @Column({ type: 'uuid', nullable: true })
  signedOffByPractitionerId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedOffAt!: Date | null;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  endedReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  endedByPractitionerId!: string | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
