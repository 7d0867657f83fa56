import { z } from 'zod';

/**
 * Religion, with the options of the ONS Census 2021 question "What is your religion?" plus
 * refused and not known. No DfE return collects religion; it is recorded because it can matter to
 * placements and care plans (Children Act 1989 s22(5)(c): due consideration to religious persuasion).
 */
export const religions = {
  'no-religion': { label: 'No religion' },
  christian: { label: 'Christian' },
  buddhist: { label: 'Buddhist' },
  hindu: { label: 'Hindu' },
  jewish: { label: 'Jewish' },
  muslim: { label: 'Muslim' },
  sikh: { label: 'Sikh' },
  other: { label: 'Any other religion' },
  refused: { label: 'Prefer not to say' },
  'not-known': { label: 'Not known' },
} as const satisfies Record<string, { label: string }>;
export type Religion = keyof typeof religions;
export const religionCodes = Object.keys(religions) as [Religion, ...Religion[]];

export const religionSchema = z.enum(religionCodes, { error: 'Select a religion from the list, or “not known”' });
