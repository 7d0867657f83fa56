import { consentOverrideSchema } from './consent-override';
import { consentSchema } from './consent';
import { keyWorkerAssignmentSchema } from './key-worker-assignment';
import { legalBasisCodes, legalBases } from './legal-bases';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('consentSchema', () => {
  const consent = {
    scopes: [
      { agency: 'health', purpose: 'share-information' },
      { agency: 'education', purpose: 'assessment' },
    ],
    givenAt: '2026-03-10T14:30:00Z',
  };

  it('accepts consent for several agencies and purposes', () => {
    expect(consentSchema.parse(consent)).toEqual(consent);
  });

  it('needs at least one scope, each once', () => {
    expect(messagesOf(consentSchema.safeParse({ ...consent, scopes: [] }))).toEqual([
      ['scopes', 'Select at least one agency and what the family agreed to'],
    ]);
    expect(messagesOf(consentSchema.safeParse({ ...consent, scopes: [...consent.scopes, { agency: 'health', purpose: 'share-information' }] }))).toEqual([
      ['scopes.2', 'Select each agency and purpose only once'],
    ]);
    expect(messagesOf(consentSchema.safeParse({ ...consent, scopes: [{ agency: 'health', purpose: 'everything' }] }))).toEqual([
      ['scopes.0.purpose', 'Select what the family agreed to'],
    ]);
  });

  it('needs when consent was given', () => {
    expect(messagesOf(consentSchema.safeParse({ ...consent, givenAt: '2026-03-10' }))).toEqual([
      ['givenAt', 'Enter when consent was given, with the time'],
    ]);
  });
});

describe('legal bases and consent overrides', () => {
  it('lists the safeguarding provisions', () => {
    expect(legalBasisCodes).toEqual([
      'children-act-1989-s47',
      'children-act-1989-s17',
      'crime-and-disorder-act-1998-s115',
      'dpa-2018-sch-1-para-18',
      'dpa-2018-sch-8-para-4',
      'court-order',
    ]);
    expect(legalBases['children-act-1989-s47'].label).toBe('Children Act 1989 section 47 – enquiry into suspected significant harm');
  });

  it('needs a legal basis and a specific reason', () => {
    const override = { agency: 'police', legalBasis: 'children-act-1989-s47', reason: 'Section 47 enquiry opened after the strategy discussion on 3 March.' };
    expect(consentOverrideSchema.parse(override)).toEqual(override);
    expect(messagesOf(consentOverrideSchema.safeParse({ ...override, reason: 'safeguarding' }))).toEqual([
      ['reason', 'Give the reason for sharing without consent in at least 20 characters'],
    ]);
    expect(messagesOf(consentOverrideSchema.safeParse({ ...override, legalBasis: 'gdpr' }))).toEqual([
      ['legalBasis', 'Select the legal basis for sharing without consent'],
    ]);
  });
});

describe('keyWorkerAssignmentSchema', () => {
  it('needs a practitioner and the case version', () => {
    const practitionerId = '3f2b0c8e-7a51-4d2c-9a0e-2b1c7d9e4f10';
    expect(keyWorkerAssignmentSchema.parse({ practitionerId, version: 4 })).toEqual({ practitionerId, version: 4 });
    expect(messagesOf(keyWorkerAssignmentSchema.safeParse({ practitionerId: 'jo', version: 1.5 }))).toEqual([
      ['practitionerId', 'Choose the key worker'],
      ['version', 'The case version must be a whole number of 1 or more'],
    ]);
  });
});
