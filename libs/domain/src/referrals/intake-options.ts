// Plain lists and limits of the intake forms (no zod), so a page that shows them does not download
// the schema library with them; intake.ts has the schemas and re-exports these.

/** The oldest approximate age a public report may give for a child. */
export const MAX_APPROXIMATE_AGE = 25;

export const publicReporterRelationships = {
  'family-member': { label: 'I am a relative or carer of the child' },
  acquaintance: { label: 'I know the family, for example as a neighbour, friend or childminder' },
  'the-child': { label: 'I am the child or young person this is about' },
  professional: { label: 'I work with the child or family' },
  other: { label: 'Other' },
} as const satisfies Record<string, { label: string }>;
export type PublicReporterRelationship = keyof typeof publicReporterRelationships;
export const publicReporterRelationshipCodes = Object.keys(publicReporterRelationships) as [
  PublicReporterRelationship,
  ...PublicReporterRelationship[],
];
