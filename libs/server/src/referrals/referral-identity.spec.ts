import { referralIdFor, submissionFingerprint } from './referral-identity';

describe('referral identity', () => {
  const subject = '5b0c5b1e-0000-4000-8000-000000000010';

  it('derives the same UUID for the same submitter and key, a different one otherwise', () => {
    const id = referralIdFor(subject, 'key-0001');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(referralIdFor(subject, 'key-0001')).toBe(id);
    expect(referralIdFor(subject, 'key-0002')).not.toBe(id);
    expect(referralIdFor('5b0c5b1e-0000-4000-8000-000000000011', 'key-0001')).not.toBe(id);
  });

  it('cannot be steered by a key that contains the separator', () => {
    expect(referralIdFor('a', 'b\nc')).not.toBe(referralIdFor('a\nb', 'c'));
  });

  it('fingerprints a submission regardless of property order, and tells different ones apart', () => {
    const a = submissionFingerprint({ whatIsHappening: 'x', preferredContact: 'email' });
    expect(submissionFingerprint({ preferredContact: 'email', whatIsHappening: 'x' })).toBe(a);
    expect(submissionFingerprint({ whatIsHappening: 'y', preferredContact: 'email' })).not.toBe(a);
  });

  it('sees differences inside nested objects and lists, whatever their key order', () => {
    const a = submissionFingerprint({ subjects: [{ kind: 'unidentified', givenName: 'Ava', postcode: 'SG1 1AA' }], concerns: ['3A'] });
    expect(submissionFingerprint({ concerns: ['3A'], subjects: [{ postcode: 'SG1 1AA', givenName: 'Ava', kind: 'unidentified' }] })).toBe(a);
    expect(submissionFingerprint({ subjects: [{ kind: 'unidentified', givenName: 'Eva', postcode: 'SG1 1AA' }], concerns: ['3A'] })).not.toBe(a);
    expect(submissionFingerprint({ subjects: [{ kind: 'unidentified', givenName: 'Ava', postcode: 'SG1 1AA' }], concerns: ['3B'] })).not.toBe(a);
  });
});
