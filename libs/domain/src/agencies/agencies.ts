import { z } from 'zod';

/** The services that work a family's case together (PRODUCT.md, "Agencies and organisations"). */
export const agencies = {
  education: { label: 'Education' },
  'social-care': { label: 'Social care' },
  health: { label: 'Health' },
  police: { label: 'Police' },
  voluntary: { label: 'Voluntary sector' },
  housing: { label: 'Housing' },
} as const satisfies Record<string, { label: string }>;
export type Agency = keyof typeof agencies;
export const agencyCodes = Object.keys(agencies) as [Agency, ...Agency[]];

export const agencySchema = z.enum(agencyCodes, { error: 'Select an agency' });
