import { informationRequestState, informationRequestStatuses, informationResponseSchema } from './information-requests';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('informationResponseSchema', () => {
  const valid = { summary: 'Known to the health visiting team; two missed appointments.', knownToAgency: true, concernsHeld: 'low', sensitivity: 'standard' };

  it('accepts an answer', () => {
    expect(informationResponseSchema.parse(valid)).toEqual(valid);
  });

  it('explains each field', () => {
    expect(messagesOf(informationResponseSchema.safeParse({ ...valid, summary: '  ' }))).toEqual([
      ['summary', 'Summarise what your agency knows about the child and family'],
    ]);
    expect(messagesOf(informationResponseSchema.safeParse({ ...valid, summary: 'x'.repeat(4001) }))).toEqual([
      ['summary', 'The summary must be 4,000 characters or fewer'],
    ]);
    expect(messagesOf(informationResponseSchema.safeParse({ ...valid, knownToAgency: 'yes' }))).toEqual([
      ['knownToAgency', 'Say whether the child or family is known to your agency'],
    ]);
    expect(messagesOf(informationResponseSchema.safeParse({ ...valid, concernsHeld: 'severe' }))).toEqual([
      ['concernsHeld', 'Select the level of concern your agency holds'],
    ]);
    expect(messagesOf(informationResponseSchema.safeParse({ ...valid, sensitivity: 'secret' }))).toEqual([
      ['sensitivity', 'Select how sensitive this is'],
    ]);
    expect(informationResponseSchema.safeParse({ ...valid, sensitivity: 'police-intelligence' }).success).toBe(true);
  });
});

describe('informationRequestState', () => {
  const times = {
    requestedAt: '2026-03-10T10:00:00Z',
    escalateAt: '2026-03-11T04:00:00Z',
    dueAt: '2026-03-11T10:00:00Z',
  };

  it('lists the statuses', () => {
    expect(informationRequestStatuses).toEqual(['requested', 'answered', 'overdue', 'cancelled']);
  });

  it('is due before the escalation, at risk from it up to and including the due time, overdue after', () => {
    expect(informationRequestState(times, '2026-03-10T10:00:00Z')).toEqual({ timing: 'due', status: 'requested' });
    expect(informationRequestState(times, '2026-03-11T03:59:59.999Z')).toEqual({ timing: 'due', status: 'requested' });
    expect(informationRequestState(times, '2026-03-11T04:00:00Z')).toEqual({ timing: 'at-risk', status: 'requested' });
    expect(informationRequestState(times, '2026-03-11T10:00:00Z')).toEqual({ timing: 'at-risk', status: 'requested' });
    expect(informationRequestState(times, '2026-03-11T10:00:00.001Z')).toEqual({ timing: 'overdue', status: 'overdue' });
  });

  it('without an escalation time, is due until overdue', () => {
    const { escalateAt: _e, ...noEscalation } = times;
    expect(informationRequestState(noEscalation, '2026-03-11T10:00:00Z')).toEqual({ timing: 'due', status: 'requested' });
    expect(informationRequestState({ ...noEscalation, escalateAt: null }, '2026-03-11T11:00:00Z').timing).toBe('overdue');
  });

  it('is answered on time at the due instant, late after it, whatever `now` is', () => {
    expect(informationRequestState({ ...times, answeredAt: '2026-03-11T10:00:00Z' }, '2026-04-01T00:00:00Z')).toEqual({
      timing: 'answered',
      status: 'answered',
    });
    expect(informationRequestState({ ...times, answeredAt: '2026-03-11T10:00:01Z' }, '2026-04-01T00:00:00Z')).toEqual({
      timing: 'answered-late',
      status: 'answered',
    });
  });

  it('is cancelled once cancelled, unless it was answered', () => {
    expect(informationRequestState({ ...times, cancelledAt: '2026-03-10T12:00:00Z' }, '2026-03-12T00:00:00Z')).toEqual({
      timing: 'cancelled',
      status: 'cancelled',
    });
    expect(
      informationRequestState({ ...times, cancelledAt: '2026-03-10T12:00:00Z', answeredAt: '2026-03-10T11:00:00Z' }, '2026-03-12T00:00:00Z').status,
    ).toBe('answered');
  });

  it('takes Dates as well as strings, and counts a `now` before the request as due', () => {
    const asDates = { requestedAt: new Date(times.requestedAt), escalateAt: new Date(times.escalateAt), dueAt: new Date(times.dueAt) };
    expect(informationRequestState(asDates, new Date('2026-03-11T05:00:00Z')).timing).toBe('at-risk');
    expect(informationRequestState(asDates, new Date('2026-03-10T09:00:00Z')).timing).toBe('due');
  });

  it('refuses impossible times', () => {
    expect(() => informationRequestState(times, 'soon')).toThrow(RangeError);
    expect(() => informationRequestState({ ...times, dueAt: '2026-03-10T09:00:00Z' }, times.requestedAt)).toThrow('dueAt must not be before requestedAt');
    expect(() => informationRequestState({ ...times, escalateAt: '2026-03-12T00:00:00Z' }, times.requestedAt)).toThrow(
      'escalateAt must be between requestedAt and dueAt',
    );
    expect(() => informationRequestState({ ...times, answeredAt: 'yesterday' }, times.requestedAt)).toThrow(RangeError);
  });
});
