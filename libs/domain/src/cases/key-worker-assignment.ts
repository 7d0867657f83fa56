import { z } from 'zod';
import { storableText } from '../text';

/**
 * Giving a family case its one key worker (PRODUCT.md promise 1), or handing it to another. The
 * version is the case version the manager saw, so two managers reallocating at once cannot both win.
 */
export const keyWorkerAssignmentSchema = z
  .object({
    practitionerId: z.uuid({ error: 'Choose the key worker' }),
    reason: z.string().trim().max(1000, { error: 'The reason must be 1,000 characters or fewer' }).optional(),
    version: z
      .number({ error: 'Send the version of the case you changed, so nobody else’s change is overwritten' })
      .int({ error: 'The case version must be a whole number of 1 or more' })
      .positive({ error: 'The case version must be a whole number of 1 or more' }),
  })
  .strict()
  .check(storableText);
export type KeyWorkerAssignment = z.infer<typeof keyWorkerAssignmentSchema>;
