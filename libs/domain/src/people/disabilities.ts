import { z } from 'zod';

/**
 * Disability as the CIN census records it (data item N00099): NONE, or one or more of the
 * impairment codes. The DfE Standard Safeguarding Dataset holds the same codes, so the return
 * carries our values unchanged.
 */
export const disabilities = {
  NONE: { label: 'No disability' },
  MOB: { label: 'Mobility (getting about)' },
  HAND: { label: 'Hand function' },
  PC: { label: 'Personal care' },
  INC: { label: 'Incontinence' },
  COMM: { label: 'Communication' },
  LD: { label: 'Learning' },
  HEAR: { label: 'Hearing' },
  VIS: { label: 'Vision' },
  BEH: { label: 'Behaviour' },
  CON: { label: 'Consciousness' },
  AUT: { label: 'Autism or Asperger syndrome' },
  DDA: { label: 'Other disability (Equality Act 2010, formerly the DDA)' },
} as const satisfies Record<string, { label: string }>;
export type Disability = keyof typeof disabilities;
export const disabilityCodes = Object.keys(disabilities) as [Disability, ...Disability[]];

export const disabilitySchema = z.enum(disabilityCodes, { error: 'Select a disability from the list' });

/**
 * A person's disabilities: each at most once, and NONE only on its own (the CIN census rejects
 * NONE alongside an impairment). An empty list means nobody has asked yet.
 */
export const disabilitiesSchema = z.array(disabilitySchema).superRefine((codes, ctx) => {
  if (new Set(codes).size !== codes.length) {
    ctx.addIssue({ code: 'custom', message: 'Select each disability only once' });
  }
  if (codes.includes('NONE') && codes.length > 1) {
    ctx.addIssue({ code: 'custom', message: 'Select “no disability” or the disabilities the person has, not both' });
  }
});
