import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The child-centred record: people (names, aliases, address history, households, relationships),
 * agencies (school clusters, organisations, practitioners), the family case (key worker, team
 * around the family, statuses, notes, chronology, warnings, consent) and access (restricted
 * records, grants, break-glass). Generated from the entities, plus the fuzzy-search machinery
 * TypeORM does not model: pg_trgm and fuzzystrmatch (both ship with PostgreSQL) and their indexes.
 */
export class ChildCentredRecord1763809000000 implements MigrationInterface {
  name = 'ChildCentredRecord1763809000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    for (const schema of ['agencies', 'cases', 'access']) {
      await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    }
    await queryRunner.query(`CREATE TABLE "access"."break_glass_access" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "reason" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reviewed_by_practitioner_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_outcome" text, CONSTRAINT "PK_44e3a3b4c281ed2b7d43318069f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "break_glass_access_unreviewed_idx" ON "access"."break_glass_access"("opened_at") WHERE "reviewed_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "break_glass_access_practitioner_case_idx" ON "access"."break_glass_access"("practitioner_id", "case_id", "expires_at") `);
    await queryRunner.query(`CREATE TABLE "access"."case_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "reason" text NOT NULL, "granted_by_practitioner_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_099837be684b0d346c58aed645b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_grant_practitioner_case_idx" ON "access"."case_grant"("practitioner_id", "case_id") `);
    await queryRunner.query(`CREATE TABLE "access"."restricted_person_access" ("person_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "granted_by_practitioner_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57ec13129136951de1aa61a979a" PRIMARY KEY ("person_id", "practitioner_id"))`);
    await queryRunner.query(`CREATE TABLE "agencies"."school_cluster" ("id" uuid NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_5746c7a8e878d242bb44647627f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "school_cluster_name_key" ON "agencies"."school_cluster"("name") `);
    await queryRunner.query(`CREATE TABLE "agencies"."organisation" ("id" uuid NOT NULL, "agency" text NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "code" text, "school_cluster_id" uuid, "postcode" text, CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisation_code_key" ON "agencies"."organisation"("code") WHERE "code" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "organisation_school_cluster_idx" ON "agencies"."organisation"("school_cluster_id") `);
    await queryRunner.query(`CREATE INDEX "organisation_kind_name_idx" ON "agencies"."organisation"("kind", "name") `);
    await queryRunner.query(`CREATE TABLE "agencies"."practitioner" ("id" uuid NOT NULL, "subject" uuid, "display_name" text NOT NULL, "agency" text NOT NULL, "team_id" uuid NOT NULL, "job_role" text NOT NULL, "email" text, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_6e23eae1429fc2e897d9eebac42" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "practitioner_subject_key" ON "agencies"."practitioner"("subject") WHERE "subject" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "practitioner_team_idx" ON "agencies"."practitioner"("team_id") `);
    await queryRunner.query(`CREATE TABLE "cases"."case_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "person_ids" uuid array NOT NULL DEFAULT '{}', "author_practitioner_id" uuid NOT NULL, "agency" text NOT NULL, "note_type" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "body" text NOT NULL, "sensitivity" text NOT NULL DEFAULT 'standard', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b0442af3f3d9273fb63d2799a2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_note_case_idx" ON "cases"."case_note"("case_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "cases"."case_status" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status_type" text NOT NULL, "category" text, "legal_status" text, "started_on" date NOT NULL, "ended_on" date, CONSTRAINT "case_status_lac_has_legal_status" CHECK ("status_type" <> 'looked-after' OR "legal_status" IS NOT NULL), CONSTRAINT "case_status_cp_has_category" CHECK ("status_type" <> 'child-protection-plan' OR "category" IS NOT NULL), CONSTRAINT "PK_d1e8f9429cdd7e287a17d5f859e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_status_case_idx" ON "cases"."case_status"("case_id") `);
    await queryRunner.query(`CREATE INDEX "case_status_person_idx" ON "cases"."case_status"("person_id", "started_on") `);
    await queryRunner.query(`CREATE TABLE "cases"."chronology_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "person_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "agency" text NOT NULL, "event_type" text NOT NULL, "summary" text NOT NULL, "significance" text NOT NULL DEFAULT 'significant', "source" text NOT NULL, "source_ref" text, "sensitivity" text NOT NULL DEFAULT 'standard', "recorded_by_practitioner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_75dcf22d728bddb1a252bc45598" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "chronology_entry_person_idx" ON "cases"."chronology_entry"("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "chronology_entry_source_ref_key" ON "cases"."chronology_entry"("source_ref") WHERE "source_ref" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "chronology_entry_case_idx" ON "cases"."chronology_entry"("case_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "cases"."consent_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "agency" text NOT NULL, "legal_basis" text NOT NULL, "reason" text NOT NULL, "recorded_by_practitioner_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f3dcfde31e524b37bf2e0ed9206" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "consent_override_case_agency_idx" ON "cases"."consent_override"("case_id", "agency") `);
    await queryRunner.query(`CREATE TABLE "cases"."consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family_id" uuid NOT NULL, "person_id" uuid, "agency" text NOT NULL, "purpose" text NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" text NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "consent_family_agency_idx" ON "cases"."consent"("family_id", "agency") `);
    await queryRunner.query(`CREATE TABLE "cases"."family_case" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "key_worker_id" uuid, "allocated_team_id" uuid, "status" text NOT NULL, "opened_on" date NOT NULL, "closed_on" date, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "family_case_status_known" CHECK ("status" IN ('open', 'closed')), CONSTRAINT "PK_b3bc66421da90bba9dd2db8bd86" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "family_case_family_key" ON "cases"."family_case"("family_id") `);
    await queryRunner.query(`CREATE INDEX "family_case_key_worker_idx" ON "cases"."family_case"("key_worker_id") `);
    await queryRunner.query(`CREATE INDEX "family_case_allocated_team_idx" ON "cases"."family_case"("allocated_team_id") `);
    await queryRunner.query(`CREATE TABLE "cases"."team_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "case_role" text NOT NULL, "joined_on" date NOT NULL, "left_on" date, CONSTRAINT "PK_649680684d72a20d279641469c5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "team_member_practitioner_idx" ON "cases"."team_member"("practitioner_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "team_member_active_key" ON "cases"."team_member"("case_id", "practitioner_id") WHERE "left_on" IS NULL`);
    await queryRunner.query(`CREATE TABLE "cases"."warning_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "warning_type" text NOT NULL, "description" text NOT NULL, "review_on" date NOT NULL, "person_told" text NOT NULL, "person_not_told_reason" text, "recorded_by_practitioner_id" uuid NOT NULL, "signed_off_by_practitioner_id" uuid, "signed_off_at" TIMESTAMP WITH TIME ZONE, "ended_on" date, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33a5f9baa66283f63dce16126a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "warning_note_person_idx" ON "cases"."warning_note"("person_id") `);
    await queryRunner.query(`CREATE TABLE "people"."person" ("id" uuid NOT NULL, "given_name" text NOT NULL, "middle_names" text, "family_name" text NOT NULL, "preferred_name" text, "search_name" text NOT NULL, "date_of_birth" date, "expected_date_of_birth" date, "date_of_death" date, "sex" text NOT NULL, "gender_identity" text, "ethnicity" text, "first_language" text, "interpreter_needed" boolean NOT NULL DEFAULT false, "religion" text, "disabilities" text array NOT NULL DEFAULT '{}', "nhs_number" character(10), "upn" character(13), "school_id" uuid, "gp_practice_id" uuid, "restricted" boolean NOT NULL DEFAULT false, "merged_into_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "person_upn_format" CHECK ("upn" IS NULL OR "upn" ~ '^[A-Z][0-9]{12}$|^[A-Z][0-9]{11}[A-Z]$'), CONSTRAINT "person_nhs_number_digits" CHECK ("nhs_number" IS NULL OR "nhs_number" ~ '^[0-9]{10}$'), CONSTRAINT "person_birth_known_or_expected" CHECK ("date_of_birth" IS NOT NULL OR "expected_date_of_birth" IS NOT NULL), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "person_nhs_number_key" ON "people"."person"("nhs_number") WHERE "nhs_number" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "person_upn_key" ON "people"."person"("upn") WHERE "upn" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "person_merged_into_idx" ON "people"."person"("merged_into_id") `);
    await queryRunner.query(`CREATE INDEX "person_date_of_birth_idx" ON "people"."person"("date_of_birth") `);
    await queryRunner.query(`CREATE TABLE "people"."address" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "line1" text NOT NULL, "line2" text, "town" text NOT NULL, "postcode" text NOT NULL, "moved_in_on" date NOT NULL, "moved_out_on" date, "confidential" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "address_period_ordered" CHECK ("moved_out_on" IS NULL OR "moved_out_on" >= "moved_in_on"), CONSTRAINT "PK_d92de1f82754668b5f5f5dd4fd5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "address_person_idx" ON "people"."address"("person_id") `);
    await queryRunner.query(`CREATE INDEX "address_postcode_idx" ON "people"."address"("postcode") `);
    await queryRunner.query(`CREATE TABLE "people"."family_member" ("family_id" uuid NOT NULL, "person_id" uuid NOT NULL, "member_role" text NOT NULL, "joined_on" date, "left_on" date, CONSTRAINT "PK_7e7d62ba06d4e64518d745a6f2a" PRIMARY KEY ("family_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "family_member_person_idx" ON "people"."family_member"("person_id") `);
    await queryRunner.query(`CREATE TABLE "people"."person_alias" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "alias_type" text NOT NULL, "given_name" text, "family_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d366e72b84decfa51e7fa638bc0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "person_alias_person_idx" ON "people"."person_alias"("person_id") `);
    await queryRunner.query(`CREATE TABLE "people"."relationship" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "related_person_id" uuid NOT NULL, "relationship_type" text NOT NULL, "started_on" date, "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "relationship_once" UNIQUE ("person_id", "related_person_id", "relationship_type"), CONSTRAINT "relationship_not_self" CHECK ("person_id" <> "related_person_id"), CONSTRAINT "PK_67eb56a3f16da3d901a8ae446a6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "relationship_related_person_idx" ON "people"."relationship"("related_person_id") `);
    await queryRunner.query(`ALTER TABLE "agencies"."organisation" ADD CONSTRAINT "organisation_school_cluster_fk" FOREIGN KEY ("school_cluster_id") REFERENCES "agencies"."school_cluster"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agencies"."practitioner" ADD CONSTRAINT "practitioner_team_fk" FOREIGN KEY ("team_id") REFERENCES "agencies"."organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cases"."family_case" ADD CONSTRAINT "family_case_family_fk" FOREIGN KEY ("family_id") REFERENCES "people"."family"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cases"."family_case" ADD CONSTRAINT "family_case_key_worker_fk" FOREIGN KEY ("key_worker_id") REFERENCES "agencies"."practitioner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cases"."team_member" ADD CONSTRAINT "team_member_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"."family_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cases"."team_member" ADD CONSTRAINT "team_member_practitioner_fk" FOREIGN KEY ("practitioner_id") REFERENCES "agencies"."practitioner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "people"."address" ADD CONSTRAINT "address_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "people"."family_member" ADD CONSTRAINT "family_member_family_fk" FOREIGN KEY ("family_id") REFERENCES "people"."family"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "people"."family_member" ADD CONSTRAINT "family_member_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "people"."person_alias" ADD CONSTRAINT "person_alias_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "people"."relationship" ADD CONSTRAINT "relationship_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"."person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "people"."relationship" ADD CONSTRAINT "relationship_related_person_fk" FOREIGN KEY ("related_person_id") REFERENCES "people"."person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Name search with typos (trigram similarity) and sound-alikes (double metaphone of the family
    // name, with date of birth for the common "name + DOB" search).
    await queryRunner.query(`CREATE INDEX "person_search_name_trgm" ON "people"."person" USING gin ("search_name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "person_family_name_dmetaphone" ON "people"."person" (dmetaphone("family_name"), "date_of_birth")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['people.relationship', 'people.person_alias', 'people.family_member', 'people.address', 'people.person']) {
      await queryRunner.query(`DROP TABLE "${table.split('.')[0]}"."${table.split('.')[1]}" CASCADE`);
    }
    for (const schema of ['access', 'cases', 'agencies']) {
      await queryRunner.query(`DROP SCHEMA "${schema}" CASCADE`);
    }
  }
}
