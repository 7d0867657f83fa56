import Holidays from 'date-holidays';
import { englandAndWalesBankHolidayAmendments, type BankHolidayAmendment } from './bank-holiday-amendments';
import { isoDayOfWeek } from './london-time';

/** A day off work Monday to Friday. */
export interface BankHoliday {
  /** London date, YYYY-MM-DD. */
  date: string;
  name: string;
}

let englandHolidays: Holidays | undefined;

/** Created on first use: the library loads data for every country. */
function england(): Holidays {
  englandHolidays ??= new Holidays('GB', 'ENG', { languages: ['en'], timezone: 'Europe/London' });
  return englandHolidays;
}

function isWeekend(isoDate: string): boolean {
  const day = isoDayOfWeek(isoDate);
  return day === 0 || day === 6;
}

/**
 * Applies a table of amendments to a list of holidays, then keeps weekdays only, one entry per
 * date, in date order.
 */
export function applyBankHolidayAmendments(
  year: number,
  fromLibrary: readonly BankHoliday[],
  amendments: readonly BankHolidayAmendment[],
): BankHoliday[] {
  const inYear = amendments.filter((a) => a.date.startsWith(`${year}-`));
  const removed = new Set(inYear.filter((a) => a.change === 'remove').map((a) => a.date));
  const byDate = new Map<string, BankHoliday>();
  for (const holiday of fromLibrary) {
    if (!removed.has(holiday.date) && !byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
  }
  for (const a of inYear) {
    if (a.change === 'add' && !byDate.has(a.date)) byDate.set(a.date, { date: a.date, name: a.name });
  }
  return [...byDate.values()].filter((h) => !isWeekend(h.date)).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Keeps the holidays of type `public` from date-holidays output, as London dates. The library also
 * returns `observance` days for GB (Mothering Sunday, Easter Sunday, Father's Day), and has `bank`,
 * `optional` and `school` types for other countries; none of those is a day off in England and Wales.
 */
export function publicHolidaysOf(
  libraryHolidays: readonly { date: string; name: string; type: string }[],
): BankHoliday[] {
  return libraryHolidays.filter((h) => h.type === 'public').map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
}

/**
 * Bank holidays in England and Wales for a year: the `public` holidays of date-holidays for GB-ENG
 * (which include substitute days and the recent one-off days), corrected by
 * `englandAndWalesBankHolidayAmendments`.
 *
 * Only type `public` counts: the library also returns `observance` days for GB (Mothering Sunday,
 * Easter Sunday, Father's Day), which are not holidays. Days falling on a Saturday or Sunday (e.g.
 * Christmas Day 2021) are left out because their substitute day is listed instead, as on
 * https://www.gov.uk/bank-holidays. Scotland-only and Northern Ireland-only days (2 January,
 * St Andrew's Day, the first Monday in August, St Patrick's Day, 12 July) are not in GB-ENG.
 */
export function englandAndWalesBankHolidays(year: number): BankHoliday[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`year must be an integer from 1000 to 9999, got ${year}`);
  }
  const fromLibrary = publicHolidaysOf(england().getHolidays(year, 'en') || []);
  return applyBankHolidayAmendments(year, fromLibrary, englandAndWalesBankHolidayAmendments);
}
