import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import type { FamilyActor } from '@childfirst/domain/access';
import { DomainError } from '@childfirst/domain/errors';
import { DatabaseModule } from '../database/database.module';
import { TemporalClientModule } from '../temporal/temporal-client.module';
import { ReferralsModule } from './referrals.module';
import { ReferralService } from './referral.service';
import type { INestApplicationContext } from '@nestjs/common';

/** Against the stack's PostgreSQL (with the demo seed) and Temporal. */
describe('ReferralService (real PostgreSQL and Temporal)', () => {
  let app: INestApplicationContext;
  let referrals: ReferralService;
  const adams: FamilyActor = {
    subject: '5b0c5b1e-0000-4000-8000-000000000010',
    username: 'parent.adams',
    displayName: 'Jo Adams',
    roles: ['family'],
    familyId: '7d4a9c1e-0000-4000-8000-00000000a001',
  };
  const context = () => ({ requestId: randomUUID(), purpose: 'integration test', now: new Date() });
  const submission = () => ({ whatIsHappening: `We need help with our daughter's sleep and school (${randomUUID()})`, preferredContact: 'portal-message' as const });

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [DatabaseModule, TemporalClientModule, ReferralsModule] }).compile();
    app = await moduleRef.init();
    referrals = app.get(ReferralService);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('records a submission once per Idempotency-Key, even when retried concurrently', async () => {
    const key = randomUUID();
    const body = submission();
    const results = await Promise.all([1, 2, 3].map(() => referrals.submitFamilyHelpRequest(adams, body, key, context())));
    expect(new Set(results.map((r) => r.request.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('refuses the same key with a different body', async () => {
    const key = randomUUID();
    await referrals.submitFamilyHelpRequest(adams, submission(), key, context());
    await expect(referrals.submitFamilyHelpRequest(adams, submission(), key, context())).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('records a decision idempotently and refuses a conflicting one', async () => {
    const { request } = await referrals.submitFamilyHelpRequest(adams, submission(), randomUUID(), context());
    const decision = {
      referralId: request.id,
      outcome: 'signpost-universal-services' as const,
      reason: 'Parenting group at the family hub',
      decidedAt: new Date(),
      decidedBySubject: '5b0c5b1e-0000-4000-8000-000000000006',
      decidedByName: 'Tara Nguyen',
      expectedVersion: 1,
    };
    const first = await referrals.recordTriageDecision(decision);
    const retried = await referrals.recordTriageDecision(decision);
    expect(retried).toEqual(first);
    expect(first.version).toBe(2);
    const conflicting = referrals.recordTriageDecision({ ...decision, outcome: 'early-help' });
    await expect(conflicting).rejects.toBeInstanceOf(DomainError);
    await expect(conflicting).rejects.toMatchObject({ code: 'REFERRAL_ALREADY_DECIDED' });
  });
});
