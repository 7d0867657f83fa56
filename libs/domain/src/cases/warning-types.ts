import { z } from 'zod';

/** What a staff-safety warning on a person is about (PRODUCT.md: warning notes for staff safety). */
export const warningTypes = {
  'violence-or-threats': { label: 'Violence or threats' },
  'aggressive-dog': { label: 'Aggressive dog' },
  'lone-working-risk': { label: 'Do not visit alone' },
  'infection-risk': { label: 'Infection risk' },
  other: { label: 'Other risk' },
} as const satisfies Record<string, { label: string }>;
export type WarningType = keyof typeof warningTypes;
export const warningTypeCodes = Object.keys(warningTypes) as [WarningType, ...WarningType[]];

export const warningTypeSchema = z.enum(warningTypeCodes, { error: 'Select what the warning is about' });
