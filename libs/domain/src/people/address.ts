import { z } from 'zod';
import { postcodeSchema } from './postcode';

/** A UK postal address as a family would write it; the postcode is checked and normalised ("SG1 1AA"). */
export const addressSchema = z
  .object({
    line1: z
      .string({ error: 'Enter the first line of the address' })
      .trim()
      .min(1, { error: 'Enter the first line of the address' })
      .max(100, { error: 'The first line of the address must be 100 characters or fewer' }),
    line2: z
      .string()
      .trim()
      .max(100, { error: 'The second line of the address must be 100 characters or fewer' })
      .optional(),
    town: z
      .string({ error: 'Enter the town or city' })
      .trim()
      .min(1, { error: 'Enter the town or city' })
      .max(60, { error: 'Town or city must be 60 characters or fewer' }),
    postcode: postcodeSchema,
  })
  .strict();
export type Address = z.infer<typeof addressSchema>;
