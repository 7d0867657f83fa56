import { z } from 'zod';

/**
 * Names are taken as people write them: any script, apostrophes, hyphens, accents and single-word
 * family names all occur, so nothing but length is checked. The limits only keep pages and
 * letters readable; no real name reaches them.
 */
export const personNameSchema = z
  .object({
    givenName: z
      .string({ error: 'Enter a given name' })
      .trim()
      .min(1, { error: 'Enter a given name' })
      .max(100, { error: 'Given name must be 100 characters or fewer' }),
    middleNames: z
      .string()
      .trim()
      .max(200, { error: 'Middle names must be 200 characters or fewer' })
      .optional(),
    familyName: z
      .string({ error: 'Enter a family name' })
      .trim()
      .min(1, { error: 'Enter a family name' })
      .max(100, { error: 'Family name must be 100 characters or fewer' }),
    /** What the person likes to be called; letters and the family portal use it. */
    preferredName: z
      .string()
      .trim()
      .max(100, { error: 'Preferred name must be 100 characters or fewer' })
      .optional(),
  })
  .strict();
export type PersonName = z.infer<typeof personNameSchema>;

/** The name to show and to address someone by: their preferred name if they gave one, then the family name. */
export function personDisplayName(name: PersonName): string {
  const first = name.preferredName?.trim() || name.givenName;
  return `${first} ${name.familyName}`;
}
