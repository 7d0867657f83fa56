import { isTriageOutcome, triageActionSchema, triageDecisionV2Schema, triageFollowOns, triageOutcomeConsequences } from './outcome';
import { triageDecisionSchema } from './schemas';
import { triageOutcomes } from './triage-outcome';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

const KEY_WORKER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const reason = 'Attendance concerns; the family agrees to early help.';

describe('triageOutcomeConsequences', () => {
  it('says, for every outcome, what the referrer is told, whether the family is told and what follows', () => {
    expect(Object.keys(triageOutcomeConsequences)).toEqual([...triageOutcomes]);
    expect(triageOutcomes.map((outcome) => triageOutcomeConsequences[outcome].followOn)).toEqual([
      'none',
      'signpost',
      'allocate-key-worker',
      'start-assessment',
      'start-strategy-discussion',
    ]);
    for (const outcome of triageOutcomes) expect(triageOutcomeConsequences[outcome].forReferrer).toMatch(/^Thank you for your referral\./);
    expect(triageFollowOns).toEqual(['none', 'signpost', 'allocate-key-worker', 'start-assessment', 'start-strategy-discussion']);
  });

  it('does not tell the family automatically about a strategy discussion, and tells them of every other outcome', () => {
    expect(triageOutcomes.filter((outcome) => !triageOutcomeConsequences[outcome].tellFamilyAutomatically)).toEqual(['strategy-discussion']);
    expect(triageOutcomeConsequences['strategy-discussion'].forReferrer).toContain('do not discuss the referral with the family');
  });

  it('does not count asking for more information as an outcome', () => {
    expect(isTriageOutcome('request-more-information')).toBe(false);
    expect(isTriageOutcome('early-help')).toBe(true);
  });
});

describe('triageDecisionV2Schema', () => {
  it('needs a key worker for early help', () => {
    expect(triageDecisionV2Schema.parse({ outcome: 'early-help', reason, keyWorkerPractitionerId: KEY_WORKER })).toEqual({
      outcome: 'early-help',
      reason,
      keyWorkerPractitionerId: KEY_WORKER,
    });
    expect(messagesOf(triageDecisionV2Schema.safeParse({ outcome: 'early-help', reason }))).toEqual([
      ['keyWorkerPractitionerId', 'Choose the key worker who will offer the family early help'],
    ]);
    expect(messagesOf(triageDecisionV2Schema.safeParse({ outcome: 'early-help', reason, keyWorkerPractitionerId: 'Sam' }))).toEqual([
      ['keyWorkerPractitionerId', 'Choose the key worker from the list'],
    ]);
  });

  it('needs the services when signposting', () => {
    expect(
      triageDecisionV2Schema.safeParse({ outcome: 'signpost-universal-services', reason, signpostServices: 'Family Centre stay-and-play; Home-Start' }).success,
    ).toBe(true);
    expect(messagesOf(triageDecisionV2Schema.safeParse({ outcome: 'signpost-universal-services', reason, signpostServices: '  ' }))).toEqual([
      ['signpostServices', 'Enter the services the family is being signposted to'],
    ]);
    expect(
      messagesOf(triageDecisionV2Schema.safeParse({ outcome: 'signpost-universal-services', reason, signpostServices: 'x'.repeat(2001) })),
    ).toEqual([['signpostServices', 'The services must be 2,000 characters or fewer']]);
  });

  it('refuses a key worker or services for other outcomes', () => {
    expect(messagesOf(triageDecisionV2Schema.safeParse({ outcome: 'strategy-discussion', reason, keyWorkerPractitionerId: KEY_WORKER }))).toEqual([
      ['keyWorkerPractitionerId', 'Choose a key worker only when the outcome is early help'],
    ]);
    expect(messagesOf(triageDecisionV2Schema.safeParse({ outcome: 'no-further-action', reason, signpostServices: 'Home-Start' }))).toEqual([
      ['signpostServices', 'Enter services only when the outcome is to signpost the family'],
    ]);
    expect(triageDecisionV2Schema.safeParse({ outcome: 'child-and-family-assessment', reason }).success).toBe(true);
  });

  it('keeps the first version’s messages for the outcome and the reason', () => {
    expect(messagesOf(triageDecisionV2Schema.safeParse({ outcome: 'close', reason }))).toEqual([['outcome', 'Select an outcome']]);
    expect(messagesOf(triageDecisionV2Schema.safeParse({ outcome: 'no-further-action', reason: 'No.' }))).toEqual([
      ['reason', 'Give the reason for the decision in at least 10 characters'],
    ]);
  });

  it('leaves the first version as it was', () => {
    expect(triageDecisionSchema.safeParse({ outcome: 'early-help', reason }).success).toBe(true);
    expect(triageDecisionSchema.safeParse({ outcome: 'early-help', reason, keyWorkerPractitionerId: KEY_WORKER }).success).toBe(false);
  });
});

describe('triageActionSchema', () => {
  it('decides, or asks for more information without deciding', () => {
    expect(
      triageActionSchema.safeParse({ action: 'decide', decision: { outcome: 'early-help', reason, keyWorkerPractitionerId: KEY_WORKER } }).success,
    ).toBe(true);
    expect(
      triageActionSchema.parse({
        action: 'request-more-information',
        informationRequests: [{ agency: 'education', question: 'What is the attendance this term?' }],
      }),
    ).toEqual({ action: 'request-more-information', informationRequests: [{ agency: 'education', question: 'What is the attendance this term?' }] });
  });

  it('explains what is wrong', () => {
    expect(messagesOf(triageActionSchema.safeParse({ action: 'request-more-information', informationRequests: [] }))).toEqual([
      ['informationRequests', 'Ask at least one agency for information'],
    ]);
    expect(messagesOf(triageActionSchema.safeParse({ action: 'decide', decision: { outcome: 'early-help', reason } }))).toEqual([
      ['decision.keyWorkerPractitionerId', 'Choose the key worker who will offer the family early help'],
    ]);
    expect(messagesOf(triageActionSchema.safeParse({ action: 'request-more-information-and-decide' }))).toEqual([
      ['action', 'Choose whether to decide the referral or ask for more information'],
    ]);
  });
});
