import type { Capability } from './capabilities';
import { hasCapability } from './capabilities';
import type { Sensitivity } from '../cases';
import type { Role } from './roles';

/** Agencies as codes; the catalogue with labels lives in `agencies`. */
export type AgencyCode = 'education' | 'social-care' | 'health' | 'police' | 'voluntary' | 'housing';

/** Why someone may see a family's case: never merely because they are signed in (PRODUCT.md). */
export type CaseRelationship = 'key-worker' | 'team-member' | 'same-team' | 'triage' | 'grant' | 'break-glass';

export interface CaseViewer {
  practitionerId: string | null;
  roles: readonly Role[];
  agency: AgencyCode | null;
  teamId: string | null;
}

/** What is recorded about the case that bears on access; gathered by the server, decided here. */
export interface CaseAccessFacts {
  keyWorkerId: string | null;
  /** Current members of the team around the family. */
  teamMemberIds: readonly string[];
  allocatedTeamId: string | null;
  /** A referral about this family is at the front door, so triage needs to see the case. */
  atFrontDoor: boolean;
  /** An explicit, unexpired grant for this viewer. */
  grantedToViewer: boolean;
  /** An open, unexpired break-glass access by this viewer. */
  breakGlassByViewer: boolean;
  /** Agencies the family consented to share with (not withdrawn), plus those with a recorded legal basis. */
  sharedWithAgencies: readonly AgencyCode[];
}

export type CaseAccessDecision =
  | { allowed: true; relationship: CaseRelationship; reviewRequired: boolean }
  | { allowed: false; reason: 'no-capability' | 'no-relationship' | 'not-shared-with-agency'; breakGlassAvailable: boolean };

const FRONT_DOOR_ROLES: readonly Role[] = ['triage-manager', 'team-manager'];

/** The relationship that gives access, strongest first; none means no access (bar break-glass). */
export function caseRelationshipOf(viewer: CaseViewer, facts: CaseAccessFacts): CaseRelationship | null {
  const id = viewer.practitionerId;
  if (id && facts.keyWorkerId === id) return 'key-worker';
  if (id && facts.teamMemberIds.includes(id)) return 'team-member';
  if (viewer.teamId && facts.allocatedTeamId === viewer.teamId) return 'same-team';
  if (facts.atFrontDoor && viewer.roles.some((role) => FRONT_DOOR_ROLES.includes(role))) return 'triage';
  if (facts.grantedToViewer) return 'grant';
  if (facts.breakGlassByViewer) return 'break-glass';
  return null;
}

/** The strongest of several relationships (to the cases of each family a person is in), as `caseRelationshipOf` ranks them. */
export function strongestRelationship(relationships: readonly (CaseRelationship | null)[]): CaseRelationship | null {
  const ranked: readonly CaseRelationship[] = ['key-worker', 'team-member', 'same-team', 'triage', 'grant', 'break-glass'];
  return ranked.find((relationship) => relationships.includes(relationship)) ?? null;
}

/**
 * May this viewer see this family's case? Role gives the capability; the relationship gives the
 * case; the family's consent (or a recorded legal basis) decides whether their agency may share.
 * The key worker coordinates for every agency, the front door assesses concerns under
 * safeguarding duties, an explicit grant is itself a recorded decision with its reason (inspectors
 * have no agency), and break-glass is the recorded emergency route: these do not depend on the
 * agency sharing basis. Everyone else's agency must be one the information is shared with.
 */
export function decideCaseAccess(viewer: CaseViewer, facts: CaseAccessFacts): CaseAccessDecision {
  if (!hasCapability(viewer.roles, 'record:view')) return { allowed: false, reason: 'no-capability', breakGlassAvailable: false };
  const relationship = caseRelationshipOf(viewer, facts);
  const breakGlassAvailable = hasCapability(viewer.roles, 'case:break-glass');
  if (!relationship) return { allowed: false, reason: 'no-relationship', breakGlassAvailable };
  const independentOfSharing = relationship === 'key-worker' || relationship === 'triage' || relationship === 'grant' || relationship === 'break-glass';
  if (!independentOfSharing && (!viewer.agency || !facts.sharedWithAgencies.includes(viewer.agency))) {
    return { allowed: false, reason: 'not-shared-with-agency', breakGlassAvailable };
  }
  return { allowed: true, relationship, reviewRequired: relationship === 'break-glass' };
}


const SAFEGUARDING_LEADS: readonly Role[] = ['social-worker', 'team-manager', 'triage-manager'];

/**
 * Field-level sensitivity: some information is visible to fewer people than the record.
 * - police intelligence: police and the social care safeguarding leads;
 * - third-party information: the agency that recorded it and the safeguarding leads;
 * - a confidential address (e.g. a refuge): the key worker and the safeguarding leads.
 */
export function canSeeSensitive(viewer: CaseViewer, relationship: CaseRelationship | null, sensitivity: Sensitivity, recordedByAgency: AgencyCode | null): boolean {
  const isLead = viewer.roles.some((role) => SAFEGUARDING_LEADS.includes(role));
  switch (sensitivity) {
    case 'standard':
      return true;
    case 'police-intelligence':
      return isLead || viewer.roles.includes('police-officer');
    case 'third-party':
      return isLead || (viewer.agency !== null && viewer.agency === recordedByAgency);
    case 'confidential-address':
      return isLead || relationship === 'key-worker';
  }
}

/**
 * What a person search shows of one person found ("minimum necessary", PRODUCT.md access rules).
 * - `identifiers`: the NHS number, UPN, full current address, school and parents. For someone with
 *   a relationship to the person (any case of any family they are in: key worker, team around the
 *   family, allocation, grant, break-glass) and for the front door, which matches every referral's
 *   children to their records whoever they are (a relationship by role).
 * - `identity`: name, date of birth and area (postcode district and town) only: enough to tell who
 *   someone is before a referral or a visit, not their identifiers.
 * `address` is `none` when the current address is confidential (e.g. a refuge) and the viewer may
 * not see that field; with `identity` nobody may: even its area could lead someone to the family.
 */
export interface PersonSearchDisclosure {
  shows: 'identifiers' | 'identity';
  address: 'full' | 'area' | 'none';
}

export function decidePersonSearchDisclosure(viewer: CaseViewer, relationship: CaseRelationship | null, confidentialAddress: boolean): PersonSearchDisclosure {
  const byRole = viewer.roles.some((role) => FRONT_DOOR_ROLES.includes(role));
  const shows = relationship !== null || byRole ? 'identifiers' : 'identity';
  if (shows === 'identity') return { shows, address: confidentialAddress ? 'none' : 'area' };
  return { shows, address: !confidentialAddress || canSeeSensitive(viewer, relationship, 'confidential-address', null) ? 'full' : 'none' };
}

/** Restricted records (e.g. a child at risk of being traced) are visible to named practitioners only. */
export function canSeeRestrictedPerson(viewer: CaseViewer, namedPractitionerIds: readonly string[]): boolean {
  return viewer.practitionerId !== null && namedPractitionerIds.includes(viewer.practitionerId);
}

/**
 * Writing to a case (a note, a chronology entry, a warning, consent, a status) needs the
 * capability for that kind of write and a relationship other than an inspector's read grant.
 */
export function canWriteToCase(viewer: CaseViewer, decision: CaseAccessDecision, capability: Capability): boolean {
  return decision.allowed && hasCapability(viewer.roles, capability) && decision.relationship !== 'grant';
}

/** Writing to a case needs the capability and a relationship other than an inspector's read grant. */
export function canWriteCaseNotes(viewer: CaseViewer, decision: CaseAccessDecision): boolean {
  return canWriteToCase(viewer, decision, 'case:write-notes');
}
