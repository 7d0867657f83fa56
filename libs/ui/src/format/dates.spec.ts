import { formatDate, formatDateTime, formatTime, formatDeadline } from './dates';

describe('GOV.UK style dates in UK time', () => {
  it('writes a date as day, month name and year', () => {
    expect(formatDate('2025-06-04T09:00:00Z')).toBe('4 June 2025');
    expect(formatDate('2025-06-04T09:00:00Z', { weekday: true })).toBe('Wednesday 4 June 2025');
  });

  it('shows British Summer Time, not UTC', () => {
    expect(formatDateTime('2025-06-04T16:30:00Z')).toBe('4 June 2025 at 5:30pm');
    expect(formatDateTime('2025-01-15T16:30:00Z')).toBe('15 January 2025 at 4:30pm');
  });

  it('drops ":00" and says midday and midnight', () => {
    expect(formatTime('2025-01-15T09:00:00Z')).toBe('9am');
    expect(formatTime('2025-01-15T12:00:00Z')).toBe('midday');
    expect(formatTime('2025-01-15T00:00:00Z')).toBe('midnight');
    expect(formatTime('2025-01-15T00:05:00Z')).toBe('12:05am');
  });

  it('crosses midnight into the next day in UK time', () => {
    expect(formatDate('2025-06-04T23:30:00Z')).toBe('5 June 2025');
  });
});

describe('formatDeadline', () => {
  it('writes a midnight deadline as 11:59pm on the day before, in UK time', () => {
    // 00:00 GMT on Tuesday 24 November 2026 is the end of Monday 23 November.
    expect(formatDeadline('2026-11-24T00:00:00.000Z', { weekday: true })).toBe('Monday 23 November 2026 at 11:59pm');
    // 00:00 BST on 2 June 2026 is 23:00 UTC the day before.
    expect(formatDeadline('2026-06-01T23:00:00.000Z')).toBe('1 June 2026 at 11:59pm');
  });
  it('writes any other deadline as it is', () => {
    expect(formatDeadline('2026-11-24T15:30:00.000Z')).toBe('24 November 2026 at 3:30pm');
  });
});
