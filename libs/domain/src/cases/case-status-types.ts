import { z } from 'zod';

/**
 * The statuses a child can have on a family case (PRODUCT.md, "Family case"), several at once (a
 * looked-after child with an EHC plan). `statutoryReturn` names the DfE collection that counts
 * the status, so the returns can be built from these rows.
 */
export const caseStatusTypes = {
  'early-help': { label: 'Early help', statutoryReturn: null },
  'child-in-need': { label: 'Child in need', statutoryReturn: 'cin-census' },
  'child-protection-plan': { label: 'Child protection plan', statutoryReturn: 'cin-census' },
  'looked-after': { label: 'Looked after', statutoryReturn: 'ssda903' },
  'sen-support': { label: 'SEN support', statutoryReturn: 'school-census' },
  'ehc-plan': { label: 'Education, health and care (EHC) plan', statutoryReturn: 'sen2' },
  'disabled-childrens-service': { label: 'Disabled children’s service', statutoryReturn: 'cin-census' },
} as const satisfies Record<string, { label: string; statutoryReturn: 'cin-census' | 'ssda903' | 'school-census' | 'sen2' | null }>;
export type CaseStatusType = keyof typeof caseStatusTypes;
export const caseStatusTypeCodes = Object.keys(caseStatusTypes) as [CaseStatusType, ...CaseStatusType[]];

export const caseStatusTypeSchema = z.enum(caseStatusTypeCodes, { error: 'Select a status' });
