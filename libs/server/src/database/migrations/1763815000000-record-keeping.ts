import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Record keeping: why a warning ended and who ended it, a note on a withdrawal, and the person change log. */
export class RecordKeeping1763815000000 implements MigrationInterface {
  name = 'RecordKeeping1763815000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases"."warning_note" ADD "ended_reason" text`);
    await queryRunner.query(`ALTER TABLE "cases"."warning_note" ADD "ended_by_practitioner_id" uuid`);
    await queryRunner.query(`ALTER TABLE "cases"."consent" ADD "withdrawn_note" text`);
    await queryRunner.query(
      `CREATE TABLE "people"."person_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "version" integer NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "changed_by" text NOT NULL, "fields" text array NOT NULL, CONSTRAINT "PK_49537aa7590863d496e06b0fd99" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "person_change_person_version_key" ON "people"."person_change" ("person_id", "version")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "people"."person_change"`);
    await queryRunner.query(`ALTER TABLE "cases"."consent" DROP COLUMN "withdrawn_note"`);
    await queryRunner.query(`ALTER TABLE "cases"."warning_note" DROP COLUMN "ended_by_practitioner_id"`);
    await queryRunner.query(`ALTER TABLE "cases"."warning_note" DROP COLUMN "ended_reason"`);
  }
}
