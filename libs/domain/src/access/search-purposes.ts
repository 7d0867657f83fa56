/**
 * Why a practitioner searches for a person. Every search is audited with its purpose (PRODUCT.md:
 * "every read ... is audited with purpose"), so a data protection officer can see why someone
 * looked, not only that they did. `other` needs the reason in the practitioner's own words.
 */
export const personSearchPurposes = {
  'making-a-referral': { label: 'Making a referral' },
  'matching-a-referral': { label: 'Matching a referral to a record' },
  'checking-before-a-visit': { label: 'Checking before a visit' },
  'working-with-the-family': { label: 'Working with the child or family' },
  'merging-records': { label: 'Finding duplicate records to merge' },
  other: { label: 'Other' },
} as const satisfies Record<string, { label: string }>;
export type PersonSearchPurpose = keyof typeof personSearchPurposes;
export const personSearchPurposeCodes = Object.keys(personSearchPurposes) as [PersonSearchPurpose, ...PersonSearchPurpose[]];

/** The purpose as the audit trail and "who has viewed this record" show it: "Other: checking a school roll". */
export function personSearchPurposeText(purpose: PersonSearchPurpose, detail: string | null | undefined): string {
  const label = personSearchPurposes[purpose].label;
  return detail ? `${label}: ${detail}` : label;
}
