import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The front door: intake from every source, subjects, information requests, links, prevention alerts, notifications. */
export class FrontDoor1763816000000 implements MigrationInterface {
  name = 'FrontDoor1763816000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "referrals"."referral_subject" ("id" uuid NOT NULL, "referral_id" uuid NOT NULL, "person_id" uuid, "details" jsonb NOT NULL, "matched_at" TIMESTAMP WITH TIME ZONE, "matched_by" text, CONSTRAINT "PK_d9f12d17bf9887804f14e58091c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "referral_subject_referral_idx" ON "referrals"."referral_subject"  ("referral_id") `);
    await queryRunner.query(`CREATE INDEX "referral_subject_person_idx" ON "referrals"."referral_subject"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "referrals"."information_request" ("id" uuid NOT NULL, "referral_id" uuid NOT NULL, "agency" text NOT NULL, "question" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "requested_by" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "escalate_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "chased_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by" text, "response" jsonb, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "information_request_referral_agency" UNIQUE ("referral_id", "agency"), CONSTRAINT "PK_22ee58c0e1303385ecf6cda545d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "information_request_open_idx" ON "referrals"."information_request"  ("agency", "status", "due_at") `);
    await queryRunner.query(`CREATE TABLE "referrals"."referral_link" ("referral_id" uuid NOT NULL, "related_referral_id" uuid NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_79bb792c86a336d274b7bb564ac" PRIMARY KEY ("referral_id", "related_referral_id"))`);
    await queryRunner.query(`CREATE TABLE "referrals"."prevention_alert" ("id" uuid NOT NULL, "person_id" uuid NOT NULL, "agencies" text array NOT NULL, "referral_ids" uuid array NOT NULL, "first_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_at" TIMESTAMP WITH TIME ZONE NOT NULL, "window_days" integer NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by" text, CONSTRAINT "PK_bd661f58e74a45c719ccb21e045" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "prevention_alert_person_idx" ON "referrals"."prevention_alert"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "referrals"."notification" ("id" uuid NOT NULL, "referral_id" uuid, "kind" text NOT NULL, "recipient" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notification_referral_idx" ON "referrals"."notification"  ("referral_id") `);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "workflow_type" text NOT NULL DEFAULT 'referralTriageWorkflow'`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "intake_channel" text NOT NULL DEFAULT 'family-self'`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "concerns" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "urgency" text`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "intake_consent" jsonb`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "referrer" jsonb`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "external_reference" text`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "rag" text`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "rag_set_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "re_referral_of_id" uuid`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "assigned_to_practitioner_id" uuid`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "key_worker_practitioner_id" uuid`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "signpost_services" text`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "referrer_told_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD "family_told_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ALTER COLUMN "preferred_contact" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "clocks"."statutory_deadline" ADD "pauses" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clocks"."statutory_deadline" DROP COLUMN "pauses"`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ALTER COLUMN "preferred_contact" SET NOT NULL`);
    for (const column of ['family_told_at', 'referrer_told_at', 'signpost_services', 'key_worker_practitioner_id', 'assigned_to_practitioner_id', 're_referral_of_id', 'acknowledged_at', 'rag_set_at', 'rag', 'external_reference', 'referrer', 'intake_consent', 'urgency', 'concerns', 'intake_channel', 'workflow_type']) {
      await queryRunner.query(`ALTER TABLE "referrals"."referral" DROP COLUMN "${column}"`);
    }
    for (const table of ['notification', 'prevention_alert', 'referral_link', 'information_request', 'referral_subject']) {
      await queryRunner.query(`DROP TABLE "referrals"."${table}"`);
    }
  }
}
