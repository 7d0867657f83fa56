import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name-alone search by sound-alikes: both double-metaphone keys in one index, so "Sarah Davies"
 * (and "Sara Daviess") is an index lookup instead of computing the given-name key for every
 * namesake of the family name (BENCHMARKS.md, person search, name alone).
 */
export class PersonPhoneticIndex1763814000000 implements MigrationInterface {
  name = 'PersonPhoneticIndex1763814000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "person_full_name_dmetaphone" ON "people"."person" (dmetaphone("family_name"), dmetaphone("given_name"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "people"."person_full_name_dmetaphone"`);
  }
}
