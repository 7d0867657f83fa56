import { z } from 'zod';

/**
 * Sex as the CIN census records it (data item N00783, codes M, F, U). An unborn child is recorded
 * with an expected date of birth and, until the birth, sex U – "not yet born" is not a sex.
 */
export const sexes = {
  M: { label: 'Male' },
  F: { label: 'Female' },
  U: { label: 'Not known or indeterminate' },
} as const satisfies Record<string, { label: string }>;
export type Sex = keyof typeof sexes;
export const sexCodes = Object.keys(sexes) as [Sex, ...Sex[]];

export const sexSchema = z.enum(sexCodes, { error: 'Select the person’s sex, or “not known”' });
