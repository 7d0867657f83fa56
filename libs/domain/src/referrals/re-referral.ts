/**
 * Re-referrals: a referral within 12 months of a previous referral of the same child (the DfE's
 * "re-referral rate", Characteristics of children in need, and Ofsted ILACS). Counted on London
 * calendar dates, as the CIN census records referral dates.
 */
export const RE_REFERRAL_MONTHS = 12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The London calendar date of an instant. Intl rather than clocks/londonDateOf: the clocks module
 * brings a bank-holiday library that browsers loading this module (the family portal) do not need.
 */
const londonDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function londonCalendarDateOf(time: number): string {
  const parts = Object.fromEntries(londonDateFormat.formatToParts(new Date(time)).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

interface ReferralMoment {
  /** London calendar date, YYYY-MM-DD. */
  date: string;
  /** The instant, when a time was given. */
  time: number | null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function momentOf(value: string, label: string): ReferralMoment {
  const match = ISO_DATE.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      throw new RangeError(`${label} "${value}" is not a calendar date`);
    }
    return { date: value, time: null };
  }
  const time = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError(`${label} must be a date (YYYY-MM-DD) or an ISO date and time, got "${value}"`);
  return { date: londonCalendarDateOf(time), time };
}

/**
 * The same day `months` calendar months earlier; a day the month lacks becomes its last day
 * (12 months before 2024-02-29 is 2023-02-28).
 */
export function subtractCalendarMonths(isoDate: string, months: number): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${isoDate}"`);
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a whole number, 0 or more, got ${months}`);
  const monthIndex = Number(match[1]) * 12 + (Number(match[2]) - 1) - months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The most recent previous referral within `months` calendar months before `receivedAt`, as it was
 * passed in, or null when there is none (not a re-referral). Dates are `YYYY-MM-DD` or ISO date
 * and times (turned into London dates). Both ends are included: received on 2026-03-15, a previous
 * referral on 2025-03-15 counts and one on 2025-03-14 does not; one the same day counts, unless
 * both have times and it is not earlier. A "previous" referral after `receivedAt` is ignored.
 * Throws a RangeError for an unreadable date.
 */
export function isReReferral(
  receivedAt: string,
  previousReferralDates: readonly string[],
  months: number = RE_REFERRAL_MONTHS,
): string | null {
  const received = momentOf(receivedAt, 'receivedAt');
  const windowStart = subtractCalendarMonths(received.date, months);
  let best: { value: string; moment: ReferralMoment } | null = null;
  for (const value of previousReferralDates) {
    const previous = momentOf(value, 'A previous referral date');
    if (previous.date < windowStart || previous.date > received.date) continue;
    if (previous.time !== null && received.time !== null && previous.time >= received.time) continue;
    if (best === null || isLater(previous, best.moment)) best = { value, moment: previous };
  }
  return best?.value ?? null;
}

function isLater(a: ReferralMoment, b: ReferralMoment): boolean {
  if (a.date !== b.date) return a.date > b.date;
  return (a.time ?? Number.NEGATIVE_INFINITY) > (b.time ?? Number.NEGATIVE_INFINITY);
}
