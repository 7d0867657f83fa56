import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One chronology around the child from every agency: entries written automatically from recorded
 * events (`source = 'automatic'`, `sourceRef` names the event, unique so replays add nothing) and
 * entries curated by practitioners.
 */
@Entity({ schema: 'cases', name: 'chronology_entry' })
@Index('chronology_entry_case_idx', ['caseId', 'occurredAt'])
@Index('chronology_entry_source_ref_key', ['sourceRef'], { unique: true, where: '"source_ref" IS NOT NULL' })
export class ChronologyEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Index('chronology_entry_person_idx')
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  agency!: string;

  @Column({ type: 'text' })
  eventType!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** significant | routine */
  @Column({ type: 'text', default: 'significant' })
  significance!: string;

  /** automatic | curated */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text', nullable: true })
  sourceRef!: string | null;

  @Column({ type: 'text', default: 'standard' })
  sensitivity!: string;

  @Column({ type: 'uuid', nullable: true })
  recordedByPractitionerId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
