/**
 * Where a referral came from. Each source maps to the CIN census "referral source" code
 * (DfE Children in Need census specification, code set for N00152) so the return is a mapping.
 */
export const referralSources = {
  // 1A: individual – family member, relative or carer (a parent asking for help for their child).
  'family-self': { label: 'Family (asked for help themselves)', cinCode: '1A' },
  // 1D: individual – other (1B is an acquaintance such as a neighbour, 1C the child themselves).
  public: { label: 'Member of the public', cinCode: '1D' },
  school: { label: 'School', cinCode: '2A' },
  'education-services': { label: 'Education services', cinCode: '2B' },
  gp: { label: 'GP', cinCode: '3A' },
  'health-visitor': { label: 'Health visitor', cinCode: '3B' },
  'school-nurse': { label: 'School nurse', cinCode: '3C' },
  housing: { label: 'Housing', cinCode: '4' },
  'social-care': { label: 'Local authority social care', cinCode: '5A' },
  police: { label: 'Police', cinCode: '6' },
  'voluntary-sector': { label: 'Voluntary organisation', cinCode: '8' },
  anonymous: { label: 'Anonymous', cinCode: '9' },
} as const satisfies Record<string, { label: string; cinCode: string }>;
export type ReferralSource = keyof typeof referralSources;
