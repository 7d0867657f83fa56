// The concern code list as plain data (no zod), so a page that shows the labels does not download
// the schema library with them; concern-categories.ts adds the schema.
/**
 * What a referral is worried about, coded so the CIN census "factors identified at the end of
 * assessment" (DfE Children in Need census specification, AssessmentFactors, codes 1A to 24A) are a
 * mapping. Codes and wording follow the DfE code set; labels are shortened for forms. Older
 * specifications say "domestic violence" for 3A to 3C; we say "domestic abuse" (Domestic Abuse Act
 * 2021). Code 21 ("no factors identified") is an assessment result, not a concern, so it is left out.
 *
 * A few concerns the front door needs have no census code of their own (radicalisation, housing,
 * school attendance, children missing education, new-birth concerns). They have local codes
 * (`local-…`) and are returned as 20, "Other" (`cinFactor`).
 */
export const concernGroups = {
  'abuse-neglect': { label: 'Abuse or neglect' },
  'parental-factors': { label: 'Parents, carers or others in the household' },
  'child-factors': { label: 'The child’s own needs and circumstances' },
  exploitation: { label: 'Exploitation and harm outside the home' },
  education: { label: 'Education' },
  health: { label: 'Health' },
  housing: { label: 'Housing' },
  other: { label: 'Other' },
} as const satisfies Record<string, { label: string }>;
export type ConcernGroup = keyof typeof concernGroups;
export const concernGroupCodes = Object.keys(concernGroups) as [ConcernGroup, ...ConcernGroup[]];

/** The CIN census assessment factor codes (DfE CIN census specification, AssessmentFactors). */
export const cinFactorCodes = [
  '1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C',
  '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A',
  '15A', '16A', '17A', '18B', '18C', '19B', '19C', '20', '21', '22A', '23A', '24A',
] as const;
export type CinFactorCode = (typeof cinFactorCodes)[number];

interface ConcernCategoryDefinition {
  label: string;
  group: ConcernGroup;
  /** The CIN census factor this concern is returned as. */
  cinFactor: Exclude<CinFactorCode, '21'>;
}

/**
 * In form order. A list, not an object: the key "20" is an integer-like key, which JavaScript
 * would put first in an object's key order.
 */
const concernCategoryList = [
  { code: '1A', label: 'Alcohol misuse: the child', group: 'child-factors', cinFactor: '1A' },
  { code: '1B', label: 'Alcohol misuse: a parent or carer', group: 'parental-factors', cinFactor: '1B' },
  { code: '1C', label: 'Alcohol misuse: another person in the household', group: 'parental-factors', cinFactor: '1C' },
  { code: '2A', label: 'Drug misuse: the child', group: 'child-factors', cinFactor: '2A' },
  { code: '2B', label: 'Drug misuse: a parent or carer', group: 'parental-factors', cinFactor: '2B' },
  { code: '2C', label: 'Drug misuse: another person in the household', group: 'parental-factors', cinFactor: '2C' },
  { code: '3A', label: 'Domestic abuse: the child is subject to it', group: 'abuse-neglect', cinFactor: '3A' },
  { code: '3B', label: 'Domestic abuse: a parent or carer is subject to it', group: 'parental-factors', cinFactor: '3B' },
  { code: '3C', label: 'Domestic abuse: another person in the household is subject to it', group: 'parental-factors', cinFactor: '3C' },
  { code: '4A', label: 'Mental health: the child', group: 'health', cinFactor: '4A' },
  { code: '4B', label: 'Mental health: a parent or carer', group: 'parental-factors', cinFactor: '4B' },
  { code: '4C', label: 'Mental health: another person in the household', group: 'parental-factors', cinFactor: '4C' },
  { code: '5A', label: 'Learning disability: the child', group: 'health', cinFactor: '5A' },
  { code: '5B', label: 'Learning disability: a parent or carer', group: 'parental-factors', cinFactor: '5B' },
  { code: '5C', label: 'Learning disability: another person in the household', group: 'parental-factors', cinFactor: '5C' },
  { code: '6A', label: 'Physical disability or illness: the child', group: 'health', cinFactor: '6A' },
  { code: '6B', label: 'Physical disability or illness: a parent or carer', group: 'parental-factors', cinFactor: '6B' },
  { code: '6C', label: 'Physical disability or illness: another person in the household', group: 'parental-factors', cinFactor: '6C' },
  { code: '7A', label: 'Young carer', group: 'child-factors', cinFactor: '7A' },
  { code: '8B', label: 'Privately fostered: from overseas, intending to return', group: 'child-factors', cinFactor: '8B' },
  { code: '8C', label: 'Privately fostered: from overseas, intending to stay', group: 'child-factors', cinFactor: '8C' },
  { code: '8D', label: 'Privately fostered: UK child in an educational placement', group: 'child-factors', cinFactor: '8D' },
  { code: '8E', label: 'Privately fostered: UK child in an alternative family arrangement', group: 'child-factors', cinFactor: '8E' },
  { code: '8F', label: 'Privately fostered: other', group: 'child-factors', cinFactor: '8F' },
  { code: '9A', label: 'Unaccompanied asylum-seeking child', group: 'child-factors', cinFactor: '9A' },
  { code: '10A', label: 'Going or being missing', group: 'exploitation', cinFactor: '10A' },
  { code: '11A', label: 'Child sexual exploitation', group: 'exploitation', cinFactor: '11A' },
  { code: '12A', label: 'Trafficking', group: 'exploitation', cinFactor: '12A' },
  { code: '13A', label: 'Gangs', group: 'exploitation', cinFactor: '13A' },
  { code: '14A', label: 'Socially unacceptable behaviour', group: 'child-factors', cinFactor: '14A' },
  { code: '15A', label: 'Self-harm', group: 'health', cinFactor: '15A' },
  { code: '16A', label: 'Neglect', group: 'abuse-neglect', cinFactor: '16A' },
  { code: '17A', label: 'Emotional abuse', group: 'abuse-neglect', cinFactor: '17A' },
  { code: '18B', label: 'Physical abuse by another child', group: 'abuse-neglect', cinFactor: '18B' },
  { code: '18C', label: 'Physical abuse by an adult', group: 'abuse-neglect', cinFactor: '18C' },
  { code: '19B', label: 'Sexual abuse by another child', group: 'abuse-neglect', cinFactor: '19B' },
  { code: '19C', label: 'Sexual abuse by an adult', group: 'abuse-neglect', cinFactor: '19C' },
  { code: '22A', label: 'Female genital mutilation (FGM)', group: 'abuse-neglect', cinFactor: '22A' },
  { code: '23A', label: 'Abuse linked to faith or belief', group: 'abuse-neglect', cinFactor: '23A' },
  { code: '24A', label: 'Child criminal exploitation', group: 'exploitation', cinFactor: '24A' },
  // Local codes (no census factor; returned as 20, "Other").
  { code: 'local-radicalisation', label: 'Radicalisation or extremism', group: 'exploitation', cinFactor: '20' },
  { code: 'local-housing', label: 'Homelessness or unsafe housing', group: 'housing', cinFactor: '20' },
  { code: 'local-attendance', label: 'School attendance', group: 'education', cinFactor: '20' },
  { code: 'local-missing-education', label: 'Not in school (child missing education)', group: 'education', cinFactor: '20' },
  { code: 'local-new-birth', label: 'Concern about a new baby or unborn baby', group: 'health', cinFactor: '20' },
  { code: '20', label: 'Other', group: 'other', cinFactor: '20' },
] as const satisfies readonly (ConcernCategoryDefinition & { code: string })[];
export type ConcernCategory = (typeof concernCategoryList)[number]['code'];
export const concernCategoryCodes = concernCategoryList.map((category) => category.code) as [ConcernCategory, ...ConcernCategory[]];

export const concernCategories: Readonly<Record<ConcernCategory, ConcernCategoryDefinition>> = Object.fromEntries(
  concernCategoryList.map(({ code, ...definition }) => [code, definition]),
) as Record<ConcernCategory, ConcernCategoryDefinition>;

/** The concerns of a group, in list order (for a grouped checkbox list). */
export function concernCategoriesInGroup(group: ConcernGroup): ConcernCategory[] {
  return concernCategoryCodes.filter((code) => concernCategories[code].group === group);
}

/** The CIN census factor codes for a referral's concerns, each once, in code-list order. */
export function cinFactorsOf(concerns: readonly ConcernCategory[]): CinFactorCode[] {
  const wanted = new Set(concerns.map((code) => concernCategories[code].cinFactor));
  return cinFactorCodes.filter((code) => wanted.has(code as Exclude<CinFactorCode, '21'>));
}
