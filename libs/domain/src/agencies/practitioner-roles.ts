import { z } from 'zod';
import type { Agency } from './agencies';

/**
 * A practitioner's job, from the staff personas in PRODUCT.md ("Users"). `agencies` lists where
 * the role is found. A key worker (lead practitioner) is whoever is best placed, from any agency
 * (Working Together to Safeguard Children 2023, ch. 2), and every agency has team managers. This is
 * the job, not what they may see: access follows their relationship to a case (access/).
 */
const everyAgency = ['education', 'social-care', 'health', 'police', 'voluntary', 'housing'] as const satisfies readonly Agency[];

export const practitionerRoles = {
  'key-worker': { label: 'Key worker (lead practitioner)', agencies: everyAgency },
  'social-worker': { label: 'Social worker', agencies: ['social-care'] },
  'education-officer': { label: 'Education officer', agencies: ['education'] },
  senco: { label: 'SENCO (special educational needs co-ordinator)', agencies: ['education'] },
  'ehc-coordinator': { label: 'EHC co-ordinator', agencies: ['education'] },
  'health-visitor': { label: 'Health visitor', agencies: ['health'] },
  'school-nurse': { label: 'School nurse', agencies: ['health'] },
  'police-officer': { label: 'Police officer', agencies: ['police'] },
  'housing-officer': { label: 'Housing officer', agencies: ['housing'] },
  'voluntary-sector-worker': { label: 'Voluntary sector worker', agencies: ['voluntary'] },
  'triage-manager': { label: 'Triage manager (front door)', agencies: ['social-care'] },
  'team-manager': { label: 'Team manager', agencies: everyAgency },
  'independent-reviewing-officer': { label: 'Independent reviewing officer', agencies: ['social-care'] },
} as const satisfies Record<string, { label: string; agencies: readonly Agency[] }>;
export type PractitionerRole = keyof typeof practitionerRoles;
export const practitionerRoleCodes = Object.keys(practitionerRoles) as [PractitionerRole, ...PractitionerRole[]];

export const practitionerRoleSchema = z.enum(practitionerRoleCodes, { error: 'Select a job role' });

/** Whether the role exists in an agency, for checking a practitioner's job against their team's agency. */
export function isRoleInAgency(role: PractitionerRole, agency: Agency): boolean {
  return (practitionerRoles[role].agencies as readonly Agency[]).includes(agency);
}
