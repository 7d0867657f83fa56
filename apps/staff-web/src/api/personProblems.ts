// Reading the problems the people endpoints answer with. Kept apart from the client so the schema
// code loads with the pages that need it, not with every page.
import { personSearchHitSchema } from '@childfirst/domain/casework';
import { ApiError } from '@childfirst/ui';
import { z } from 'zod';
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

/** One change someone else made to a record, as a 409 …:person-changed-since-viewed lists it. */
export interface PersonRecordChange {
  version: number;
  changedAt: string;
  changedBy: string;
  /** What changed, as people read it: "Family name", "Date of birth". */
  fields: string[];
}

export interface PersonChangedSinceViewed {
  /** The API's explanation, to show as it is. */
  detail: string;
  /** The version the record is at now, when the API said. */
  currentVersion: number | null;
  /** What changed since the version edited, oldest first; empty when the API listed none that can be read. */
  changes: PersonRecordChange[];
}

const personRecordChangesSchema = z.array(
  z.object({ version: z.number().int(), changedAt: z.string(), changedBy: z.string(), fields: z.array(z.string()) }),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stale edit a PATCH /staff/people/:id was refused for (409, type …:person-changed-since-viewed,
 * domain code PERSON_CHANGED_SINCE_VIEWED), or null for any other error. The API puts the problem's
 * extension members (`currentVersion`, `changes`) at the top level of the body, where the client
 * keeps them in `problem.extensions`; they are also read from a nested `extensions` member.
 */
export function personChangedSinceViewedOf(error: unknown): PersonChangedSinceViewed | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const members = error.problem.extensions ?? {};
  const isStaleEdit = (error.problem.type?.endsWith(':person-changed-since-viewed') ?? false) || members.code === 'PERSON_CHANGED_SINCE_VIEWED';
  if (!isStaleEdit) return null;
  const extensions = isRecord(members.extensions) ? { ...members, ...members.extensions } : members;
  const changes = personRecordChangesSchema.safeParse(extensions.changes);
  return {
    detail: error.problem.detail ?? error.problem.title,
    currentVersion: typeof extensions.currentVersion === 'number' ? extensions.currentVersion : null,
    changes: changes.success ? changes.data : [],
  };
}
