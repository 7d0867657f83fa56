// Dates as whole days since 1970-01-01 (UTC): cheap to add and compare, formatted once when a row
// is written. Nothing here reads the clock: the county is generated "as at" a given date.

const MS_PER_DAY = 86_400_000;

export type Day = number;

export function dayOf(isoDate: string): Day {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Expected a date like 2026-11-01, got "${isoDate}"`);
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: "${isoDate}"`);
  return Math.round(ms / MS_PER_DAY);
}

export function isoDate(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A moment on that day: `minutes` after midnight UTC. */
export function isoTimestamp(day: Day, minutes = 0): string {
  return new Date(day * MS_PER_DAY + Math.round(minutes) * 60_000).toISOString();
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function monthOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

/** Whole years between two days (an age). */
export function yearsBetween(from: Day, to: Day): number {
  const a = new Date(from * MS_PER_DAY);
  const b = new Date(to * MS_PER_DAY);
  let years = b.getUTCFullYear() - a.getUTCFullYear();
  if (b.getUTCMonth() < a.getUTCMonth() || (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate())) years--;
  return years;
}

export const DAYS_PER_YEAR = 365.25;

/** A day `years` (fractional) before `day`. */
export function yearsBefore(day: Day, years: number): Day {
  return day - Math.round(years * DAYS_PER_YEAR);
}
