/** What the front door decides about a referral (PRODUCT.md, "Referral"). */
export const triageOutcomes = [
  'no-further-action',
  'signpost-universal-services',
  'early-help',
  'child-and-family-assessment',
  'strategy-discussion',
] as const;
export type TriageOutcome = (typeof triageOutcomes)[number];

export const triageOutcomeLabels: Record<TriageOutcome, string> = {
  'no-further-action': 'No further action',
  'signpost-universal-services': 'Signpost to universal services',
  'early-help': 'Early help (allocate a key worker)',
  'child-and-family-assessment': 'Child and family assessment',
  'strategy-discussion': 'Strategy discussion (child protection)',
};

/**
 * What the family is told, in plain English. A strategy discussion is not announced to the family
 * by the system: a social worker decides when telling them is safe (Working Together 2023, ch. 4).
 */
export const triageOutcomeForFamily: Record<TriageOutcome, string> = {
  'no-further-action':
    'We have looked at your request. We do not need to take any further action, but you can ask for help again at any time.',
  'signpost-universal-services':
    'We have looked at your request and we will send you details of local services that can help.',
  'early-help': 'We have looked at your request. A key worker will contact you to offer early help.',
  'child-and-family-assessment':
    'We have looked at your request. A social worker will contact you to talk about your family’s needs.',
  'strategy-discussion': 'We have looked at your request. Someone from the council will contact you.',
};

/**
 * What the family is told when a referral someone else made about them is decided: that someone
 * was worried and what happens now — never who referred, what they said or how it was rated. A
 * strategy discussion is told only when a social worker records that telling the family is safe.
 */
export const triageOutcomeForFamilyAboutOthersReferral: Record<TriageOutcome, string> = {
  'no-further-action':
    'Someone contacted children’s services because they were worried about your family. We have looked at it and we do not need to take any further action. If you would like help, you can ask for it at any time.',
  'signpost-universal-services':
    'Someone contacted children’s services because they were worried about your family. We have looked at it and we will send you details of local services that can help.',
  'early-help':
    'Someone contacted children’s services because they were worried about your family. We have looked at it. A key worker will contact you to offer early help.',
  'child-and-family-assessment':
    'Someone contacted children’s services because they were worried about your family. We have looked at it. A social worker will contact you to talk about your family’s needs and to carry out an assessment with you.',
  'strategy-discussion':
    'Someone contacted children’s services because they were worried about your child. A social worker will contact you to talk about it with you.',
};
