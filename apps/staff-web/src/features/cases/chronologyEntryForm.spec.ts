/**
 * @jest-environment node
 */
import { validateChronologyEntry, wholeFamily, type ChronologyEntryFormValues } from './chronologyEntryForm';

const now = new Date('2025-06-03T10:00:00.000Z'); // 11am in London
const today = '2025-06-03';
const entry: ChronologyEntryFormValues = {
  occurredOn: { day: '3', month: '6', year: '2025' },
  occurredTime: '10:30am',
  eventType: 'strategy-discussion',
  about: wholeFamily,
  summary: 'Strategy discussion with police and health.',
  sensitivity: 'standard',
};

describe('an event added to the chronology', () => {
  it('happened in UK time, and is about the whole family unless a person is chosen', () => {
    expect(validateChronologyEntry(entry, now, today)).toEqual({
      entry: { occurredAt: '2025-06-03T09:30:00.000Z', eventType: 'strategy-discussion', summary: 'Strategy discussion with police and health.', sensitivity: 'standard' },
    });
  });

  it('cannot have happened later today than now, nor on a later day', () => {
    expect(validateChronologyEntry({ ...entry, occurredTime: '11:30am' }, now, today).errors).toEqual({ occurredTime: 'The time it happened must be now or in the past' });
    expect(validateChronologyEntry({ ...entry, occurredOn: { day: '4', month: '6', year: '2025' } }, now, today).errors).toEqual({
      occurredOn: 'The date it happened must be today or in the past',
    });
  });

  it('says what is missing with the schema’s messages, and the time apart from the date', () => {
    const result = validateChronologyEntry({ occurredOn: { day: '', month: '', year: '' }, occurredTime: '9', eventType: '', about: '', summary: 'Hi', sensitivity: '' }, now, today);
    expect(result.errors).toEqual({
      occurredOn: 'Enter the date it happened',
      occurredTime: 'Enter the time it happened as a real time, like 9:30am or 14:30',
      about: 'Choose who it is about, or the whole family',
      eventType: 'Select the kind of event',
      summary: 'Say what happened in at least 5 characters',
      sensitivity: 'Select how sensitive this is',
    });
  });

  it('refuses the kinds of event only the platform records', () => {
    const result = validateChronologyEntry({ ...entry, eventType: 'case-note' }, now, today);
    expect(result.errors).toEqual({ eventType: 'Select the kind of event' });
  });
});
