// Ids that never change: the demo records the rest of the platform relies on, and the county-wide
// teams every county has exactly one of (so the demo's front-door staff work in the county's front
// door whichever county they are added to). They share one prefix that generated ids (random
// version 4 UUIDs) practically never have, which is how a database's county data is told apart.

export const FIXED_ID_PREFIX = '7d4a9c1e-0000-4000-8000-';

/** `7d4a9c1e-0000-4000-8000-` + twelve hex digits: a kind letter range and a number. */
export function fixedId(kind: 'family' | 'person' | 'practitioner' | 'organisation' | 'case' | 'cluster' | 'row', n: number): string {
  const base = { family: 0xa000, person: 0xb000, practitioner: 0xc000, organisation: 0xd000, case: 0xe000, cluster: 0xf000, row: 0x100000 }[kind];
  return `${FIXED_ID_PREFIX}${(base + n).toString(16).padStart(12, '0')}`;
}

/** The county-wide teams, with their fixed ids and names. */
export const COUNTY_TEAMS = {
  frontDoor: { id: fixedId('organisation', 1), name: 'Children’s Services Front Door (MASH)', postcode: 'SG1 2FQ' },
  childrenLookedAfter: { id: fixedId('organisation', 2), name: 'Children Looked After Team', postcode: 'SG1 2FQ' },
  disabledChildren: { id: fixedId('organisation', 3), name: 'Disabled Children’s Team', postcode: 'AL10 8HE' },
  virtualSchool: { id: fixedId('organisation', 4), name: 'Hertfordshire Virtual School', postcode: 'SG13 8DQ' },
  childAbuseInvestigation: { id: fixedId('organisation', 5), name: 'Child Abuse Investigation Unit', postcode: 'AL7 1BG' },
} as const;
