import { ageOn, isChild } from './age';

describe('ageOn', () => {
  it('counts whole years, turning older on the birthday', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageOn('2010-06-15', '2026-12-31')).toBe(16);
    expect(ageOn('2026-01-10', '2026-01-10')).toBe(0);
  });

  it('counts a 29 February birthday from 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('refuses malformed dates and a day before the birth', () => {
    expect(() => ageOn('2010-02-30', '2026-01-01')).toThrow(RangeError);
    expect(() => ageOn('15/06/2010', '2026-01-01')).toThrow(RangeError);
    expect(() => ageOn('2010-06-15', '2010-06-14')).toThrow(RangeError);
  });
});

describe('isChild', () => {
  it('is true until the 18th birthday', () => {
    expect(isChild('2008-06-15', '2026-06-14')).toBe(true);
    expect(isChild('2008-06-15', '2026-06-15')).toBe(false);
  });
});
