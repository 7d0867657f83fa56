import { z } from 'zod';

/**
 * How one person is related to another (PRODUCT.md, "Family / household"). A relationship reads
 * "person is the <type> of related person": { person: Sarah, related: Leah, type: 'parent' } is
 * "Sarah is Leah's parent", and its reciprocal reads the other way ("Leah is Sarah's child").
 *
 * `genogramKind` says how the genogram draws it: parentage as a line down to the child,
 * partnership as a line between partners, sibling as shared generation, other not as a line.
 * `generationsAbove` is how many generations the person sits above the related person (null when
 * the relationship says nothing about generations, as with a friend or a carer).
 */
export const genogramKinds = ['parentage', 'partnership', 'sibling', 'other'] as const;
export type GenogramKind = (typeof genogramKinds)[number];

export const relationshipTypes = {
  parent: { label: 'Parent', reciprocal: 'child', genogramKind: 'parentage', generationsAbove: 1 },
  child: { label: 'Child', reciprocal: 'parent', genogramKind: 'parentage', generationsAbove: -1 },
  'step-parent': { label: 'Step-parent', reciprocal: 'step-child', genogramKind: 'parentage', generationsAbove: 1 },
  'step-child': { label: 'Step-child', reciprocal: 'step-parent', genogramKind: 'parentage', generationsAbove: -1 },
  'adoptive-parent': { label: 'Adoptive parent', reciprocal: 'adopted-child', genogramKind: 'parentage', generationsAbove: 1 },
  'adopted-child': { label: 'Adopted child', reciprocal: 'adoptive-parent', genogramKind: 'parentage', generationsAbove: -1 },
  'foster-carer': { label: 'Foster carer', reciprocal: 'foster-child', genogramKind: 'parentage', generationsAbove: 1 },
  'foster-child': { label: 'Foster child', reciprocal: 'foster-carer', genogramKind: 'parentage', generationsAbove: -1 },
  'special-guardian': {
    label: 'Special guardian',
    reciprocal: 'child-under-special-guardianship',
    genogramKind: 'parentage',
    generationsAbove: 1,
  },
  'child-under-special-guardianship': {
    label: 'Child under special guardianship',
    reciprocal: 'special-guardian',
    genogramKind: 'parentage',
    generationsAbove: -1,
  },
  sibling: { label: 'Sibling', reciprocal: 'sibling', genogramKind: 'sibling', generationsAbove: 0 },
  'half-sibling': { label: 'Half-sibling', reciprocal: 'half-sibling', genogramKind: 'sibling', generationsAbove: 0 },
  'step-sibling': { label: 'Step-sibling', reciprocal: 'step-sibling', genogramKind: 'sibling', generationsAbove: 0 },
  grandparent: { label: 'Grandparent', reciprocal: 'grandchild', genogramKind: 'other', generationsAbove: 2 },
  grandchild: { label: 'Grandchild', reciprocal: 'grandparent', genogramKind: 'other', generationsAbove: -2 },
  'aunt-uncle': { label: 'Aunt or uncle', reciprocal: 'niece-nephew', genogramKind: 'other', generationsAbove: 1 },
  'niece-nephew': { label: 'Niece or nephew', reciprocal: 'aunt-uncle', genogramKind: 'other', generationsAbove: -1 },
  carer: { label: 'Carer', reciprocal: 'cared-for-person', genogramKind: 'other', generationsAbove: null },
  'cared-for-person': { label: 'Person they care for', reciprocal: 'carer', genogramKind: 'other', generationsAbove: null },
  partner: { label: 'Partner', reciprocal: 'partner', genogramKind: 'partnership', generationsAbove: 0 },
  'ex-partner': { label: 'Former partner', reciprocal: 'ex-partner', genogramKind: 'partnership', generationsAbove: 0 },
  'other-relative': { label: 'Other relative', reciprocal: 'other-relative', genogramKind: 'other', generationsAbove: null },
  friend: { label: 'Friend', reciprocal: 'friend', genogramKind: 'other', generationsAbove: null },
} as const satisfies Record<
  string,
  { label: string; reciprocal: string; genogramKind: GenogramKind; generationsAbove: number | null }
>;
export type RelationshipType = keyof typeof relationshipTypes;
export const relationshipTypeCodes = Object.keys(relationshipTypes) as [RelationshipType, ...RelationshipType[]];

export const relationshipTypeSchema = z.enum(relationshipTypeCodes, { error: 'Select how they are related' });

/** The same relationship read from the other person: reciprocalOf('grandparent') is 'grandchild'. */
export function reciprocalOf(type: RelationshipType): RelationshipType {
  return relationshipTypes[type].reciprocal;
}
