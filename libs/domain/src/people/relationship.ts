import { z } from 'zod';
import { relationshipTypeSchema } from './relationship-types';

const isoDate = (message: string) => z.iso.date({ error: message });

/**
 * A recorded relationship: person is the `type` of related person (see relationship-types.ts).
 * It is stored once; the other person's view is its reciprocal.
 */
export const relationshipSchema = z
  .object({
    personId: z.uuid({ error: 'Choose the person' }),
    relatedPersonId: z.uuid({ error: 'Choose who they are related to' }),
    type: relationshipTypeSchema,
    startedOn: isoDate('Enter the date the relationship started as a real date, like 2019-03-27').optional(),
    endedOn: isoDate('Enter the date the relationship ended as a real date, like 2023-11-05').optional(),
  })
  .strict()
  .superRefine((relationship, ctx) => {
    if (relationship.personId === relationship.relatedPersonId) {
      ctx.addIssue({
        code: 'custom',
        path: ['relatedPersonId'],
        message: 'A person cannot be related to themselves – choose someone else',
      });
    }
    if (relationship.startedOn && relationship.endedOn && relationship.endedOn < relationship.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'The end date must be on or after the start date' });
    }
  });
export type Relationship = z.infer<typeof relationshipSchema>;
