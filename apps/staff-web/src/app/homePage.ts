import type { Role } from '@childfirst/domain/access';

/**
 * The page each person starts at ("/"), chosen by what their role is for, not by what they happen
 * to be allowed: the front door works its queue, key workers and social workers their caseload,
 * the agencies answer the front door's requests, inspectors look records up (a case only through a
 * grant), and admins, who do not read records by role, get what administration there is.
 */
export type HomePage = 'triage-queue' | 'caseload' | 'information-requests' | 'find-a-person' | 'administration';

/** Strongest first: someone with several roles starts where the first of them puts them. */
const homeByRole: readonly (readonly [Role, HomePage])[] = [
  ['triage-manager', 'triage-queue'],
  // Team managers take the front door's escalations and decide with it (PRODUCT.md); their team's cases are a search away.
  ['team-manager', 'triage-queue'],
  ['key-worker', 'caseload'],
  ['social-worker', 'caseload'],
  ['education-officer', 'information-requests'],
  ['health-visitor', 'information-requests'],
  ['police-officer', 'information-requests'],
  ['inspector', 'find-a-person'],
  ['admin', 'administration'],
];

export function homePageFor(roles: readonly Role[]): HomePage | null {
  return homeByRole.find(([role]) => roles.includes(role))?.[1] ?? null;
}
