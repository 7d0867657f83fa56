import { englandAndWalesBankHolidays, type BankHoliday } from './bank-holidays';
import {
  MIDNIGHT,
  addIsoDays,
  assertValidInstant,
  fromLondonWallClock,
  isoDayOfWeek,
  parseIsoDate,
  toLondonWallClock,
  type WallClockTime,
} from './london-time';

/**
 * Working days in Europe/London: Monday to Friday except bank holidays. All arithmetic keeps the
 * London wall-clock time, so a deadline set at 15:00 in March is due at 15:00 after the clocks go
 * forward (one real hour less), not at 16:00.
 */
export interface WorkingDayCalendar {
  /** Whether a London date (YYYY-MM-DD) is a working day. Throws a RangeError for a malformed date. */
  isWorkingDay(londonDate: string): boolean;
  /** The year's bank holidays that fall on weekdays, in date order. */
  bankHolidays(year: number): { date: string; name: string }[];
  /**
   * Adds N working days: same London wall-clock time on the Nth next working day. A start on a
   * non-working day counts from 00:00 London on the next working day (so 0 days from a Saturday is
   * 00:00 on Monday, and 1 day is 00:00 on Tuesday). `days` is a whole number, 0 or more.
   */
  addWorkingDays(start: Date, days: number): Date;
  /**
   * Whole working days elapsed between two instants (for "week 7 of 20" style progress and breach
   * reporting): the largest n with addWorkingDays(from, n) <= to, and negative when `to` is before
   * `from`. For every start s and n >= 0, workingDaysBetween(s, addWorkingDays(s, n)) === n.
   */
  workingDaysBetween(from: Date, to: Date): number;
}

export interface WorkingDayCalendarOptions {
  /** Holidays of a year that fall on weekdays. Must be deterministic: results are cached per year. */
  bankHolidays: (year: number) => readonly BankHoliday[];
}

/** Builds a calendar from a source of bank holidays (the England and Wales one below, or a test double). */
export function createWorkingDayCalendar(options: WorkingDayCalendarOptions): WorkingDayCalendar {
  const holidaysByYear = new Map<number, readonly BankHoliday[]>();
  const holidayDatesByYear = new Map<number, ReadonlySet<string>>();

  function holidaysOf(year: number): readonly BankHoliday[] {
    let holidays = holidaysByYear.get(year);
    if (!holidays) {
      holidays = Object.freeze(options.bankHolidays(year).map((h) => Object.freeze({ date: h.date, name: h.name })));
      holidaysByYear.set(year, holidays);
    }
    return holidays;
  }

  function holidayDatesOf(year: number): ReadonlySet<string> {
    let dates = holidayDatesByYear.get(year);
    if (!dates) {
      dates = new Set(holidaysOf(year).map((h) => h.date));
      holidayDatesByYear.set(year, dates);
    }
    return dates;
  }

  function isWorkingDay(londonDate: string): boolean {
    const { year } = parseIsoDate(londonDate);
    const dayOfWeek = isoDayOfWeek(londonDate);
    if (dayOfWeek === 0 || dayOfWeek === 6) return false;
    return !holidayDatesOf(year).has(londonDate);
  }

  function nextWorkingDay(londonDate: string): string {
    let date = addIsoDays(londonDate, 1);
    while (!isWorkingDay(date)) date = addIsoDays(date, 1);
    return date;
  }

  /** The working date and wall-clock time a count starts from. */
  function countingStart(start: Date): { date: string; time: WallClockTime } {
    const { date, time } = toLondonWallClock(start);
    return isWorkingDay(date) ? { date, time } : { date: nextWorkingDay(date), time: MIDNIGHT };
  }

  function addWorkingDays(start: Date, days: number): Date {
    assertValidInstant(start, 'start');
    if (!Number.isInteger(days) || days < 0) {
      throw new RangeError(`days must be a whole number, 0 or more, got ${days}`);
    }
    const { date: first, time } = countingStart(start);
    let date = first;
    for (let i = 0; i < days; i += 1) date = nextWorkingDay(date);
    return fromLondonWallClock(date, time);
  }

  function workingDaysBetween(from: Date, to: Date): number {
    assertValidInstant(from, 'from');
    assertValidInstant(to, 'to');
    if (to.getTime() < from.getTime()) return -workingDaysBetween(to, from);
    const { date: first, time } = countingStart(from);
    let date = first;
    let elapsed = 0;
    for (;;) {
      const next = nextWorkingDay(date);
      if (fromLondonWallClock(next, time).getTime() > to.getTime()) return elapsed;
      date = next;
      elapsed += 1;
    }
  }

  return {
    isWorkingDay,
    bankHolidays: (year) => holidaysOf(year).map((h) => ({ date: h.date, name: h.name })),
    addWorkingDays,
    workingDaysBetween,
  };
}

/** England and Wales: weekends and bank holidays (date-holidays GB-ENG, `public` only, plus amendments). */
export const englandAndWalesCalendar: WorkingDayCalendar = createWorkingDayCalendar({
  bankHolidays: englandAndWalesBankHolidays,
});
