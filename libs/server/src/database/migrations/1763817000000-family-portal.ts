import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The family portal: invitations, messages and attachments, documents, views, appointments, practitioners' contact details. */
export class FamilyPortal1763817000000 implements MigrationInterface {
  name = 'FamilyPortal1763817000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "portal"`);
    await queryRunner.query(`CREATE TABLE "portal"."invitation" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "person_id" uuid NOT NULL, "account_kind" text NOT NULL, "code_hash" text NOT NULL, "created_by_practitioner_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "used_by_subject" uuid, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_code_hash_key" ON "portal"."invitation"  ("code_hash") `);
    await queryRunner.query(`CREATE TABLE "portal"."message_thread" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "owner_person_id" uuid, "subject" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_11cb07b9ecf8cb247c5e2dc86ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "message_thread_family_idx" ON "portal"."message_thread"  ("family_id") `);
    await queryRunner.query(`CREATE TABLE "portal"."message" ("id" uuid NOT NULL, "thread_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sender_kind" text NOT NULL, "sender_subject" uuid NOT NULL, "sender_name" text NOT NULL, "body" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ba01f0a3e0123651915008bc578" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "message_thread_sent_idx" ON "portal"."message"  ("thread_id", "sent_at") `);
    await queryRunner.query(`CREATE TABLE "portal"."attachment" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "uploaded_by_subject" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "content" bytea NOT NULL, "message_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "attachment_family_idx" ON "portal"."attachment"  ("family_id") `);
    await queryRunner.query(`CREATE INDEX "attachment_message_idx" ON "portal"."attachment"  ("message_id") `);
    await queryRunner.query(`CREATE TABLE "portal"."document" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "attachment_id" uuid NOT NULL, "title" text NOT NULL, "uploaded_by_subject" uuid NOT NULL, "uploaded_by_name" text NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "document_family_idx" ON "portal"."document"  ("family_id") `);
    await queryRunner.query(`CREATE TABLE "portal"."family_view" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "speaker" text NOT NULL, "about_person_id" uuid, "topic" text NOT NULL, "text" text NOT NULL, "recorded_by_subject" uuid NOT NULL, "recorded_by_name" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ae73218169ee5bca0908b3eee88" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "family_view_family_idx" ON "portal"."family_view"  ("family_id") `);
    await queryRunner.query(`CREATE TABLE "cases"."appointment" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "title" text NOT NULL, "location" text, "with_practitioner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e8be1a53027415e709ce8a2db74" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "appointment_case_idx" ON "cases"."appointment"  ("case_id", "starts_at") `);
    await queryRunner.query(`ALTER TABLE "agencies"."practitioner" ADD "phone" text`);
    await queryRunner.query(`ALTER TABLE "agencies"."practitioner" ADD "availability" text`);
    await queryRunner.query(`ALTER TABLE "agencies"."practitioner" ADD "cover_practitioner_id" uuid`);
    await queryRunner.query(`ALTER TABLE "people"."family_account" ADD "person_id" uuid`);
    await queryRunner.query(`ALTER TABLE "people"."family_account" ADD "account_kind" text NOT NULL DEFAULT 'parent'`);
    await queryRunner.query(`ALTER TABLE "people"."family_account" ADD "email" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cases"."appointment"`);
    for (const column of ['cover_practitioner_id', 'availability', 'phone']) await queryRunner.query(`ALTER TABLE "agencies"."practitioner" DROP COLUMN "${column}"`);
    for (const column of ['email', 'account_kind', 'person_id']) await queryRunner.query(`ALTER TABLE "people"."family_account" DROP COLUMN "${column}"`);
    await queryRunner.query(`DROP SCHEMA "portal" CASCADE`);
  }
}
