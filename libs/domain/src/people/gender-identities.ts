import { z } from 'zod';

/**
 * Gender identity, asked as the ONS Census 2021 asked it ("Is the gender you identify with the
 * same as your sex registered at birth?"). No statutory return collects it, so the options are
 * ours; it is optional and never inferred from sex.
 */
export const genderIdentities = {
  'same-as-sex-registered-at-birth': { label: 'The same as their sex registered at birth' },
  'different-from-sex-registered-at-birth': { label: 'Different from their sex registered at birth' },
  'prefer-not-to-say': { label: 'Prefer not to say' },
} as const satisfies Record<string, { label: string }>;
export type GenderIdentity = keyof typeof genderIdentities;
export const genderIdentityCodes = Object.keys(genderIdentities) as [GenderIdentity, ...GenderIdentity[]];

export const genderIdentitySchema = z.enum(genderIdentityCodes, { error: 'Select an option for gender identity' });
