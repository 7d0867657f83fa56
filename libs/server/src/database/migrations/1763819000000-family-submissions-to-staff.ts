import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the family shares reaches staff: who on the staff side first read each document and view, and the key worker's e-mails about them. */
export class FamilySubmissionsToStaff1763819000000 implements MigrationInterface {
  name = 'FamilySubmissionsToStaff1763819000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "portal"."staff_reading" ("item_kind" text NOT NULL, "item_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_by_subject" uuid NOT NULL, "read_by_name" text NOT NULL, "read_by_practitioner_id" uuid, CONSTRAINT "PK_725124e72e5bb6c18607959bcda" PRIMARY KEY ("item_kind", "item_id"))`);
    await queryRunner.query(`CREATE TABLE "portal"."key_worker_notice" ("item_kind" text NOT NULL, "item_id" uuid NOT NULL, "family_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b7ae71adad425864e0513b65847" PRIMARY KEY ("item_kind", "item_id"))`);
    await queryRunner.query(`CREATE INDEX "key_worker_notice_family_idx" ON "portal"."key_worker_notice"  ("family_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "portal"."key_worker_notice"`);
    await queryRunner.query(`DROP TABLE "portal"."staff_reading"`);
  }
}
