import { z } from 'zod';
import type { Agency } from './agencies';

/**
 * The kinds of organisation practitioners work in, each belonging to one agency. Schools sit in
 * school clusters (PRODUCT.md promise 6); the virtual school is the council's team that promotes
 * the education of looked-after children (Children Act 1989 s22(3A) and (3B)).
 */
export const organisationKinds = {
  school: { label: 'School', agency: 'education' },
  'virtual-school': { label: 'Virtual school', agency: 'education' },
  // The council's own education services: SEND and EHC, attendance (education welfare), inclusion.
  'education-team': { label: 'Education team', agency: 'education' },
  'social-care-team': { label: 'Social care team', agency: 'social-care' },
  'health-visiting-team': { label: 'Health visiting team', agency: 'health' },
  'gp-practice': { label: 'GP practice', agency: 'health' },
  hospital: { label: 'Hospital', agency: 'health' },
  'police-unit': { label: 'Police unit', agency: 'police' },
  'voluntary-organisation': { label: 'Voluntary organisation', agency: 'voluntary' },
  'housing-team': { label: 'Housing team', agency: 'housing' },
} as const satisfies Record<string, { label: string; agency: Agency }>;
export type OrganisationKind = keyof typeof organisationKinds;
export const organisationKindCodes = Object.keys(organisationKinds) as [OrganisationKind, ...OrganisationKind[]];

export const organisationKindSchema = z.enum(organisationKindCodes, { error: 'Select the kind of organisation' });

/** The kinds of organisation an agency has, in list order. */
export function organisationKindsOf(agency: Agency): OrganisationKind[] {
  return organisationKindCodes.filter((kind) => organisationKinds[kind].agency === agency);
}
