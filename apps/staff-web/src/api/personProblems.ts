// Reading the problems the people endpoints answer with. Kept apart from the client so the schema
// code loads with the pages that need it, not with every page.
import { personSearchHitSchema } from '@childfirst/domain/casework';
import { ApiError } from '@childfirst/ui';
import type { PossibleDuplicate } from './peopleTypes';

/** Whether the API refused a new person because they may already have a record. */
export function isPossibleDuplicateProblem(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && (error.problem.type?.endsWith(':possible-duplicate') ?? false);
}

const possibleDuplicatesSchema = personSearchHitSchema.array();

/**
 * The possible duplicates a 409 …:possible-duplicate problem lists (its `duplicates` member), or
 * null when the problem carries none that can be read.
 */
export function possibleDuplicatesOf(error: ApiError): PossibleDuplicate[] | null {
  const parsed = possibleDuplicatesSchema.safeParse(error.problem.extensions?.duplicates);
  return parsed.success ? parsed.data : null;
}
