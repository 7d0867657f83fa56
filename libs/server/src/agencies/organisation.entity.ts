import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SchoolClusterEntity } from './school-cluster.entity';

/**
 * Schools, the virtual school, social care teams, health-visiting teams, GP practices, hospitals,
 * police units, voluntary organisations and housing teams: every agency's units in one table.
 */
@Entity({ schema: 'agencies', name: 'organisation' })
@Index('organisation_kind_name_idx', ['kind', 'name'])
export class OrganisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** education | social-care | health | police | voluntary | housing */
  @Column({ type: 'text' })
  agency!: string;

  /** school | virtual-school | social-care-team | health-visiting-team | gp-practice | … */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The national code where one exists: URN for schools, ODS code for GP practices. */
  @Index('organisation_code_key', { unique: true, where: '"code" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  code!: string | null;

  @Index('organisation_school_cluster_idx')
  @Column({ type: 'uuid', nullable: true })
  schoolClusterId!: string | null;

  @ManyToOne(() => SchoolClusterEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'school_cluster_id', foreignKeyConstraintName: 'organisation_school_cluster_fk' })
  schoolCluster?: SchoolClusterEntity | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;
}
