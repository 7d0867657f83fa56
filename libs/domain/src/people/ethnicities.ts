import { z } from 'zod';

/**
 * Ethnicity: the DfE main category codes used by the CIN census (data item N00177), SSDA903 and
 * the school census, so returns carry our value unchanged. `group` is the DfE major group used in
 * published statistics. REFU and NOBT record that the question was refused or not yet asked.
 */
export const ethnicities = {
  WBRI: { label: 'White – British', group: 'white' },
  WIRI: { label: 'White – Irish', group: 'white' },
  WIRT: { label: 'White – Traveller of Irish heritage', group: 'white' },
  WOTH: { label: 'White – any other White background', group: 'white' },
  WROM: { label: 'White – Gypsy or Roma', group: 'white' },
  MWBC: { label: 'Mixed – White and Black Caribbean', group: 'mixed' },
  MWBA: { label: 'Mixed – White and Black African', group: 'mixed' },
  MWAS: { label: 'Mixed – White and Asian', group: 'mixed' },
  MOTH: { label: 'Mixed – any other mixed background', group: 'mixed' },
  AIND: { label: 'Asian or Asian British – Indian', group: 'asian' },
  APKN: { label: 'Asian or Asian British – Pakistani', group: 'asian' },
  ABAN: { label: 'Asian or Asian British – Bangladeshi', group: 'asian' },
  AOTH: { label: 'Asian or Asian British – any other Asian background', group: 'asian' },
  BCRB: { label: 'Black or Black British – Caribbean', group: 'black' },
  BAFR: { label: 'Black or Black British – African', group: 'black' },
  BOTH: { label: 'Black or Black British – any other Black background', group: 'black' },
  CHNE: { label: 'Chinese', group: 'chinese' },
  OOTH: { label: 'Any other ethnic group', group: 'other' },
  REFU: { label: 'Refused (the person chose not to say)', group: 'unclassified' },
  NOBT: { label: 'Information not yet obtained', group: 'unclassified' },
} as const satisfies Record<string, { label: string; group: string }>;
export type Ethnicity = keyof typeof ethnicities;
export type EthnicGroup = (typeof ethnicities)[Ethnicity]['group'];
export const ethnicityCodes = Object.keys(ethnicities) as [Ethnicity, ...Ethnicity[]];

export const ethnicitySchema = z.enum(ethnicityCodes, {
  error: 'Select an ethnicity from the list, or “information not yet obtained”',
});
