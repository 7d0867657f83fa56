import { TZDate } from '@date-fns/tz';
import { addDays, addMonths } from 'date-fns';

/**
 * Wall-clock arithmetic in Europe/London, independent of the host's time zone (the same result on
 * a server in UTC, a Temporal worker and a browser in Auckland). Dates without a time are
 * `YYYY-MM-DD` strings; calendar arithmetic on them is done in UTC, where no day has 23 or 25 hours.
 */
export const LONDON_TIME_ZONE = 'Europe/London';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A London wall-clock time of day. */
export interface WallClockTime {
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
}

export const MIDNIGHT: WallClockTime = { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 };

export function assertValidInstant(value: Date, label: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${label} must be a valid Date`);
  }
}

/** Parses `YYYY-MM-DD` into its parts; throws a RangeError for anything else (including 2025-02-30). */
export function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${isoDate}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`"${isoDate}" is not a calendar date`);
  }
  return { year, month, day };
}

function formatUtcDate(utc: Date): string {
  const y = String(utc.getUTCFullYear()).padStart(4, '0');
  const m = String(utc.getUTCMonth() + 1).padStart(2, '0');
  const d = String(utc.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The date `days` after `isoDate` (pure calendar arithmetic). */
export function addIsoDays(isoDate: string, days: number): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return formatUtcDate(new Date(Date.UTC(year, month - 1, day) + days * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function isoDayOfWeek(isoDate: string): number {
  const { year, month, day } = parseIsoDate(isoDate);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The London calendar date and wall-clock time of an instant. */
export function toLondonWallClock(instant: Date): { date: string; time: WallClockTime } {
  const london = new TZDate(instant.getTime(), LONDON_TIME_ZONE);
  const date = formatUtcDate(new Date(Date.UTC(london.getFullYear(), london.getMonth(), london.getDate())));
  return {
    date,
    time: {
      hours: london.getHours(),
      minutes: london.getMinutes(),
      seconds: london.getSeconds(),
      milliseconds: london.getMilliseconds(),
    },
  };
}

/** The London calendar date (`YYYY-MM-DD`) on which an instant falls. */
export function londonDateOf(instant: Date): string {
  assertValidInstant(instant, 'instant');
  return toLondonWallClock(instant).date;
}

/**
 * The instant of a London wall-clock time on a date. A time that does not exist (01:xx on the
 * last Sunday of March) moves forward by an hour; a time that occurs twice (01:xx on the last
 * Sunday of October) resolves as @date-fns/tz resolves it. Neither happens on a working day.
 */
export function fromLondonWallClock(isoDate: string, time: WallClockTime): Date {
  const { year, month, day } = parseIsoDate(isoDate);
  const london = new TZDate(
    year,
    month - 1,
    day,
    time.hours,
    time.minutes,
    time.seconds,
    time.milliseconds,
    LONDON_TIME_ZONE,
  );
  return new Date(london.getTime());
}

/** Same London wall-clock time, `days` calendar days later (23, 24 or 25 real hours a day). */
export function addLondonCalendarDays(instant: Date, days: number): Date {
  return new Date(addDays(new TZDate(instant.getTime(), LONDON_TIME_ZONE), days).getTime());
}

/** Same London wall-clock time, `months` calendar months later (31 Jan + 1 month = 28/29 Feb). */
export function addLondonCalendarMonths(instant: Date, months: number): Date {
  return new Date(addMonths(new TZDate(instant.getTime(), LONDON_TIME_ZONE), months).getTime());
}

/** Whole London calendar days (same wall-clock time) from `from` to `to`; 0 if `to` is not later. */
export function wholeLondonCalendarDaysBetween(from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  // A London day is 23 to 25 hours long, so the real-time estimate is off by at most one.
  let days = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
  while (days > 0 && addLondonCalendarDays(from, days).getTime() > to.getTime()) days -= 1;
  while (addLondonCalendarDays(from, days + 1).getTime() <= to.getTime()) days += 1;
  return days;
}
