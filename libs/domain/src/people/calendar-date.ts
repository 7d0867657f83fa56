/**
 * Calendar dates as `YYYY-MM-DD` strings (how the API, forms and Postgres `date` columns carry
 * them). Arithmetic is done in UTC, where every day has 24 hours. Internal to people/: the
 * statutory clocks have their own London wall-clock arithmetic in clocks/.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a date; throws a RangeError for anything but a real calendar date (not 2023-02-29). */
export function calendarDateParts(isoDate: string, label: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(isoDate);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!match || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`${label} must be a calendar date as YYYY-MM-DD, got "${isoDate}"`);
  }
  return { year, month, day };
}

/** The date `days` after (or, negative, before) a date. */
export function addCalendarDays(isoDate: string, days: number): string {
  const { year, month, day } = calendarDateParts(isoDate, 'Date');
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
