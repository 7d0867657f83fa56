import { z } from 'zod';

/**
 * The legal status under which a child is looked after, as SSDA903 codes them (DfE "Children
 * looked after by local authorities in England: guide to the SSDA903 collection", legal status
 * codes). Practitioners use the codes themselves ("she's on a C2"), so they are the keys.
 */
export const lookedAfterLegalStatuses = {
  C1: { label: 'Interim care order' },
  C2: { label: 'Full care order' },
  D1: { label: 'Freeing order granted' },
  E1: { label: 'Placement order granted' },
  J1: { label: 'Remanded to local authority accommodation or to youth detention accommodation' },
  J2: { label: 'Placed in local authority accommodation under the Police and Criminal Evidence Act 1984' },
  J3: { label: 'Sentenced to a youth rehabilitation order with a residence or intensive fostering requirement' },
  L1: { label: 'Under police protection and in local authority accommodation' },
  L2: { label: 'Emergency protection order' },
  L3: { label: 'Under a child assessment order and in local authority accommodation' },
  V2: { label: 'Single period of accommodation under section 20 (Children Act 1989)' },
  V3: { label: 'Agreed series of short-term breaks, with individual episodes recorded' },
  V4: { label: 'Agreed series of short-term breaks, with agreements recorded' },
} as const satisfies Record<string, { label: string }>;
export type LookedAfterLegalStatus = keyof typeof lookedAfterLegalStatuses;
export const lookedAfterLegalStatusCodes = Object.keys(lookedAfterLegalStatuses) as [
  LookedAfterLegalStatus,
  ...LookedAfterLegalStatus[],
];

export const lookedAfterLegalStatusSchema = z.enum(lookedAfterLegalStatusCodes, {
  error: 'Select the legal status under which the child is looked after',
});
