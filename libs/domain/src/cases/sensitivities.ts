import { z } from 'zod';

/**
 * How sensitive a note, chronology entry or field is: some information is visible to fewer people
 * than the record it is on (PRODUCT.md, "Access rules": field-level sensitivity). This list names
 * the levels and labels them for forms; who may see each is decided by the access policy
 * (canSeeSensitive in access/case-access-policy.ts), which the comments below summarise.
 */
export const sensitivities = {
  /** Seen by everyone who can see the case; shown to the family when it is about them and shareable. */
  standard: { label: 'Standard' },
  /**
   * About or from someone outside the family, such as a neighbour who reported a concern: the
   * recording agency and the social care safeguarding leads. Withheld from the family and from
   * subject access requests unless that person agrees (Data Protection Act 2018 Sch 2 para 16).
   */
  'third-party': { label: 'Third-party information' },
  /** Police intelligence shared for safeguarding (for example in the MASH): police and the social care safeguarding leads. */
  'police-intelligence': { label: 'Police intelligence' },
  /**
   * An address that must not reach someone who could harm the person (a refuge, a foster or
   * adoptive placement): the key worker and the social care safeguarding leads.
   */
  'confidential-address': { label: 'Confidential address' },
} as const satisfies Record<string, { label: string }>;
export type Sensitivity = keyof typeof sensitivities;
export const sensitivityCodes = Object.keys(sensitivities) as [Sensitivity, ...Sensitivity[]];

export const sensitivitySchema = z.enum(sensitivityCodes, { error: 'Select how sensitive this is' });
