import { z } from 'zod';

/**
 * UK postcodes: an outward code (area and district, "SG1") and an inward code (sector digit and
 * unit, "1AA"). The pattern follows the Royal Mail rules quoted in the UK Government Data Standards
 * Catalogue (BS 7666): outward forms A9, A99, AA9, AA99, A9A and AA9A; Q, V and X never first;
 * I, J and Z never second; only A–H, J, K, P, S, T, U and W third in A9A; only A, B, E, H, M, N, P,
 * R, V, W, X and Y fourth in AA9A; C, I, K, M, O and V never in the inward code; and the one
 * exception, GIR 0AA. BFPO numbers are not postcodes of homes and are not accepted.
 */
const OUTWARD = '(?:[A-PR-UWYZ]\\d\\d?|[A-PR-UWYZ][A-HK-Y]\\d\\d?|[A-PR-UWYZ]\\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\\d[ABEHMNPRVWXY])';
const INWARD = '\\d[ABD-HJLNP-UW-Z]{2}';
const POSTCODE = new RegExp(`^(?:GIR 0AA|${OUTWARD} ${INWARD})$`);

export type PostcodeProblem = 'not-a-postcode';

export const postcodeProblemMessages: Record<PostcodeProblem, string> = {
  'not-a-postcode': 'Enter a full UK postcode, like SG1 1AA',
};

/** Upper case with exactly one space before the inward code: "sg11aa" and " sg1  1aa " → "SG1 1AA". */
export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s/g, '').toUpperCase();
  if (compact.length <= 3) return compact;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** What is wrong with a postcode as typed, or null when it is valid. */
export function postcodeProblem(input: string): PostcodeProblem | null {
  return POSTCODE.test(normalisePostcode(input)) ? null : 'not-a-postcode';
}

export function isValidPostcode(input: string): boolean {
  return postcodeProblem(input) === null;
}

/** The outward code ("SG1" of "SG1 1AA"), or null when the input is not a valid postcode. */
export function postcodeOutward(postcode: string): string | null {
  const normalised = normalisePostcode(postcode);
  if (!POSTCODE.test(normalised)) return null;
  return normalised.slice(0, normalised.indexOf(' '));
}

/**
 * The postcode sector ("SG1 1" of "SG1 1AA"): a few thousand addresses, close enough to match a
 * family across records when a house number or unit is mistyped. Null when not a valid postcode.
 */
export function postcodeSector(postcode: string): string | null {
  const normalised = normalisePostcode(postcode);
  if (!POSTCODE.test(normalised)) return null;
  return normalised.slice(0, -2);
}

/** Accepts a postcode as people type it; outputs it normalised ("SG1 1AA"). */
export const postcodeSchema = z
  .string({ error: 'Enter a postcode' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = postcodeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: postcodeProblemMessages[problem] });
  })
  .transform(normalisePostcode);
