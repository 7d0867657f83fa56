import { createWorkingDayCalendar, englandAndWalesCalendar as calendar } from './working-day-calendar';

/** Instants are written with their London offset: +00:00 is GMT, +01:00 is BST. */
const at = (iso: string) => new Date(iso);

describe('englandAndWalesCalendar.addWorkingDays', () => {
  it('Thu 17 Apr 2025 15:00 BST + 1 WD skips Good Friday 18, Sat 19, Sun 20 and Easter Monday 21 Apr: Tue 22 Apr 15:00 BST', () => {
    expect(calendar.addWorkingDays(at('2025-04-17T15:00:00+01:00'), 1)).toEqual(at('2025-04-22T15:00:00+01:00'));
  });

  it('Fri 24 Dec 2021 10:00 + 1 WD skips the weekend Christmas (Sat 25, Sun 26) and both substitute days (Mon 27, Tue 28): Wed 29 Dec 10:00', () => {
    expect(calendar.addWorkingDays(at('2021-12-24T10:00:00+00:00'), 1)).toEqual(at('2021-12-29T10:00:00+00:00'));
  });

  it('Fri 31 Dec 2021 09:30 + 1 WD skips Sat 1 Jan (New Year), Sun 2 and Mon 3 Jan 2022 (its substitute): Tue 4 Jan 09:30', () => {
    expect(calendar.addWorkingDays(at('2021-12-31T09:30:00+00:00'), 1)).toEqual(at('2022-01-04T09:30:00+00:00'));
  });

  it('a start on Sat 12 Apr 2025 14:00 counts from Mon 14 Apr 00:00: 0 WD is Mon 00:00 BST, 1 WD is Tue 15 Apr 00:00 BST', () => {
    const saturday = at('2025-04-12T14:00:00+01:00');
    expect(calendar.addWorkingDays(saturday, 0)).toEqual(at('2025-04-14T00:00:00+01:00'));
    expect(calendar.addWorkingDays(saturday, 1)).toEqual(at('2025-04-15T00:00:00+01:00'));
  });

  it('a start on a bank holiday (Easter Monday 21 Apr 2025 11:00) counts from Tue 22 Apr 00:00: 1 WD is Wed 23 Apr 00:00 BST', () => {
    expect(calendar.addWorkingDays(at('2025-04-21T11:00:00+01:00'), 1)).toEqual(at('2025-04-23T00:00:00+01:00'));
  });

  it('0 WD from a working day is the start itself', () => {
    expect(calendar.addWorkingDays(at('2025-04-17T15:00:00+01:00'), 0)).toEqual(at('2025-04-17T15:00:00+01:00'));
  });

  it('Platinum Jubilee 2022: Wed 1 Jun 12:00 + 1 WD skips Thu 2 Jun (moved Spring bank holiday), Fri 3 Jun (Jubilee) and the weekend: Mon 6 Jun 12:00 BST', () => {
    expect(calendar.addWorkingDays(at('2022-06-01T12:00:00+01:00'), 1)).toEqual(at('2022-06-06T12:00:00+01:00'));
  });

  it('Queen’s state funeral: Fri 16 Sep 2022 11:00 + 1 WD skips Mon 19 Sep: Tue 20 Sep 11:00 BST', () => {
    expect(calendar.addWorkingDays(at('2022-09-16T11:00:00+01:00'), 1)).toEqual(at('2022-09-20T11:00:00+01:00'));
  });

  it('Coronation: Fri 5 May 2023 16:00 + 1 WD skips Mon 8 May: Tue 9 May 16:00 BST', () => {
    expect(calendar.addWorkingDays(at('2023-05-05T16:00:00+01:00'), 1)).toEqual(at('2023-05-09T16:00:00+01:00'));
  });

  it('45 WD from Mon 10 Nov 2025 09:00 across Christmas (Thu 25, Fri 26 Dec, Thu 1 Jan off): 32 WD to Wed 24 Dec, 35 to Wed 31 Dec, 36 on Fri 2 Jan, 41 on Fri 9 Jan, 45 on Thu 15 Jan 2026 09:00', () => {
    expect(calendar.addWorkingDays(at('2025-11-10T09:00:00+00:00'), 45)).toEqual(at('2026-01-15T09:00:00+00:00'));
  });

  it('keeps the London wall-clock time across the autumn clock change: Thu 23 Oct 2025 10:00 BST + 5 WD is Thu 30 Oct 10:00 GMT, 169 real hours later', () => {
    const start = at('2025-10-23T10:00:00+01:00');
    const due = calendar.addWorkingDays(start, 5);
    expect(due).toEqual(at('2025-10-30T10:00:00+00:00'));
    expect((due.getTime() - start.getTime()) / 3_600_000).toBe(7 * 24 + 1);
  });

  it('keeps the London wall-clock time across the spring clock change: Fri 28 Mar 2025 10:00 GMT + 1 WD is Mon 31 Mar 10:00 BST, 71 real hours later', () => {
    const start = at('2025-03-28T10:00:00+00:00');
    const due = calendar.addWorkingDays(start, 1);
    expect(due).toEqual(at('2025-03-31T10:00:00+01:00'));
    expect((due.getTime() - start.getTime()) / 3_600_000).toBe(71);
  });

  it('uses the London date, not the UTC date: Mon 14 Apr 2025 00:30 BST is Sun 13 Apr 23:30 UTC yet is a Monday start, so + 1 WD is Tue 15 Apr 00:30 BST', () => {
    expect(calendar.addWorkingDays(at('2025-04-14T00:30:00+01:00'), 1)).toEqual(at('2025-04-15T00:30:00+01:00'));
  });

  it('gives the same answers whatever the host time zone is', () => {
    const original = process.env.TZ;
    try {
      for (const tz of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = tz;
        expect(calendar.addWorkingDays(at('2025-04-17T15:00:00+01:00'), 1)).toEqual(at('2025-04-22T15:00:00+01:00'));
        expect(calendar.addWorkingDays(at('2025-04-12T14:00:00+01:00'), 1)).toEqual(at('2025-04-15T00:00:00+01:00'));
        expect(calendar.addWorkingDays(at('2025-10-23T10:00:00+01:00'), 5)).toEqual(at('2025-10-30T10:00:00+00:00'));
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('rejects a negative or fractional number of days and an invalid date', () => {
    expect(() => calendar.addWorkingDays(at('2025-04-17T15:00:00+01:00'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(at('2025-04-17T15:00:00+01:00'), 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe('englandAndWalesCalendar.isWorkingDay', () => {
  it.each([
    ['2025-04-17', true, 'Thu before Easter'],
    ['2025-04-18', false, 'Good Friday'],
    ['2025-04-19', false, 'Saturday'],
    ['2025-04-21', false, 'Easter Monday'],
    ['2021-12-27', false, 'Christmas Day substitute (Mon)'],
    ['2021-12-28', false, 'Boxing Day substitute (Tue)'],
    ['2022-12-27', false, 'Christmas Day substitute (Tue; Boxing Day was Mon 26)'],
    ['2022-01-03', false, 'New Year substitute (Mon)'],
    ['2022-05-30', true, 'last Monday of May 2022: the Spring bank holiday moved to Thu 2 Jun'],
    ['2022-06-02', false, 'Spring bank holiday 2022 (moved)'],
    ['2022-06-03', false, 'Platinum Jubilee'],
    ['2022-09-19', false, 'State funeral of Queen Elizabeth II'],
    ['2023-05-08', false, 'Coronation of King Charles III'],
    ['2020-05-04', true, 'first Monday of May 2020: the Early May bank holiday moved to Fri 8 May (VE Day)'],
    ['2020-05-08', false, 'VE Day 2020'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('Mothering Sunday (30 Mar 2025) is not a working day only because it is a Sunday; the Monday after is a working day', () => {
    expect(calendar.isWorkingDay('2025-03-30')).toBe(false);
    expect(calendar.isWorkingDay('2025-03-31')).toBe(true);
    expect(calendar.bankHolidays(2025).map((h) => h.date)).not.toContain('2025-03-30');
  });

  it.each([
    ['2024-07-12', 'Fri 12 Jul 2024, Battle of the Boyne (Northern Ireland only)'],
    ['2025-03-17', 'Mon 17 Mar 2025, St Patrick’s Day (Northern Ireland only)'],
    ['2025-01-02', 'Thu 2 Jan 2025 (Scotland only)'],
    ['2025-08-04', 'Mon 4 Aug 2025, Summer bank holiday in Scotland (England’s is Mon 25 Aug)'],
    ['2025-12-01', 'Mon 1 Dec 2025, St Andrew’s Day substitute (Scotland only)'],
  ])('%s is a working day in England and Wales: %s', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(true);
  });

  it('rejects dates that are malformed or do not exist', () => {
    expect(() => calendar.isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('25-01-01')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2025-1-1')).toThrow(RangeError);
  });
});

describe('englandAndWalesCalendar.workingDaysBetween', () => {
  it('counts a working day as elapsed only when the same wall-clock time is reached: Thu 17 Apr 2025 15:00 to Tue 22 Apr 14:59 is 0, to 15:00 is 1', () => {
    const start = at('2025-04-17T15:00:00+01:00');
    expect(calendar.workingDaysBetween(start, at('2025-04-22T14:59:59+01:00'))).toBe(0);
    expect(calendar.workingDaysBetween(start, at('2025-04-22T15:00:00+01:00'))).toBe(1);
  });

  it('Mon 6 Jan 2025 09:00 to Mon 17 Feb 09:00 is 30 WD (six weeks without a bank holiday: week 7 of a 45 WD assessment begins)', () => {
    expect(calendar.workingDaysBetween(at('2025-01-06T09:00:00+00:00'), at('2025-02-17T09:00:00+00:00'))).toBe(30);
  });

  it('is negative when `to` is before `from`', () => {
    expect(calendar.workingDaysBetween(at('2025-02-17T09:00:00+00:00'), at('2025-01-06T09:00:00+00:00'))).toBe(-30);
  });

  it('from a Saturday counts from Monday 00:00: Sat 12 Apr 2025 to Mon 14 Apr 23:59 is 0, to Tue 15 Apr 00:00 is 1', () => {
    const saturday = at('2025-04-12T14:00:00+01:00');
    expect(calendar.workingDaysBetween(saturday, at('2025-04-14T23:59:00+01:00'))).toBe(0);
    expect(calendar.workingDaysBetween(saturday, at('2025-04-15T00:00:00+01:00'))).toBe(1);
  });

  it('undoes addWorkingDays for starts on working days, weekends, holidays and around clock changes', () => {
    const starts = [
      '2021-12-24T10:00:00+00:00',
      '2022-06-01T12:00:00+01:00',
      '2025-03-29T08:00:00+00:00',
      '2025-04-17T15:00:00+01:00',
      '2025-10-24T23:30:00+01:00',
      '2025-12-25T12:00:00+00:00',
    ].map(at);
    for (const start of starts) {
      for (const days of [0, 1, 2, 5, 15, 45]) {
        expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days))).toBe(days);
      }
    }
  });
});

describe('bank holidays and caching', () => {
  it('bankHolidays(2022) lists the gov.uk dates, substitute days and one-off days included', () => {
    expect(calendar.bankHolidays(2022)).toEqual([
      { date: '2022-01-03', name: "New Year's Day (substitute day)" },
      { date: '2022-04-15', name: 'Good Friday' },
      { date: '2022-04-18', name: 'Easter Monday' },
      { date: '2022-05-02', name: 'Early May bank holiday' },
      { date: '2022-06-02', name: 'Spring bank holiday' },
      { date: '2022-06-03', name: 'Queen’s Platinum Jubilee' },
      { date: '2022-08-29', name: 'Summer bank holiday' },
      { date: '2022-09-19', name: "Queen Elizabeth's Funeral Day" },
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('returns a copy: changing the result does not change the calendar', () => {
    const holidays = calendar.bankHolidays(2025);
    holidays.length = 0;
    expect(calendar.bankHolidays(2025)).toHaveLength(8);
    expect(calendar.isWorkingDay('2025-12-25')).toBe(false);
  });

  it('asks its holiday source once per year, whatever is asked of it', () => {
    const source = jest.fn((year: number) => (year === 2030 ? [{ date: '2030-01-01', name: 'New Year' }] : []));
    const custom = createWorkingDayCalendar({ bankHolidays: source });
    expect(custom.isWorkingDay('2030-01-01')).toBe(false);
    expect(custom.isWorkingDay('2030-01-02')).toBe(true);
    custom.addWorkingDays(at('2030-01-02T09:00:00+00:00'), 20);
    custom.bankHolidays(2030);
    expect(source.mock.calls.map(([year]) => year).sort()).toEqual([2030]);
  });
});
