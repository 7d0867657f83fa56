import { caseStatusSchema } from './case-status';
import { caseStatusTypeCodes, caseStatusTypes } from './case-status-types';
import { childProtectionCategories, childProtectionCategoryCodes } from './child-protection-categories';
import { lookedAfterLegalStatusCodes, lookedAfterLegalStatuses } from './looked-after-legal-statuses';

const personId = '7c9e2b1a-3f4d-4a5b-8c6d-9e0f1a2b3c4d';
const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('case status code lists', () => {
  it('maps child protection categories to CIN census codes', () => {
    expect(childProtectionCategoryCodes).toEqual(['neglect', 'physical-abuse', 'emotional-abuse', 'sexual-abuse', 'multiple']);
    expect(Object.values(childProtectionCategories).map((c) => c.cinCode)).toEqual(['NEG', 'PHY', 'EMO', 'SAB', 'MUL']);
  });

  it('holds the SSDA903 legal statuses', () => {
    expect(lookedAfterLegalStatusCodes).toEqual(['C1', 'C2', 'D1', 'E1', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3', 'V2', 'V3', 'V4']);
    expect(lookedAfterLegalStatuses.C2.label).toBe('Full care order');
    expect(lookedAfterLegalStatuses.V2.label).toBe('Single period of accommodation under section 20 (Children Act 1989)');
  });

  it('names the return that counts each status', () => {
    expect(caseStatusTypes['looked-after'].statutoryReturn).toBe('ssda903');
    expect(caseStatusTypes['ehc-plan'].statutoryReturn).toBe('sen2');
    expect(caseStatusTypes['early-help'].statutoryReturn).toBeNull();
  });
});

describe('caseStatusSchema', () => {
  it('accepts every status type with what it needs', () => {
    for (const statusType of caseStatusTypeCodes) {
      const extra =
        statusType === 'child-protection-plan' ? { category: 'neglect' } : statusType === 'looked-after' ? { legalStatus: 'C2' } : {};
      const result = caseStatusSchema.safeParse({ statusType, personId, startedOn: '2025-11-03', ...extra });
      expect([statusType, result.success]).toEqual([statusType, true]);
    }
  });

  it('needs the category for a child protection plan', () => {
    expect(messagesOf(caseStatusSchema.safeParse({ statusType: 'child-protection-plan', personId, startedOn: '2025-11-03' }))).toEqual([
      ['category', 'Select the category of abuse or neglect for the child protection plan'],
    ]);
    expect(
      messagesOf(caseStatusSchema.safeParse({ statusType: 'child-protection-plan', category: 'NEG', personId, startedOn: '2025-11-03' })),
    ).toEqual([['category', 'Select the category of abuse or neglect for the child protection plan']]);
  });

  it('needs the legal status for a looked-after child', () => {
    expect(messagesOf(caseStatusSchema.safeParse({ statusType: 'looked-after', personId, startedOn: '2025-11-03' }))).toEqual([
      ['legalStatus', 'Select the legal status under which the child is looked after'],
    ]);
    expect(caseStatusSchema.safeParse({ statusType: 'looked-after', legalStatus: 'V1', personId, startedOn: '2025-11-03' }).success).toBe(
      false,
    );
  });

  it('refuses a category or legal status on a status that has none', () => {
    expect(messagesOf(caseStatusSchema.safeParse({ statusType: 'child-in-need', category: 'neglect', personId, startedOn: '2025-11-03' }))).toEqual([
      ['', 'Only a child protection plan has a category of abuse'],
    ]);
    expect(messagesOf(caseStatusSchema.safeParse({ statusType: 'early-help', legalStatus: 'C1', personId, startedOn: '2025-11-03' }))).toEqual([
      ['', 'Only a looked-after child has a legal status'],
    ]);
  });

  it('refuses an unknown status and an end before the start', () => {
    expect(messagesOf(caseStatusSchema.safeParse({ statusType: 'open', personId, startedOn: '2025-11-03' }))).toEqual([
      ['statusType', 'Select a status'],
    ]);
    expect(
      messagesOf(caseStatusSchema.safeParse({ statusType: 'child-in-need', personId, startedOn: '2025-11-03', endedOn: '2025-11-02' })),
    ).toEqual([['endedOn', 'The end date must be on or after the start date']]);
  });
});
