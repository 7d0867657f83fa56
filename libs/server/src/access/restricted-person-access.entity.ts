import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The named practitioners who may see a restricted person record (PRODUCT.md, "Access rules"). */
@Entity({ schema: 'access', name: 'restricted_person_access' })
export class RestrictedPersonAccessEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'uuid' })
  practitionerId!: string;

  @Column({ type: 'uuid' })
  grantedByPractitionerId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
