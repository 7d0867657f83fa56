/**
 * Corrections to the `date-holidays` data for England and Wales (GB-ENG).
 *
 * Since 2013 the library matches https://www.gov.uk/bank-holidays, including substitute days and
 * the one-off days of 2020 (VE Day moved to Fri 8 May), 2022 (Spring bank holiday moved to Thu
 * 2 June, Platinum Jubilee Fri 3 June, State Funeral Mon 19 September) and 2023 (Coronation Mon
 * 8 May). Before that it lacks the days below, so historic clocks (data migrated from a legacy case
 * system, breach reports over old cases) need them. Years before 1995 are not checked.
 *
 * Bank holidays in England and Wales come from the Banking and Financial Dealings Act 1971: s.1 and
 * Schedule 1 list the regular days; s.1(2) lets a royal proclamation move one of them in a
 * particular year; s.1(3) lets a proclamation appoint an extra, special day. Good Friday and
 * Christmas Day are common-law holidays. A future one-off day should be added here (with its
 * proclamation) if the library has not caught up by then.
 *
 * `add` puts a day in (ignored if the library already has it); `remove` takes out a day the
 * library lists but which was moved by proclamation.
 */
export interface BankHolidayAmendment {
  date: string;
  name: string;
  change: 'add' | 'remove';
  legalSource: string;
}

export const englandAndWalesBankHolidayAmendments: readonly BankHolidayAmendment[] = [
  {
    date: '1995-05-01',
    name: 'Early May bank holiday',
    change: 'remove',
    legalSource:
      'Royal proclamation under s.1(2) Banking and Financial Dealings Act 1971: the Early May bank holiday of 1995 moved to Monday 8 May for the 50th anniversary of VE Day',
  },
  {
    date: '1995-05-08',
    name: 'Early May bank holiday (VE Day)',
    change: 'add',
    legalSource:
      'Royal proclamation under s.1(2) Banking and Financial Dealings Act 1971 (50th anniversary of VE Day)',
  },
  {
    date: '1999-12-31',
    name: 'Millennium Day',
    change: 'add',
    legalSource: 'Royal proclamation under s.1(3) Banking and Financial Dealings Act 1971 (special day, the millennium)',
  },
  {
    date: '2002-05-27',
    name: 'Spring bank holiday',
    change: 'remove',
    legalSource:
      'Royal proclamation under s.1(2) Banking and Financial Dealings Act 1971: the Spring bank holiday of 2002 moved to Tuesday 4 June',
  },
  {
    date: '2002-06-03',
    name: 'Queen’s Golden Jubilee',
    change: 'add',
    legalSource: 'Royal proclamation under s.1(3) Banking and Financial Dealings Act 1971 (special day, Golden Jubilee)',
  },
  {
    date: '2002-06-04',
    name: 'Spring bank holiday',
    change: 'add',
    legalSource: 'Royal proclamation under s.1(2) Banking and Financial Dealings Act 1971 (moved from Monday 27 May)',
  },
  {
    date: '2011-04-29',
    name: 'Royal wedding',
    change: 'add',
    legalSource:
      'Royal proclamation under s.1(3) Banking and Financial Dealings Act 1971 (special day, wedding of Prince William and Catherine Middleton)',
  },
  {
    date: '2012-05-28',
    name: 'Spring bank holiday',
    change: 'remove',
    legalSource:
      'Royal proclamation under s.1(2) Banking and Financial Dealings Act 1971: the Spring bank holiday of 2012 moved to Monday 4 June',
  },
  {
    date: '2012-06-04',
    name: 'Spring bank holiday',
    change: 'add',
    legalSource: 'Royal proclamation under s.1(2) Banking and Financial Dealings Act 1971 (moved from Monday 28 May)',
  },
];
