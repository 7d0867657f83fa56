import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who each conversation is for (docs/family-disclosure.md): the one account that started it or
 * that staff addressed, and whether the family or staff started it. Existing conversations started
 * by a family account become that account's own.
 */
export class FamilyDisclosure1763818000000 implements MigrationInterface {
  name = 'FamilyDisclosure1763818000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "portal"."message_thread" ADD "audience_subject" uuid`);
    await queryRunner.query(`ALTER TABLE "portal"."message_thread" ADD "started_by" text NOT NULL DEFAULT 'staff'`);
    await queryRunner.query(`ALTER TABLE "portal"."message_thread" ADD CONSTRAINT "message_thread_started_by_known" CHECK ("started_by" IN ('family', 'staff'))`);
    await queryRunner.query(
      `UPDATE "portal"."message_thread" t SET "started_by" = 'family', "audience_subject" = first."sender_subject"
         FROM (SELECT DISTINCT ON ("thread_id") "thread_id", "sender_kind", "sender_subject" FROM "portal"."message" ORDER BY "thread_id", "sent_at") first
        WHERE first."thread_id" = t."id" AND first."sender_kind" = 'family'`,
    );
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "family_told_by" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referrals"."referral" DROP COLUMN "family_told_by"`);
    await queryRunner.query(`ALTER TABLE "portal"."message_thread" DROP CONSTRAINT "message_thread_started_by_known"`);
    await queryRunner.query(`ALTER TABLE "portal"."message_thread" DROP COLUMN "started_by"`);
    await queryRunner.query(`ALTER TABLE "portal"."message_thread" DROP COLUMN "audience_subject"`);
  }
}
