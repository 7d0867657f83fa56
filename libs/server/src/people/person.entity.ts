import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * One record per person, shared by every agency (PRODUCT.md, "One record around the child").
 * Names follow the DfE Standard Safeguarding Dataset; code columns hold CIN census / SSDA903 codes.
 */
@Entity({ schema: 'people', name: 'person' })
@Check('person_birth_known_or_expected', `"date_of_birth" IS NOT NULL OR "expected_date_of_birth" IS NOT NULL`)
@Check('person_nhs_number_digits', `"nhs_number" IS NULL OR "nhs_number" ~ '^[0-9]{10}$'`)
@Check('person_upn_format', `"upn" IS NULL OR "upn" ~ '^[A-Z][0-9]{12}$|^[A-Z][0-9]{11}[A-Z]$'`)
// Search indexes the ORM cannot express (trigram / phonetic); created by migration, left alone by it.
@Index('person_search_name_trgm', { synchronize: false })
@Index('person_family_name_dmetaphone', { synchronize: false })
@Index('person_full_name_dmetaphone', { synchronize: false })
@Index('person_date_of_birth_idx', ['dateOfBirth'])
export class PersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  givenName!: string;

  @Column({ type: 'text', nullable: true })
  middleNames!: string | null;

  @Column({ type: 'text' })
  familyName!: string;

  @Column({ type: 'text', nullable: true })
  preferredName!: string | null;

  /** Lower-case, accent-free "given middle family" with aliases appended: what fuzzy search matches. */
  @Column({ type: 'text' })
  searchName!: string;

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  /** For an unborn child (pre-birth assessments, new-birth concerns). */
  @Column({ type: 'date', nullable: true })
  expectedDateOfBirth!: string | null;

  @Column({ type: 'date', nullable: true })
  dateOfDeath!: string | null;

  /** CIN census sex code: M, F, U. */
  @Column({ type: 'text' })
  sex!: string;

  @Column({ type: 'text', nullable: true })
  genderIdentity!: string | null;

  /** DfE ethnicity code, e.g. WBRI, MWBC, REFU, NOBT. */
  @Column({ type: 'text', nullable: true })
  ethnicity!: string | null;

  @Column({ type: 'text', nullable: true })
  firstLanguage!: string | null;

  @Column({ type: 'boolean', default: false })
  interpreterNeeded!: boolean;

  @Column({ type: 'text', nullable: true })
  religion!: string | null;

  /** CIN census disability codes (NONE, MOB, HAND, …, AUT, DDA). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  disabilities!: string[];

  @Index('person_nhs_number_key', { unique: true, where: '"nhs_number" IS NOT NULL' })
  @Column({ type: 'char', length: 10, nullable: true })
  nhsNumber!: string | null;

  @Index('person_upn_key', { unique: true, where: '"upn" IS NOT NULL' })
  @Column({ type: 'char', length: 13, nullable: true })
  upn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  gpPracticeId!: string | null;

  /** Restricted records are visible only to named practitioners (access.restricted_person_access). */
  @Column({ type: 'boolean', default: false })
  restricted!: boolean;

  /** Set when this record was merged into another; both histories are kept. */
  @Index('person_merged_into_idx')
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
