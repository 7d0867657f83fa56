import { z } from 'zod';
import { concernCategoryCodes } from './concern-category-list';

export * from './concern-category-list';

export const concernCategorySchema = z.enum(concernCategoryCodes, { error: 'Select a concern from the list' });
