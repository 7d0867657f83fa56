import { z } from 'zod';

/**
 * The NHS number: ten digits, the tenth a modulus 11 check digit (NHS Data Dictionary, "NHS
 * Number"). People read them out and type them in groups ("943 476 5919") or with hyphens, so
 * input is normalised to its digits before checking and stored as ten digits.
 */
export type NhsNumberProblem = 'not-ten-digits' | 'wrong-check-digit' | 'never-issued';

export const nhsNumberProblemMessages: Record<NhsNumberProblem, string> = {
  'not-ten-digits': 'Enter an NHS number with 10 digits, like 943 476 5919',
  'wrong-check-digit': 'Check the NHS number – one of the digits is wrong',
  // A check digit of 10 cannot be written as one digit, so the NHS never issues these numbers.
  'never-issued': 'Check the NHS number – no NHS number starts with those 9 digits',
};

/** Removes the spaces and hyphens people type between the groups of digits. */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/**
 * The check digit for the first nine digits: weights 10 down to 2, remainder of the sum by 11,
 * check = 11 − remainder, with 11 written as 0. Null when the result is 10 (never issued).
 * Throws a RangeError unless given exactly nine digits.
 */
export function nhsNumberCheckDigit(firstNineDigits: string): number | null {
  if (!/^\d{9}$/.test(firstNineDigits)) throw new RangeError(`Expected 9 digits, got "${firstNineDigits}"`);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNineDigits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** What is wrong with an NHS number as typed, or null when it is valid. */
export function nhsNumberProblem(input: string): NhsNumberProblem | null {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return 'not-ten-digits';
  const check = nhsNumberCheckDigit(digits.slice(0, 9));
  if (check === null) return 'never-issued';
  return check === Number(digits[9]) ? null : 'wrong-check-digit';
}

export function isValidNhsNumber(input: string): boolean {
  return nhsNumberProblem(input) === null;
}

/** "9434765919" → "943 476 5919", the 3-3-4 grouping the NHS prints. Throws a RangeError for anything but 10 digits. */
export function formatNhsNumber(nhsNumber: string): string {
  const digits = normaliseNhsNumber(nhsNumber);
  if (!/^\d{10}$/.test(digits)) throw new RangeError(`Expected an NHS number of 10 digits, got "${nhsNumber}"`);
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** Accepts an NHS number as people type it; outputs its ten digits. */
export const nhsNumberSchema = z
  .string({ error: 'Enter an NHS number' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = nhsNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: nhsNumberProblemMessages[problem] });
  })
  .transform(normaliseNhsNumber);
