import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createScratchDatabase, type ScratchDatabase } from '@childfirst/testing/scratch-database';
import { createDataSource } from './data-source';
import { pendingSchemaChanges } from './schema-diff';

describe('migrations (real PostgreSQL)', () => {
  let database: ScratchDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createScratchDatabase();
    dataSource = await createDataSource({ url: database.url }).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('build the whole schema from an empty database, exactly as the entities describe it', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied.length).toBeGreaterThan(0);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('are not applied twice', async () => {
    expect(await dataSource.runMigrations()).toEqual([]);
  });

  it('make the audit trail append-only in the database itself', async () => {
    await dataSource.query(
      `INSERT INTO audit.audit_event (occurred_at, actor_subject, actor_name, action, resource_type, resource_id, purpose, previous_hash, hash)
       VALUES (now(), 's', 'n', 'read', 'referral', 'r', 'test', 'p', 'h')`,
    );
    await expect(dataSource.query(`UPDATE audit.audit_event SET actor_name = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit.audit_event`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`TRUNCATE audit.audit_event`)).rejects.toThrow(/append-only/);
  });

  it('refuse a decided referral without an outcome', async () => {
    await dataSource.query(`INSERT INTO people.family (id, reference, family_name, version) VALUES ('00000000-0000-4000-8000-000000000001', 'FAM-X', 'X', 1)`);
    const insert = dataSource.query(
      `INSERT INTO referrals.referral (id, family_id, source, what_is_happening, preferred_contact, status, received_at, submitted_by_subject, idempotency_key, submission_fingerprint, workflow_id, version)
       VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000001', 'family-self', 'text', 'email', 'decided', now(), gen_random_uuid(), 'k', 'f', 'w', 1)`,
    );
    await expect(insert).rejects.toThrow(/referral_decided_has_outcome/);
  });
});
