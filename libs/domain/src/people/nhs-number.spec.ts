import {
  formatNhsNumber,
  isValidNhsNumber,
  nhsNumberCheckDigit,
  nhsNumberProblem,
  nhsNumberSchema,
  normaliseNhsNumber,
} from './nhs-number';

describe('NHS number', () => {
  it('accepts known valid numbers', () => {
    // 9 4 3 4 7 6 5 9 1 × 10..2 = 90+36+24+28+42+30+20+27+2 = 299; 299 mod 11 = 2; 11 − 2 = 9 ✓
    expect(nhsNumberProblem('9434765919')).toBeNull();
    // 4 0 1 0 2 3 2 1 3 × 10..2 = 40+0+8+0+12+15+8+3+6 = 92; 92 mod 11 = 4; 11 − 4 = 7 ✓
    expect(nhsNumberProblem('4010232137')).toBeNull();
    expect(nhsNumberCheckDigit('943476591')).toBe(9);
    expect(nhsNumberCheckDigit('401023213')).toBe(7);
  });

  it('writes a check digit of 11 as 0', () => {
    // 1 0 0 0 2 0 0 0 0 × 10..2 = 10 + 2×6 = 22; 22 mod 11 = 0; 11 − 0 = 11 → 0
    expect(nhsNumberCheckDigit('100020000')).toBe(0);
    expect(isValidNhsNumber('1000200000')).toBe(true);
    expect(isValidNhsNumber('1000200001')).toBe(false);
  });

  it('refuses a wrong check digit', () => {
    expect(nhsNumberProblem('9434765918')).toBe('wrong-check-digit');
    expect(nhsNumberProblem('4010232138')).toBe('wrong-check-digit');
    // Two digits swapped: the check digit catches the transposition.
    expect(nhsNumberProblem('9434765991')).toBe('wrong-check-digit');
  });

  it('refuses numbers whose check digit would be 10, which are never issued', () => {
    // 1 2 3 4 5 6 7 8 9 × 10..2 = 10+18+24+28+30+30+28+24+18 = 210; 210 mod 11 = 1; 11 − 1 = 10
    expect(nhsNumberCheckDigit('123456789')).toBeNull();
    for (let last = 0; last <= 9; last++) expect(nhsNumberProblem(`123456789${last}`)).toBe('never-issued');
  });

  it('accepts spaces and hyphens people type, and nothing else', () => {
    expect(normaliseNhsNumber('943 476 5919')).toBe('9434765919');
    expect(normaliseNhsNumber('943-476-5919')).toBe('9434765919');
    expect(nhsNumberProblem(' 943 476 5919 ')).toBeNull();
    expect(nhsNumberProblem('943.476.5919')).toBe('not-ten-digits');
    expect(nhsNumberProblem('94347659')).toBe('not-ten-digits');
    expect(nhsNumberProblem('94347659190')).toBe('not-ten-digits');
    expect(nhsNumberProblem('')).toBe('not-ten-digits');
  });

  it('formats as the NHS prints it', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
    expect(formatNhsNumber('401-023-2137')).toBe('401 023 2137');
    expect(() => formatNhsNumber('12345')).toThrow(RangeError);
  });

  it('insists on nine digits when computing a check digit', () => {
    expect(() => nhsNumberCheckDigit('12345678')).toThrow(RangeError);
    expect(() => nhsNumberCheckDigit('12345678a')).toThrow(RangeError);
  });

  describe('nhsNumberSchema', () => {
    it('outputs the ten digits of a number typed with spaces', () => {
      expect(nhsNumberSchema.parse(' 943 476 5919 ')).toBe('9434765919');
    });
    it('explains what is wrong in plain English', () => {
      expect(nhsNumberSchema.safeParse('9434765918').error?.issues[0]?.message).toBe(
        'Check the NHS number – one of the digits is wrong',
      );
      expect(nhsNumberSchema.safeParse('943 476').error?.issues[0]?.message).toBe(
        'Enter an NHS number with 10 digits, like 943 476 5919',
      );
      expect(nhsNumberSchema.safeParse(9434765919).error?.issues[0]?.message).toBe('Enter an NHS number');
    });
  });
});
