import { intakeConsentSchema } from './intake-consent';
import { referralUrgencies, referralUrgencyCodes, referralUrgencySchema } from './urgency';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('referralUrgencySchema', () => {
  it('lists the three urgencies with labels and hints', () => {
    expect(referralUrgencyCodes).toEqual(['immediate-risk', 'within-24-hours', 'not-urgent']);
    for (const code of referralUrgencyCodes) {
      expect(referralUrgencies[code].label.length).toBeGreaterThan(0);
      expect(referralUrgencies[code].hint.length).toBeGreaterThan(0);
    }
    expect(referralUrgencies['immediate-risk'].hint).toContain('call 999');
  });

  it('refuses anything else', () => {
    expect(referralUrgencySchema.parse('not-urgent')).toBe('not-urgent');
    expect(messagesOf(referralUrgencySchema.safeParse('urgent'))).toEqual([['', 'Select how urgent this is']]);
  });
});

describe('intakeConsentSchema', () => {
  it('accepts consent given', () => {
    expect(intakeConsentSchema.parse({ status: 'given' })).toEqual({ status: 'given' });
  });

  it('accepts consent not sought with a reason and optional detail', () => {
    expect(intakeConsentSchema.parse({ status: 'not-sought', reason: 'would-place-child-at-risk' })).toEqual({
      status: 'not-sought',
      reason: 'would-place-child-at-risk',
    });
    expect(
      intakeConsentSchema.parse({ status: 'not-sought', reason: 'could-not-contact', detail: '  Phoned twice, no answer.  ' }),
    ).toEqual({ status: 'not-sought', reason: 'could-not-contact', detail: 'Phoned twice, no answer.' });
  });

  it('needs a known reason when consent was not sought', () => {
    expect(messagesOf(intakeConsentSchema.safeParse({ status: 'not-sought' }))).toEqual([
      ['reason', 'Select why the family was not asked'],
    ]);
    expect(messagesOf(intakeConsentSchema.safeParse({ status: 'not-sought', reason: 'too-busy' }))).toEqual([
      ['reason', 'Select why the family was not asked'],
    ]);
    expect(
      messagesOf(intakeConsentSchema.safeParse({ status: 'not-sought', reason: 'emergency', detail: 'x'.repeat(2001) })),
    ).toEqual([['detail', 'The detail must be 2,000 characters or fewer']]);
  });

  it('needs what the family said when they refused', () => {
    expect(messagesOf(intakeConsentSchema.safeParse({ status: 'refused' }))).toEqual([
      ['detail', 'Say what the family said when they did not agree'],
    ]);
    expect(messagesOf(intakeConsentSchema.safeParse({ status: 'refused', detail: 'No.' }))).toEqual([
      ['detail', 'Say what the family said when they did not agree, in at least 10 characters'],
    ]);
    expect(intakeConsentSchema.safeParse({ status: 'refused', detail: 'Mother said she does not want social services involved.' }).success).toBe(true);
  });

  it('explains a missing or unknown status, and refuses fields that belong to another status', () => {
    expect(messagesOf(intakeConsentSchema.safeParse(undefined))).toEqual([['', 'Say whether the family agreed to this referral']]);
    expect(messagesOf(intakeConsentSchema.safeParse({ status: 'maybe' }))).toEqual([
      ['status', 'Say whether the family agreed to this referral'],
    ]);
    expect(intakeConsentSchema.safeParse({ status: 'given', reason: 'emergency' }).success).toBe(false);
  });
});
