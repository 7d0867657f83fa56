import { computeDeadline, englandAndWalesCalendar, getClockRule } from '../clocks';
import { initialDecisionSchema, ragRatingCodes, ragRatings, ragRatingSchema, suggestedRagForUrgency } from './rag';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('RAG ratings', () => {
  it('run the referral RAG clocks: red 4 hours, amber 24, green 72', () => {
    expect(ragRatingCodes).toEqual(['red', 'amber', 'green']);
    expect(ragRatingCodes.map((rag) => getClockRule(ragRatings[rag].clockRuleId).duration)).toEqual([
      { amount: 4, unit: 'hours' },
      { amount: 24, unit: 'hours' },
      { amount: 72, unit: 'hours' },
    ]);
    for (const rag of ragRatingCodes) expect(getClockRule(ragRatings[rag].clockRuleId).startsAt).toBe('referral.initial-decision-made');
  });

  it('have labels and hints', () => {
    expect(ragRatings.red.label).toBe('Red');
    expect(ragRatings.amber.hint).toContain('24 hours');
    expect(messagesOf(ragRatingSchema.safeParse('purple'))).toEqual([['', 'Select a priority: red, amber or green']]);
  });

  it('suggests a rating from the referrer’s urgency', () => {
    expect(suggestedRagForUrgency).toEqual({ 'immediate-risk': 'red', 'within-24-hours': 'amber', 'not-urgent': 'green' });
  });

  it('give, with the clocks, when answers are due in real hours across the clock change', () => {
    const ragDeadline = (rag: 'red' | 'amber' | 'green', decidedAt: Date) =>
      computeDeadline(getClockRule(ragRatings[rag].clockRuleId), decidedAt, englandAndWalesCalendar);
    const decidedAt = new Date('2026-03-28T18:00:00Z'); // Saturday before the spring clock change
    const red = ragDeadline('red', decidedAt);
    expect(red.dueAt.toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(red.escalateAt?.toISOString()).toBe('2026-03-28T21:00:00.000Z');
    expect(ragDeadline('green', decidedAt).dueAt.toISOString()).toBe('2026-03-31T18:00:00.000Z');
    expect(ragDeadline('amber', decidedAt).ruleId).toBe('referral.rag.amber');
  });
});

describe('initialDecisionSchema', () => {
  const valid = {
    rag: 'amber',
    informationRequests: [
      { agency: 'health', question: 'Is the family registered with a GP and any missed appointments?' },
      { agency: 'police', question: 'Any domestic abuse call-outs to this address in the last year?' },
    ],
  };

  it('accepts a rating with up to six requests, one per agency, and an optional note', () => {
    expect(initialDecisionSchema.parse(valid)).toEqual(valid);
    expect(initialDecisionSchema.parse({ rag: 'green', informationRequests: [], note: ' Low level. ' })).toEqual({
      rag: 'green',
      informationRequests: [],
      note: 'Low level.',
    });
    const six = ['education', 'social-care', 'health', 'police', 'voluntary', 'housing'].map((agency) => ({
      agency,
      question: 'What do you know about this family?',
    }));
    expect(initialDecisionSchema.safeParse({ rag: 'red', informationRequests: six }).success).toBe(true);
  });

  it('refuses asking one agency twice', () => {
    expect(
      messagesOf(initialDecisionSchema.safeParse({ ...valid, informationRequests: [...valid.informationRequests, valid.informationRequests[0]] })),
    ).toEqual([['informationRequests.2.agency', 'Ask each agency only once; put all your questions for it together']]);
  });

  it('refuses more than six requests', () => {
    const seven = Array.from({ length: 7 }, () => ({ agency: 'health', question: 'What do you know about this family?' }));
    expect(messagesOf(initialDecisionSchema.safeParse({ rag: 'red', informationRequests: seven }))?.[0]).toEqual([
      'informationRequests',
      'Ask at most 6 agencies, one question each',
    ]);
  });

  it('explains each field', () => {
    expect(messagesOf(initialDecisionSchema.safeParse({ ...valid, rag: undefined }))).toEqual([['rag', 'Select a priority: red, amber or green']]);
    expect(messagesOf(initialDecisionSchema.safeParse({ ...valid, informationRequests: [{ agency: 'nhs', question: 'Anything known?' }] }))).toEqual([
      ['informationRequests.0.agency', 'Select an agency'],
    ]);
    expect(messagesOf(initialDecisionSchema.safeParse({ ...valid, informationRequests: [{ agency: 'health', question: 'Known?' }] }))).toEqual([
      ['informationRequests.0.question', 'Enter what you need to know from the agency in at least 10 characters'],
    ]);
    expect(
      messagesOf(initialDecisionSchema.safeParse({ ...valid, informationRequests: [{ agency: 'health', question: 'x'.repeat(2001) }] })),
    ).toEqual([['informationRequests.0.question', 'The question must be 2,000 characters or fewer']]);
    expect(messagesOf(initialDecisionSchema.safeParse({ ...valid, note: 'x'.repeat(4001) }))).toEqual([
      ['note', 'The note must be 4,000 characters or fewer'],
    ]);
    expect(messagesOf(initialDecisionSchema.safeParse({ rag: 'red' }))).toEqual([['informationRequests', 'Send the information requests as a list']]);
  });
});
