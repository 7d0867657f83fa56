import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Audit events carry details the purpose alone does not say: a person search's terms and how many it found. */
export class AuditDetails1763818500000 implements MigrationInterface {
  name = 'AuditDetails1763818500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit"."audit_event" ADD "details" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit"."audit_event" DROP COLUMN "details"`);
  }
}
