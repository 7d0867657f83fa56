import { helpRequestSubmissionSchema, idempotencyKeySchema, triageDecisionSchema } from './schemas';

describe('helpRequestSubmissionSchema', () => {
  const valid = { whatIsHappening: 'My son has stopped going to school since March.', preferredContact: 'email' };

  it('accepts a complete request and trims it', () => {
    const parsed = helpRequestSubmissionSchema.parse({ ...valid, whatIsHappening: `  ${valid.whatIsHappening}  ` });
    expect(parsed.whatIsHappening).toBe(valid.whatIsHappening);
  });

  it('explains a request that is too short in plain English', () => {
    const result = helpRequestSubmissionSchema.safeParse({ ...valid, whatIsHappening: 'help' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Tell us what is happening in at least 20 characters');
  });

  it('needs a phone number when the family asks to be phoned', () => {
    const result = helpRequestSubmissionSchema.safeParse({ ...valid, preferredContact: 'phone' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['contactPhone', 'Enter a phone number so we can call you'],
    ]);
    expect(helpRequestSubmissionSchema.safeParse({ ...valid, preferredContact: 'phone', contactPhone: '07700 900982' }).success).toBe(true);
  });

  it('refuses fields it does not know rather than silently storing them', () => {
    expect(helpRequestSubmissionSchema.safeParse({ ...valid, familyId: 'someone-else' }).success).toBe(false);
  });
});

describe('triageDecisionSchema', () => {
  it('accepts a known outcome with a reason', () => {
    expect(triageDecisionSchema.safeParse({ outcome: 'early-help', reason: 'Attendance concerns, family consents.' }).success).toBe(true);
  });
  it('refuses an unknown outcome', () => {
    const result = triageDecisionSchema.safeParse({ outcome: 'close', reason: 'No reason given here' });
    expect(result.error?.issues[0]?.message).toBe('Select an outcome');
  });
});

describe('idempotencyKeySchema', () => {
  it('accepts a UUID and refuses a short or odd key', () => {
    expect(idempotencyKeySchema.safeParse('3f2b0c8e-7a51-4d2c-9a0e-2b1c7d9e4f10').success).toBe(true);
    expect(idempotencyKeySchema.safeParse('abc').success).toBe(false);
    expect(idempotencyKeySchema.safeParse('has spaces in it').success).toBe(false);
  });
});
