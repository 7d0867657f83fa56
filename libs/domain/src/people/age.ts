import { calendarDateParts } from './calendar-date';

/**
 * A child is a person under 18 (Children Act 1989 s105(1)). Age is counted in whole years from
 * the anniversary of the date of birth (Family Law Reform Act 1969 s9); someone born on 29 February
 * is counted a year older from 1 March in years without one, the usual reading of that section.
 */
export const ADULT_AGE = 18;

/**
 * Age in whole years on `today` (both YYYY-MM-DD). Throws a RangeError for a malformed date or when
 * `today` is before the date of birth (an unborn child has no age).
 */
export function ageOn(dateOfBirth: string, today: string): number {
  const born = calendarDateParts(dateOfBirth, 'Date of birth');
  const on = calendarDateParts(today, 'Today');
  if (today < dateOfBirth) throw new RangeError(`${today} is before the date of birth ${dateOfBirth}`);
  const hadBirthdayThisYear = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthdayThisYear ? 0 : 1);
}

/** Whether someone born on `dateOfBirth` is a child (under 18) on `today`. */
export function isChild(dateOfBirth: string, today: string): boolean {
  return ageOn(dateOfBirth, today) < ADULT_AGE;
}
