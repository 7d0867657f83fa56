import { fieldErrorsFromIssues, type FieldErrors } from '@childfirst/ui';
import { personMergeRequestSchema } from '@childfirst/domain/casework';
import type { PersonMerge } from '../../api/peopleTypes';

/** The body of POST /staff/people/:id/merge: the API validates it with the same schema. */
export const personMergeSchema = personMergeRequestSchema;

export const personMergeFields = [
  { name: 'intoPersonId', id: 'intoPersonId' },
  { name: 'reason', id: 'reason' },
];

export type PersonMergeValidation = { merge: PersonMerge; errors?: undefined } | { merge?: undefined; errors: FieldErrors };

/** Checks the merge before it is sent; a record cannot be merged into itself. */
export function validatePersonMerge(personId: string, values: { intoPersonId: string; reason: string }): PersonMergeValidation {
  const parsed = personMergeSchema.safeParse(values);
  const errors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  if (!errors.intoPersonId && values.intoPersonId === personId) errors.intoPersonId = 'Choose a different record to keep: a record cannot be merged into itself';
  if (!parsed.success || Object.keys(errors).length > 0) return { errors };
  return { merge: parsed.data };
}
