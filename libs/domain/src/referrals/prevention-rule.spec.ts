import {
  defaultPreventionRuleConfig,
  evaluatePreventionRule,
  preventionRuleConfigSchema,
  preventionSignalSchema,
  type PreventionSignal,
} from './prevention-rule';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

const NOW = '2026-03-15T12:00:00Z';
const AVA = 'person-ava';
const LEO = 'person-leo';

const signal = (
  signalId: string,
  agency: PreventionSignal['agency'],
  receivedAt: string,
  overrides: Partial<Pick<PreventionSignal, 'personId' | 'belowThreshold'>> = {},
): PreventionSignal => ({ personId: AVA, agency, receivedAt, signalId, belowThreshold: true, ...overrides });

describe('preventionRuleConfigSchema', () => {
  it('defaults to two concerns from two agencies within 7 days', () => {
    expect(defaultPreventionRuleConfig).toEqual({ windowDays: 7, minimumDistinctAgencies: 2, minimumConcerns: 2 });
    expect(preventionRuleConfigSchema.parse({ windowDays: 14 })).toEqual({ windowDays: 14, minimumDistinctAgencies: 2, minimumConcerns: 2 });
  });

  it('explains a bad setting', () => {
    expect(messagesOf(preventionRuleConfigSchema.safeParse({ windowDays: 0 }))).toEqual([
      ['windowDays', 'The window must be a whole number of days from 1 to 366'],
    ]);
    expect(messagesOf(preventionRuleConfigSchema.safeParse({ windowDays: 1.5 }))).toEqual([
      ['windowDays', 'The window must be a whole number of days from 1 to 366'],
    ]);
    expect(messagesOf(preventionRuleConfigSchema.safeParse({ minimumDistinctAgencies: 7 }))).toEqual([
      ['minimumDistinctAgencies', 'The number of agencies must be a whole number from 1 to 6'],
    ]);
    expect(messagesOf(preventionRuleConfigSchema.safeParse({ minimumConcerns: 0 }))).toEqual([
      ['minimumConcerns', 'The number of concerns must be a whole number from 1 to 100'],
    ]);
    expect(preventionRuleConfigSchema.safeParse({ threshold: 3 }).success).toBe(false);
  });
});

describe('preventionSignalSchema', () => {
  it('needs exactly one of signalId and referralId', () => {
    const base = { personId: AVA, agency: 'health', receivedAt: NOW, belowThreshold: true };
    expect(preventionSignalSchema.safeParse({ ...base, signalId: 's1' }).success).toBe(true);
    expect(preventionSignalSchema.safeParse({ ...base, referralId: 'r1' }).success).toBe(true);
    expect(messagesOf(preventionSignalSchema.safeParse(base))).toEqual([['signalId', 'Give either a signalId or a referralId']]);
    expect(messagesOf(preventionSignalSchema.safeParse({ ...base, signalId: 's1', referralId: 'r1' }))).toEqual([
      ['signalId', 'Give either a signalId or a referralId'],
    ]);
    expect(messagesOf(preventionSignalSchema.safeParse({ ...base, signalId: 's1', agency: 'nhs' }))).toEqual([['agency', 'Select an agency']]);
  });
});

describe('evaluatePreventionRule', () => {
  it('alerts on two below-threshold concerns from two agencies within the window', () => {
    const signals = [signal('s1', 'education', '2026-03-10T09:00:00Z'), signal('s2', 'health', '2026-03-14T16:30:00+01:00')];
    expect(evaluatePreventionRule(signals, {}, NOW)).toEqual([
      {
        personId: AVA,
        agencies: ['education', 'health'],
        signalIds: ['s1', 's2'],
        firstAt: '2026-03-10T09:00:00.000Z',
        lastAt: '2026-03-14T15:30:00.000Z',
        windowDays: 7,
        allBelowThreshold: true,
      },
    ]);
  });

  it('does not count the same agency twice', () => {
    const signals = [signal('s1', 'education', '2026-03-10T09:00:00Z'), signal('s2', 'education', '2026-03-12T09:00:00Z')];
    expect(evaluatePreventionRule(signals, {}, NOW)).toEqual([]);
  });

  it('includes a signal exactly windowDays before now and excludes one a millisecond earlier, or after now', () => {
    const onBoundary = [signal('s1', 'police', '2026-03-08T12:00:00Z'), signal('s2', 'health', NOW)];
    expect(evaluatePreventionRule(onBoundary, {}, NOW).map((alert) => alert.signalIds)).toEqual([['s1', 's2']]);
    const justOutside = [signal('s1', 'police', '2026-03-08T11:59:59.999Z'), signal('s2', 'health', NOW)];
    expect(evaluatePreventionRule(justOutside, {}, NOW)).toEqual([]);
    const inTheFuture = [signal('s1', 'police', '2026-03-14T12:00:00Z'), signal('s2', 'health', '2026-03-15T12:00:00.001Z')];
    expect(evaluatePreventionRule(inTheFuture, {}, NOW)).toEqual([]);
  });

  it('lists three agencies in agency order and the signals oldest first', () => {
    const signals = [
      signal('s3', 'police', '2026-03-14T08:00:00Z'),
      signal('s1', 'health', '2026-03-09T08:00:00Z'),
      signal('s2', 'education', '2026-03-12T08:00:00Z', { belowThreshold: false }),
    ];
    const [alert] = evaluatePreventionRule(signals, {}, NOW);
    expect(alert?.agencies).toEqual(['education', 'health', 'police']);
    expect(alert?.signalIds).toEqual(['s1', 's2', 's3']);
    expect(alert?.allBelowThreshold).toBe(false);
  });

  it('changes its result with the configuration', () => {
    const signals = [
      signal('s1', 'health', '2026-03-01T08:00:00Z'),
      signal('s2', 'education', '2026-03-13T08:00:00Z'),
      signal('s3', 'education', '2026-03-14T08:00:00Z'),
    ];
    // Default 7 days: only education's two signals are in the window.
    expect(evaluatePreventionRule(signals, {}, NOW)).toEqual([]);
    // A 15-day window brings in health.
    expect(evaluatePreventionRule(signals, { windowDays: 15 }, NOW).map((alert) => alert.signalIds)).toEqual([['s1', 's2', 's3']]);
    // Three agencies needed: two are not enough.
    expect(evaluatePreventionRule(signals, { windowDays: 15, minimumDistinctAgencies: 3 }, NOW)).toEqual([]);
    // One agency is enough, but four concerns are needed.
    expect(evaluatePreventionRule(signals, { windowDays: 15, minimumDistinctAgencies: 1, minimumConcerns: 4 }, NOW)).toEqual([]);
    // One agency and two concerns: education alone raises it.
    expect(evaluatePreventionRule(signals, { minimumDistinctAgencies: 1 }, NOW).map((alert) => alert.signalIds)).toEqual([['s2', 's3']]);
    expect(evaluatePreventionRule(signals, { windowDays: 15 }, NOW)[0]?.windowDays).toBe(15);
  });

  it('needs the minimum number of concerns even from enough agencies', () => {
    const signals = [signal('s1', 'health', '2026-03-13T08:00:00Z'), signal('s2', 'education', '2026-03-14T08:00:00Z')];
    expect(evaluatePreventionRule(signals, { minimumConcerns: 3 }, NOW)).toEqual([]);
    expect(evaluatePreventionRule([...signals, signal('s3', 'health', '2026-03-14T09:00:00Z')], { minimumConcerns: 3 }, NOW)).toHaveLength(1);
  });

  it('counts a signal seen twice once, and takes referral ids as well as signal ids', () => {
    const twice = [signal('s1', 'health', '2026-03-13T08:00:00Z'), signal('s1', 'health', '2026-03-13T08:00:00Z')];
    expect(evaluatePreventionRule(twice, { minimumDistinctAgencies: 1 }, NOW)).toEqual([]);
    const mixed: PreventionSignal[] = [
      signal('s1', 'health', '2026-03-13T08:00:00Z'),
      { personId: AVA, agency: 'police', receivedAt: '2026-03-14T08:00:00Z', referralId: 'r9', belowThreshold: false },
    ];
    expect(evaluatePreventionRule(mixed, {}, NOW)[0]?.signalIds).toEqual(['s1', 'r9']);
  });

  it('keeps children apart and orders alerts by child, whatever the input order', () => {
    const signals = [
      signal('l2', 'police', '2026-03-14T08:00:00Z', { personId: LEO }),
      signal('a1', 'health', '2026-03-13T08:00:00Z'),
      signal('l1', 'education', '2026-03-12T08:00:00Z', { personId: LEO }),
      signal('a2', 'police', '2026-03-13T08:00:00Z'),
      signal('x1', 'health', '2026-03-13T08:00:00Z', { personId: 'person-zed' }),
    ];
    const alerts = evaluatePreventionRule(signals, {}, NOW);
    expect(alerts.map((alert) => [alert.personId, alert.signalIds])).toEqual([
      [AVA, ['a1', 'a2']],
      [LEO, ['l1', 'l2']],
    ]);
    expect(evaluatePreventionRule([...signals].reverse(), {}, NOW)).toEqual(alerts);
  });

  it('orders signals received at the same instant by id', () => {
    const signals = [signal('b', 'police', '2026-03-13T08:00:00Z'), signal('a', 'health', '2026-03-13T08:00:00Z')];
    expect(evaluatePreventionRule(signals, {}, NOW)[0]?.signalIds).toEqual(['a', 'b']);
  });

  it('takes now as a Date, and refuses bad input', () => {
    const signals = [signal('s1', 'health', '2026-03-13T08:00:00Z'), signal('s2', 'police', '2026-03-14T08:00:00Z')];
    expect(evaluatePreventionRule(signals, {}, new Date(NOW))).toHaveLength(1);
    expect(evaluatePreventionRule([], {}, NOW)).toEqual([]);
    expect(() => evaluatePreventionRule(signals, {}, 'now')).toThrow(RangeError);
    expect(() => evaluatePreventionRule([signal('s1', 'health', 'last week')], {}, NOW)).toThrow(RangeError);
    expect(() => evaluatePreventionRule(signals, { windowDays: 0 }, NOW)).toThrow();
  });
});
