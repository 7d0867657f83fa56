import { z } from 'zod';

/**
 * The category of abuse or neglect under which a child protection plan is made, with its CIN
 * census code (initial and latest category of abuse, data items N00113 and N00114). "Multiple" is
 * the census's own category for a plan made under more than one.
 */
export const childProtectionCategories = {
  neglect: { label: 'Neglect', cinCode: 'NEG' },
  'physical-abuse': { label: 'Physical abuse', cinCode: 'PHY' },
  'emotional-abuse': { label: 'Emotional abuse', cinCode: 'EMO' },
  'sexual-abuse': { label: 'Sexual abuse', cinCode: 'SAB' },
  multiple: { label: 'Multiple categories', cinCode: 'MUL' },
} as const satisfies Record<string, { label: string; cinCode: string }>;
export type ChildProtectionCategory = keyof typeof childProtectionCategories;
export const childProtectionCategoryCodes = Object.keys(childProtectionCategories) as [
  ChildProtectionCategory,
  ...ChildProtectionCategory[],
];

export const childProtectionCategorySchema = z.enum(childProtectionCategoryCodes, {
  error: 'Select the category of abuse or neglect for the child protection plan',
});
