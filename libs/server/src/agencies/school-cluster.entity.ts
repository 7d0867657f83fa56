import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Services are clustered around school communities (PRODUCT.md promise 6). */
@Entity({ schema: 'agencies', name: 'school_cluster' })
export class SchoolClusterEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('school_cluster_name_key', { unique: true })
  @Column({ type: 'text' })
  name!: string;
}
