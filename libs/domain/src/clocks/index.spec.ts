// eslint-disable-next-line @nx/enforce-module-boundaries -- this test proves the package export path itself works
import * as clocks from '@childfirst/domain/clocks';

describe('@childfirst/domain/clocks public API', () => {
  it('is importable by its package name and exposes the calendar, the rules and the deadline functions', () => {
    expect(Object.keys(clocks).sort()).toEqual(
      expect.arrayContaining([
        'englandAndWalesCalendar',
        'createWorkingDayCalendar',
        'englandAndWalesBankHolidays',
        'englandAndWalesBankHolidayAmendments',
        'clockRules',
        'clockRulesById',
        'clockRuleSchema',
        'getClockRule',
        'computeDeadline',
        'clockState',
        'describeTimeRemaining',
        'addClockDuration',
        'londonDateOf',
      ]),
    );
    const deadline = clocks.computeDeadline(
      clocks.getClockRule('referral.decision'),
      new Date('2025-04-17T15:00:00+01:00'),
      clocks.englandAndWalesCalendar,
    );
    expect(deadline.dueAt).toEqual(new Date('2025-04-22T15:00:00+01:00'));
  });

  it('londonDateOf gives the London date of an instant: 23:30 UTC on 13 Apr 2025 is 14 Apr in London (BST), 23:30 UTC on 13 Jan is 13 Jan (GMT)', () => {
    expect(clocks.londonDateOf(new Date('2025-04-13T23:30:00Z'))).toBe('2025-04-14');
    expect(clocks.londonDateOf(new Date('2025-01-13T23:30:00Z'))).toBe('2025-01-13');
  });
});
