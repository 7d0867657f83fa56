import Holidays from 'date-holidays';
import { englandAndWalesBankHolidayAmendments } from './bank-holiday-amendments';
import { applyBankHolidayAmendments, englandAndWalesBankHolidays, publicHolidaysOf } from './bank-holidays';

const datesOf = (year: number) => englandAndWalesBankHolidays(year).map((h) => h.date);

describe('englandAndWalesBankHolidays (date-holidays GB-ENG, public only, weekdays, amended)', () => {
  // Checked against https://www.gov.uk/bank-holidays and a 2021-2026 calendar.
  it.each([
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']],
    [
      2022,
      ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
    ],
    [
      2023,
      ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
    ],
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    // 26 Dec 2026 is a Saturday: Boxing Day's substitute is Mon 28 Dec.
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
  ])('%i', (year, expected) => {
    expect(datesOf(year)).toEqual(expected);
  });

  it('date-holidays also returns observance days for GB (Mothering Sunday, Easter Sunday, Father’s Day); none of them is kept', () => {
    const raw = new Holidays('GB', 'ENG').getHolidays(2025, 'en');
    expect(new Set(raw.map((h) => h.type))).toEqual(new Set(['public', 'observance']));
    expect(raw.filter((h) => h.type === 'observance').map((h) => h.date.slice(0, 10))).toEqual([
      '2025-03-30',
      '2025-04-20',
      '2025-06-15',
    ]);
    for (let year = 2015; year <= 2035; year += 1) {
      const names = englandAndWalesBankHolidays(year).map((h) => h.name);
      expect(names.filter((n) => /mother|father|easter sunday/i.test(n))).toEqual([]);
    }
  });

  it('lists weekdays only, one per date, in order, 2000 to 2040', () => {
    for (let year = 2000; year <= 2040; year += 1) {
      const holidays = englandAndWalesBankHolidays(year);
      for (const { date } of holidays) {
        const day = new Date(`${date}T12:00:00Z`).getUTCDay();
        expect(day === 0 || day === 6 ? `${date} is a weekend` : 'weekday').toBe('weekday');
        expect(date.startsWith(`${year}-`)).toBe(true);
      }
      const dates = holidays.map((h) => h.date);
      expect(dates).toEqual([...new Set(dates)].sort());
      expect(holidays.length).toBeGreaterThanOrEqual(8);
    }
  });

  describe('amendments for days date-holidays lacks', () => {
    it('2011: the royal wedding, Fri 29 Apr', () => {
      expect(datesOf(2011)).toContain('2011-04-29');
    });
    it('2012: Spring bank holiday moved from Mon 28 May to Mon 4 Jun; Diamond Jubilee Tue 5 Jun', () => {
      expect(datesOf(2012)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
      expect(datesOf(2012)).not.toContain('2012-05-28');
    });
    it('2002: Golden Jubilee Mon 3 Jun; Spring bank holiday moved from Mon 27 May to Tue 4 Jun', () => {
      expect(datesOf(2002)).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
      expect(datesOf(2002)).not.toContain('2002-05-27');
    });
    it('1999: Millennium Day, Fri 31 Dec', () => {
      expect(datesOf(1999)).toContain('1999-12-31');
    });
    it('1995: Early May bank holiday moved from Mon 1 May to Mon 8 May (VE Day)', () => {
      expect(datesOf(1995)).toContain('1995-05-08');
      expect(datesOf(1995)).not.toContain('1995-05-01');
    });
    it('every amendment names its legal source', () => {
      for (const amendment of englandAndWalesBankHolidayAmendments) {
        expect(amendment.legalSource).toMatch(/Banking and Financial Dealings Act 1971/);
      }
    });
  });

  it('publicHolidaysOf keeps type public only (a weekday observance, bank or school day is dropped) and takes the London date', () => {
    expect(
      publicHolidaysOf([
        { date: '2030-03-31 00:00:00', name: 'Observance on a Sunday', type: 'observance' },
        { date: '2030-04-01 00:00:00', name: 'Observance on a Monday', type: 'observance' },
        { date: '2030-04-02 00:00:00', name: 'Bank closure', type: 'bank' },
        { date: '2030-04-03 00:00:00', name: 'School day off', type: 'school' },
        { date: '2030-04-19 00:00:00', name: 'Good Friday', type: 'public' },
      ]),
    ).toEqual([{ date: '2030-04-19', name: 'Good Friday' }]);
  });

  describe('applyBankHolidayAmendments', () => {
    it('does not duplicate a day the library already has, removes moved days and drops weekend days', () => {
      const library = [
        { date: '2030-05-06', name: 'Early May bank holiday' },
        { date: '2030-05-27', name: 'Spring bank holiday' },
        { date: '2030-06-01', name: 'A Saturday' },
      ];
      const result = applyBankHolidayAmendments(2030, library, [
        { date: '2030-05-06', name: 'Duplicate', change: 'add', legalSource: 'test' },
        { date: '2030-05-27', name: 'Spring bank holiday', change: 'remove', legalSource: 'test' },
        { date: '2030-06-03', name: 'Moved Spring bank holiday', change: 'add', legalSource: 'test' },
        { date: '2031-01-02', name: 'Another year', change: 'add', legalSource: 'test' },
      ]);
      expect(result).toEqual([
        { date: '2030-05-06', name: 'Early May bank holiday' },
        { date: '2030-06-03', name: 'Moved Spring bank holiday' },
      ]);
    });
  });

  it('rejects a year that is not a whole four-digit number', () => {
    expect(() => englandAndWalesBankHolidays(2025.5)).toThrow(RangeError);
    expect(() => englandAndWalesBankHolidays(99)).toThrow(RangeError);
  });
});
