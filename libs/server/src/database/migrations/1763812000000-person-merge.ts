import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The merge log: merges keep both records and say who merged them, when and why. */
export class PersonMerge1763812000000 implements MigrationInterface {
  name = 'PersonMerge1763812000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "people"."person_merge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "merged_person_id" uuid NOT NULL, "into_person_id" uuid NOT NULL, "reason" text NOT NULL, "merged_by" text NOT NULL, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f8d71f886ba46df618c420db414" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "person_merge_merged_person_key" ON "people"."person_merge" ("merged_person_id")`);
    await queryRunner.query(`CREATE INDEX "person_merge_into_person_idx" ON "people"."person_merge" ("into_person_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "people"."person_merge"`);
  }
}
