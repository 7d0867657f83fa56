import { z } from 'zod';

/**
 * The lawful grounds for sharing a family's information with an agency without their consent,
 * recorded with every such share (PRODUCT.md, "Access rules": "a recorded legal basis:
 * safeguarding"). Working Together to Safeguard Children 2023 and the DfE's "Information sharing"
 * advice (2024) say that the Data Protection Act is no barrier to sharing to keep a child safe;
 * these are the provisions practitioners cite.
 */
export const legalBases = {
  'children-act-1989-s47': { label: 'Children Act 1989 section 47 – enquiry into suspected significant harm' },
  'children-act-1989-s17': { label: 'Children Act 1989 section 17 – child in need, where the child is at risk' },
  'crime-and-disorder-act-1998-s115': { label: 'Crime and Disorder Act 1998 section 115 – preventing crime and disorder' },
  // For councils, schools and health (general processing under UK GDPR).
  'dpa-2018-sch-1-para-18': {
    label: 'Data Protection Act 2018 Schedule 1 paragraph 18 – safeguarding of children and individuals at risk',
  },
  // The same condition for police and other competent authorities (law enforcement processing, Part 3).
  'dpa-2018-sch-8-para-4': {
    label: 'Data Protection Act 2018 Schedule 8 paragraph 4 – safeguarding of children and individuals at risk (law enforcement)',
  },
  'court-order': { label: 'A court order' },
} as const satisfies Record<string, { label: string }>;
export type LegalBasis = keyof typeof legalBases;
export const legalBasisCodes = Object.keys(legalBases) as [LegalBasis, ...LegalBasis[]];

export const legalBasisSchema = z.enum(legalBasisCodes, { error: 'Select the legal basis for sharing without consent' });
