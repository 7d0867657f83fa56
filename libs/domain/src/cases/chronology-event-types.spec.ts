import { agencyCodes } from '../agencies';
import { chronologyEventTypeCodes, chronologyEventTypes, chronologyEventTypeSchema } from './chronology-event-types';
import { noteTypeCodes } from './note-types';
import { sensitivityCodes } from './sensitivities';

describe('chronology event types', () => {
  it('gives each event its usual agency and significance', () => {
    expect(chronologyEventTypes['school-exclusion']).toMatchObject({ defaultAgency: 'education', significance: 'significant' });
    expect(chronologyEventTypes['new-birth-visit']).toMatchObject({ defaultAgency: 'health', significance: 'routine' });
    expect(chronologyEventTypes['police-notification']).toMatchObject({ defaultAgency: 'police', significance: 'significant' });
    expect(chronologyEventTypes['ehc-plan-issued']).toMatchObject({ defaultAgency: 'education', significance: 'significant' });
  });

  it('uses only known agencies and has the 21 event types', () => {
    expect(chronologyEventTypeCodes).toHaveLength(21);
    for (const code of chronologyEventTypeCodes) expect(agencyCodes).toContain(chronologyEventTypes[code].defaultAgency);
    expect(chronologyEventTypeSchema.safeParse('visit').error?.issues[0]?.message).toBe('Select the kind of event');
  });
});

describe('note types and sensitivities', () => {
  it('lists them in the order forms show them', () => {
    expect(noteTypeCodes).toEqual(['case-note', 'contact', 'home-visit', 'phone-call', 'meeting']);
    expect(sensitivityCodes).toEqual(['standard', 'third-party', 'police-intelligence', 'confidential-address']);
  });
});
