import { londonDateOf } from '../clocks';
import { isReReferral, londonCalendarDateOf, subtractCalendarMonths } from './re-referral';

describe('londonCalendarDateOf', () => {
  it('agrees with the clocks’ London date either side of midnight, in winter and summer', () => {
    for (const instant of ['2026-01-14T23:59:59Z', '2026-01-15T00:00:00Z', '2026-07-14T22:59:59Z', '2026-07-14T23:00:00Z', '2026-03-29T00:30:00Z', '2026-10-25T00:30:00Z']) {
      const time = Date.parse(instant);
      expect([instant, londonCalendarDateOf(time)]).toEqual([instant, londonDateOf(new Date(time))]);
    }
    expect(londonCalendarDateOf(Date.parse('2026-07-14T23:00:00Z'))).toBe('2026-07-15');
  });
});

describe('subtractCalendarMonths', () => {
  it('keeps the day, or the last day of a shorter month', () => {
    expect(subtractCalendarMonths('2026-03-15', 12)).toBe('2025-03-15');
    expect(subtractCalendarMonths('2024-02-29', 12)).toBe('2023-02-28');
    expect(subtractCalendarMonths('2026-03-31', 1)).toBe('2026-02-28');
    expect(subtractCalendarMonths('2026-01-15', 1)).toBe('2025-12-15');
    expect(subtractCalendarMonths('2026-01-15', 0)).toBe('2026-01-15');
    expect(() => subtractCalendarMonths('2026-1-15', 1)).toThrow(RangeError);
    expect(() => subtractCalendarMonths('2026-01-15', -1)).toThrow(RangeError);
  });
});

describe('isReReferral', () => {
  it('finds a previous referral within 12 months, both ends included', () => {
    expect(isReReferral('2026-03-15', ['2025-03-15'])).toBe('2025-03-15');
    expect(isReReferral('2026-03-15', ['2025-03-14'])).toBeNull();
    expect(isReReferral('2026-03-15', ['2026-03-15'])).toBe('2026-03-15');
  });

  it('returns the most recent one in the window', () => {
    expect(isReReferral('2026-03-15', ['2024-01-01', '2025-06-01', '2025-11-20', '2025-09-09'])).toBe('2025-11-20');
    expect(isReReferral('2026-03-15', [])).toBeNull();
  });

  it('ignores a "previous" referral after this one', () => {
    expect(isReReferral('2026-03-15', ['2026-03-16'])).toBeNull();
    expect(isReReferral('2026-03-15', ['2026-04-01', '2025-05-01'])).toBe('2025-05-01');
  });

  it('counts on London dates when times are given', () => {
    // In winter London is on GMT: 23:30 UTC on 14 March 2025 is 14 March, a day outside the window.
    expect(isReReferral('2026-03-15T09:00:00Z', ['2025-03-14T23:30:00Z'])).toBeNull();
    // 23:30 UTC on 14 July 2025 is 00:30 on 15 July in London (BST).
    expect(isReReferral('2026-07-15T09:00:00+01:00', ['2025-07-14T23:30:00Z'])).toBe('2025-07-14T23:30:00Z');
    expect(isReReferral('2026-07-15T09:00:00+01:00', ['2025-07-14T22:30:00Z'])).toBeNull();
  });

  it('on the same day, needs an earlier time when both have one', () => {
    expect(isReReferral('2026-03-15T10:00:00Z', ['2026-03-15T09:00:00Z'])).toBe('2026-03-15T09:00:00Z');
    expect(isReReferral('2026-03-15T10:00:00Z', ['2026-03-15T10:00:00Z'])).toBeNull();
    expect(isReReferral('2026-03-15T10:00:00Z', ['2026-03-15T11:00:00Z'])).toBeNull();
    expect(isReReferral('2026-03-15T10:00:00Z', ['2026-03-15'])).toBe('2026-03-15');
    // Of two on the same date, the later time wins.
    expect(isReReferral('2026-03-15', ['2026-01-10T08:00:00Z', '2026-01-10T15:00:00Z', '2026-01-10'])).toBe('2026-01-10T15:00:00Z');
  });

  it('handles 29 February and a different number of months', () => {
    expect(isReReferral('2025-02-28', ['2024-02-29'])).toBe('2024-02-29');
    expect(isReReferral('2024-02-29', ['2023-02-28'])).toBe('2023-02-28');
    expect(isReReferral('2024-02-29', ['2023-02-27'])).toBeNull();
    expect(isReReferral('2026-03-15', ['2025-09-14'], 6)).toBeNull();
    expect(isReReferral('2026-03-15', ['2025-09-15'], 6)).toBe('2025-09-15');
    expect(isReReferral('2026-03-15', ['2024-10-01'], 24)).toBe('2024-10-01');
  });

  it('refuses an unreadable date', () => {
    expect(() => isReReferral('15/03/2026', [])).toThrow(RangeError);
    expect(() => isReReferral('2026-03-15', ['2025-02-30'])).toThrow(RangeError);
    expect(() => isReReferral('2026-03-15', ['2025-13-01'])).toThrow(RangeError);
    expect(() => isReReferral('2026-03-15', ['2025-03-01Tnoon'])).toThrow(RangeError);
  });
});
