/**
 * @jest-environment node
 */
import { instantOfDate, londonDateTimeToIso, parseTime } from './dateTime';

describe('times as people type them', () => {
  it('reads the 12- and 24-hour clocks, with a dot or a colon', () => {
    expect(parseTime('9:30am')).toEqual({ hours: 9, minutes: 30 });
    expect(parseTime(' 2.15 PM ')).toEqual({ hours: 14, minutes: 15 });
    expect(parseTime('12am')).toEqual({ hours: 0, minutes: 0 });
    expect(parseTime('12:05pm')).toEqual({ hours: 12, minutes: 5 });
    expect(parseTime('14:30')).toEqual({ hours: 14, minutes: 30 });
    expect(parseTime('midday')).toEqual({ hours: 12, minutes: 0 });
  });

  it('refuses what is not a time, or could be morning or evening', () => {
    for (const text of ['', '9', '25:00', '9:75am', '13pm', 'soon']) expect(parseTime(text)).toBeNull();
  });

  it('turns a time in the UK into an instant, in winter and in summer time', () => {
    expect(londonDateTimeToIso('2025-02-01', { hours: 9, minutes: 30 })).toBe('2025-02-01T09:30:00.000Z');
    expect(londonDateTimeToIso('2025-06-03', { hours: 9, minutes: 30 })).toBe('2025-06-03T08:30:00.000Z');
    expect(londonDateTimeToIso('2025-06-03', { hours: 0, minutes: 15 })).toBe('2025-06-02T23:15:00.000Z');
  });

  it('dates an event of today now, and of an earlier day at midday', () => {
    const now = new Date('2025-06-03T10:11:12.000Z');
    expect(instantOfDate('2025-06-03', '2025-06-03', now)).toBe('2025-06-03T10:11:12.000Z');
    expect(instantOfDate('2025-05-01', '2025-06-03', now)).toBe('2025-05-01T12:00:00.000Z');
  });
});
