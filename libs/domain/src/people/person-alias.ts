import { z } from 'zod';

/**
 * Other names a person is or was known by. Records are matched on these too, because agencies
 * that know a child under different names or spellings do not connect what they know (the
 * Victoria Climbié Inquiry, Laming 2003, where she was known to services as "Anna").
 */
export const aliasTypes = {
  'previous-name': { label: 'Previous name' },
  'also-known-as': { label: 'Also known as' },
  'alternative-spelling': { label: 'Alternative spelling' },
} as const satisfies Record<string, { label: string }>;
export type AliasType = keyof typeof aliasTypes;
export const aliasTypeCodes = Object.keys(aliasTypes) as [AliasType, ...AliasType[]];

export const personAliasSchema = z
  .object({
    type: z.enum(aliasTypeCodes, { error: 'Select the kind of other name' }),
    givenName: z
      .string()
      .trim()
      .max(100, { error: 'Given name must be 100 characters or fewer' })
      .optional(),
    familyName: z
      .string({ error: 'Enter the family name they are or were known by' })
      .trim()
      .min(1, { error: 'Enter the family name they are or were known by' })
      .max(100, { error: 'Family name must be 100 characters or fewer' }),
  })
  .strict();
export type PersonAlias = z.infer<typeof personAliasSchema>;
