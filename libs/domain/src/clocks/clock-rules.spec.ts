import { clockRuleSchema, clockRules, clockRulesById, getClockRule, type ClockRule } from './clock-rules';

describe('clock rules catalogue', () => {
  it.each([
    ['referral.decision', 1, 'working-days', 'referral.received', 0.75],
    ['referral.rag.red', 4, 'hours', 'referral.initial-decision-made', 0.75],
    ['referral.rag.amber', 24, 'hours', 'referral.initial-decision-made', 0.75],
    ['referral.rag.green', 72, 'hours', 'referral.initial-decision-made', 0.75],
    ['assessment.child-and-family', 45, 'working-days', 'referral.received', 0.8],
    ['child-protection.initial-conference', 15, 'working-days', 'child-protection.s47-strategy-discussion-held', 0.8],
    ['child-protection.first-core-group', 10, 'working-days', 'child-protection.initial-conference-held', 0.8],
    ['ehc.decision-to-assess', 6, 'weeks', 'ehc.assessment-requested', 0.8],
    ['ehc.final-plan', 20, 'weeks', 'ehc.assessment-requested', 0.8],
    ['missing.return-home-interview', 72, 'hours', 'missing.returned', 0.75],
    ['serious-incident.notify', 5, 'working-days', 'serious-incident.became-aware', 0.8],
  ] as const)('%s: %i %s from %s, escalating at %d', (id, amount, unit, startsAt, fraction) => {
    const rule = getClockRule(id);
    expect(rule.duration).toEqual({ amount, unit });
    expect(rule.startsAt).toBe(startsAt);
    expect(rule.escalateAtFraction).toBe(fraction);
  });

  it('every rule is valid against clockRuleSchema and names a legal source', () => {
    for (const rule of clockRules) {
      const result = clockRuleSchema.safeParse(rule);
      expect(result.success ? rule.id : result.error.issues).toBe(rule.id);
    }
  });

  it('ids are unique and the index holds every rule', () => {
    const ids = clockRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(clockRulesById).sort()).toEqual([...ids].sort());
  });

  it('cites Working Together for the safeguarding clocks and the SEND Regulations for the EHC clocks', () => {
    expect(getClockRule('child-protection.initial-conference').legalSource).toMatch(/Working Together to Safeguard Children 2023/);
    expect(getClockRule('ehc.final-plan').legalSource).toMatch(/SI 2014\/1530.*reg\. 13/);
    expect(getClockRule('serious-incident.notify').legalSource).toMatch(/Children Act 2004, s\.16C/);
    expect(getClockRule('referral.rag.red').legalSource).toMatch(/Local practice/);
  });
});

describe('clockRuleSchema', () => {
  const valid: ClockRule = {
    id: 'referral.rag.purple',
    process: 'referral',
    step: 'A local clock',
    duration: { amount: 2, unit: 'hours' },
    startsAt: 'referral.initial-decision-made',
    escalateAtFraction: 0.5,
    legalSource: 'Local practice',
  };

  it('accepts a well-formed local rule', () => {
    expect(clockRuleSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['an escalation fraction of 1', { escalateAtFraction: 1 }],
    ['an escalation fraction of 0', { escalateAtFraction: 0 }],
    ['a zero duration', { duration: { amount: 0, unit: 'hours' } }],
    ['a fractional duration', { duration: { amount: 1.5, unit: 'working-days' } }],
    ['an unknown unit', { duration: { amount: 1, unit: 'fortnights' } }],
    ['an unknown start event', { startsAt: 'referral.sent' }],
    ['an id outside its process', { id: 'assessment.rag.purple' }],
    ['an empty legal source', { legalSource: ' ' }],
  ])('rejects %s', (_label, change) => {
    expect(clockRuleSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
