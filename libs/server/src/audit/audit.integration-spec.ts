import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createScratchDatabase, type ScratchDatabase } from '@childfirst/testing/scratch-database';
import { createDataSource } from '../database/data-source';
import { AuditService } from './audit.service';

describe('audit trail hash chain (real PostgreSQL)', () => {
  let database: ScratchDatabase;
  let dataSource: DataSource;
  let audit: AuditService;
  const actor = { subject: '5b0c5b1e-0000-4000-8000-000000000006', displayName: 'Tara Nguyen' };

  beforeAll(async () => {
    database = await createScratchDatabase();
    dataSource = await createDataSource({ url: database.url }).initialize();
    await dataSource.runMigrations();
    audit = new AuditService(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const entry = (resourceId: string) => ({ action: 'read' as const, resourceType: 'referral', resourceId, familyId: null, purpose: 'GET /staff/referrals/:id' });

  it('links concurrent writers into one valid chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => audit.record({ actor, requestId: `req-${i}`, at: new Date() }, [entry(`r-${i}`), entry(`r-${i}-b`)])),
    );
    expect(await audit.verifyChain(7)).toEqual({ valid: true, checked: 40, brokenAtSequence: null });
  });

  it('chains the details of an event (a search’s terms and count), whatever order jsonb keeps their keys in', async () => {
    const details = { terms: { name: 'Robin Adams', dateOfBirth: '2016-05-04' }, purpose: 'making-a-referral', purposeDetail: null, resultCount: 3 };
    await audit.record({ actor, requestId: 'req-search', at: new Date() }, [
      { action: 'read', resourceType: 'person-search', resourceId: 'search-1', familyId: null, purpose: 'Person search: Making a referral', details },
    ]);
    expect(await audit.verifyChain()).toEqual({ valid: true, checked: 41, brokenAtSequence: null });
    const [stored] = await dataSource.query(`SELECT sequence, details FROM audit.audit_event WHERE resource_id = 'search-1'`);
    expect(stored.details).toEqual(details);

    // Changing what was searched for breaks the chain; putting it back mends it.
    await dataSource.query(`ALTER TABLE audit.audit_event DISABLE TRIGGER audit_event_append_only`);
    await dataSource.query(`UPDATE audit.audit_event SET details = jsonb_set(details, '{resultCount}', '0') WHERE sequence = $1`, [stored.sequence]);
    expect(await audit.verifyChain()).toEqual({ valid: false, checked: 40, brokenAtSequence: String(stored.sequence) });
    await dataSource.query(`UPDATE audit.audit_event SET details = $2 WHERE sequence = $1`, [stored.sequence, JSON.stringify(details)]);
    await dataSource.query(`ALTER TABLE audit.audit_event ENABLE TRIGGER audit_event_append_only`);
    expect(await audit.verifyChain()).toEqual({ valid: true, checked: 41, brokenAtSequence: null });
  });

  it('detects a row edited behind the application’s back', async () => {
    // Tampering needs a superuser to lift the append-only trigger first: exactly what the chain is for.
    await dataSource.query(`ALTER TABLE audit.audit_event DISABLE TRIGGER audit_event_append_only`);
    const [{ sequence }] = await dataSource.query(`SELECT sequence FROM audit.audit_event ORDER BY sequence OFFSET 12 LIMIT 1`);
    await dataSource.query(`UPDATE audit.audit_event SET actor_name = 'Someone Else' WHERE sequence = $1`, [sequence]);
    await dataSource.query(`ALTER TABLE audit.audit_event ENABLE TRIGGER audit_event_append_only`);

    expect(await audit.verifyChain()).toEqual({ valid: false, checked: 12, brokenAtSequence: String(sequence) });
  });
});
