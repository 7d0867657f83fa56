import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A case note or contact recorded by any agency; `sensitivity` drives field-level visibility. */
@Entity({ schema: 'cases', name: 'case_note' })
@Index('case_note_case_idx', ['caseId', 'occurredAt'])
export class CaseNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** The children and adults the note is about. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  personIds!: string[];

  @Column({ type: 'uuid' })
  authorPractitionerId!: string;

  @Column({ type: 'text' })
  agency!: string;

  @Column({ type: 'text' })
  noteType!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  body!: string;

  /** standard | third-party | police-intelligence | confidential-address */
  @Column({ type: 'text', default: 'standard' })
  sensitivity!: string;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
