import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A child's statutory status over time: early help, child in need, child protection plan (with
 * CIN census category), looked after (with SSDA903 legal status), SEN support, EHC plan, disabled
 * children's service. `endedOn` null means current.
 */
@Entity({ schema: 'cases', name: 'case_status' })
@Index('case_status_person_idx', ['personId', 'startedOn'])
@Check('case_status_cp_has_category', `"status_type" <> 'child-protection-plan' OR "category" IS NOT NULL`)
@Check('case_status_lac_has_legal_status', `"status_type" <> 'looked-after' OR "legal_status" IS NOT NULL`)
export class CaseStatusEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('case_status_case_idx')
  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  statusType!: string;

  /** Child protection category (domain code, e.g. 'neglect'; each maps to its CIN census code). */
  @Column({ type: 'text', nullable: true })
  category!: string | null;

  /** Looked-after legal status (SSDA903: C1, C2, V2, …). */
  @Column({ type: 'text', nullable: true })
  legalStatus!: string | null;

  @Column({ type: 'date' })
  startedOn!: string;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;
}
