import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Involvements: which agencies are working with which member of the family, over time. */
export class Involvement1763813000000 implements MigrationInterface {
  name = 'Involvement1763813000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cases"."involvement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "practitioner_id" uuid, "description" text NOT NULL, "started_on" date NOT NULL, "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ba245aa0ab9f1aca6c5e2f7b5c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "involvement_person_idx" ON "cases"."involvement" ("person_id")`);
    await queryRunner.query(`CREATE INDEX "involvement_case_idx" ON "cases"."involvement" ("case_id", "started_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cases"."involvement"`);
  }
}
