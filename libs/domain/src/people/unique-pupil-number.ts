import { z } from 'zod';

/**
 * The Unique Pupil Number (UPN), as set out in DfE "Unique Pupil Numbers (UPN) – A guide for
 * schools and local authorities": 13 characters – a check letter, the LA code (3 digits), the
 * establishment number (4 digits), the year of allocation (2 digits) and a serial (3 characters).
 * A temporary UPN, given while the permanent one is not known, ends in a letter instead of a digit.
 *
 * Letters come from an alphabet without I, O and S (easily mistaken for 1, 0 and 5); the same
 * alphabet gives letters their values in the check sum and names the check letter.
 */
export const upnAlphabet = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export type UpnProblem = 'wrong-length' | 'wrong-format' | 'wrong-check-letter';

export const upnProblemMessages: Record<UpnProblem, string> = {
  'wrong-length': 'Enter a unique pupil number with 13 characters, like H919123421001',
  'wrong-format': 'Enter a unique pupil number as a letter followed by 12 digits (a temporary number ends in a letter)',
  'wrong-check-letter': 'Check the unique pupil number – the first letter does not match the rest of the number',
};

const letter = `[${upnAlphabet}]`;
/** Characters 2–13: eleven digits, then a digit or (temporary UPN) a letter. */
const UPN_REST = new RegExp(`^\\d{11}(\\d|${letter})$`);
const UPN = new RegExp(`^${letter}\\d{11}(\\d|${letter})$`);

/** Upper case, without the spaces people type or paste in. */
export function normaliseUpn(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/**
 * The check letter for characters 2–13: each multiplied by its position (2 to 13), digits at face
 * value and a letter at its place in the alphabet (A = 0 … Z = 22); the sum's remainder by 23 picks
 * the letter (0 = A … 22 = Z). Used to check UPNs and to make valid ones for synthetic data.
 * Throws a RangeError unless given 11 digits followed by a digit or a letter of the alphabet.
 */
export function upnCheckLetter(rest12: string): string {
  if (!UPN_REST.test(rest12)) {
    throw new RangeError(`Expected 11 digits then a digit or letter (no I, O or S), got "${rest12}"`);
  }
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const character = rest12.charAt(i);
    const value = /\d/.test(character) ? Number(character) : upnAlphabet.indexOf(character);
    sum += value * (i + 2);
  }
  return upnAlphabet.charAt(sum % 23);
}

/** What is wrong with a UPN as typed, or null when it is valid. */
export function upnProblem(input: string): UpnProblem | null {
  const upn = normaliseUpn(input);
  if (upn.length !== 13) return 'wrong-length';
  if (!UPN.test(upn)) return 'wrong-format';
  return upnCheckLetter(upn.slice(1)) === upn.charAt(0) ? null : 'wrong-check-letter';
}

export function isValidUpn(input: string): boolean {
  return upnProblem(input) === null;
}

/** A temporary UPN ends in a letter; the school replaces it when the permanent one is known. */
export function isTemporaryUpn(upn: string): boolean {
  return /[A-Z]$/.test(normaliseUpn(upn));
}

/** Accepts a UPN as people type it; outputs it in upper case without spaces. */
export const upnSchema = z
  .string({ error: 'Enter a unique pupil number' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = upnProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: upnProblemMessages[problem] });
  })
  .transform(normaliseUpn);
