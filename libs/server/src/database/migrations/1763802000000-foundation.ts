import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: families and their portal accounts, referrals (the front door), statutory
 * deadlines and the audit trail. Generated from the entities (apps/api/src/database/print-schema-diff.ts)
 * plus what TypeORM does not model: the schemas per context and the append-only audit guard.
 */
export class Foundation1763802000000 implements MigrationInterface {
  name = 'Foundation1763802000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const schema of ['people', 'referrals', 'clocks', 'audit']) {
      await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    }
    await queryRunner.query(`CREATE TABLE "audit"."audit_event" ("sequence" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_subject" text NOT NULL, "actor_name" text NOT NULL, "action" text NOT NULL, "resource_type" text NOT NULL, "resource_id" text NOT NULL, "family_id" uuid, "purpose" text NOT NULL, "request_id" text, "previous_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_66828d3e1b4bbb935f84fdf5447" PRIMARY KEY ("sequence"))`);
    await queryRunner.query(`CREATE INDEX "audit_event_family_idx" ON "audit"."audit_event"("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_event_hash_key" ON "audit"."audit_event"("hash") `);
    await queryRunner.query(`CREATE INDEX "audit_event_resource_idx" ON "audit"."audit_event"("resource_type", "resource_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "clocks"."statutory_deadline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rule_id" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "start_event" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "escalate_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, "overdue_recorded_at" TIMESTAMP WITH TIME ZONE, "met_at" TIMESTAMP WITH TIME ZONE, "missed_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "statutory_deadline_rule_subject" UNIQUE ("rule_id", "subject_type", "subject_id"), CONSTRAINT "PK_75fc8bc4176b7b2eb674a754e08" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "people"."family" ("id" uuid NOT NULL, "reference" text NOT NULL, "family_name" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba386a5a59c3de8593cda4e5626" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "family_reference_key" ON "people"."family"("reference") `);
    await queryRunner.query(`CREATE TABLE "people"."family_account" ("subject" uuid NOT NULL, "family_id" uuid NOT NULL, "display_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c95dcaef799f480c7469b8a4bcd" PRIMARY KEY ("subject"))`);
    await queryRunner.query(`CREATE INDEX "family_account_family_idx" ON "people"."family_account"("family_id") `);
    await queryRunner.query(`CREATE TABLE "referrals"."referral" ("id" uuid NOT NULL, "family_id" uuid, "source" text NOT NULL, "what_is_happening" text NOT NULL, "help_wanted" text, "preferred_contact" text NOT NULL, "contact_phone" text, "status" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_by_subject" uuid NOT NULL, "idempotency_key" text NOT NULL, "submission_fingerprint" text NOT NULL, "workflow_id" text NOT NULL, "outcome" text, "decision_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_subject" uuid, "decided_by_name" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "referral_submission_idempotency" UNIQUE ("submitted_by_subject", "idempotency_key"), CONSTRAINT "referral_decided_has_outcome" CHECK (("status" = 'decided') = ("outcome" IS NOT NULL AND "decided_at" IS NOT NULL)), CONSTRAINT "referral_status_known" CHECK ("status" IN ('awaiting-decision', 'decided')), CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "referral_family_idx" ON "referrals"."referral"("family_id") `);
    await queryRunner.query(`CREATE INDEX "referral_queue_idx" ON "referrals"."referral"("status", "received_at") `);
    await queryRunner.query(`ALTER TABLE "people"."family_account" ADD CONSTRAINT "family_account_family_fk" FOREIGN KEY ("family_id") REFERENCES "people"."family"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals"."referral" ADD CONSTRAINT "referral_family_fk" FOREIGN KEY ("family_id") REFERENCES "people"."family"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The audit trail is append-only (PRODUCT.md, "Audit"): the database refuses edits and deletes
    // even from the application's own role; the hash chain detects anything done around this.
    await queryRunner.query(`CREATE FUNCTION "audit"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit.audit_event is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit"."audit_event"
      FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_change"()`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit"."audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit"."refuse_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const schema of ['audit', 'clocks', 'referrals', 'people']) {
      await queryRunner.query(`DROP SCHEMA "${schema}" CASCADE`);
    }
  }
}
