/**
 * @jest-environment node
 */
import { countdownText, decisionClockStateAt, requestTimingAt } from './liveClock';

const at = (iso: string) => Date.parse(iso);
const times = { clockState: 'on-time' as const, decisionEscalatesAt: '2025-06-04T06:05:00Z', decisionDueAt: '2025-06-04T08:05:00Z' };

describe('the decision clock between the API’s answers', () => {
  it('is at risk from the escalation up to and including the due time, and overdue after it', () => {
    expect(decisionClockStateAt(times, at('2025-06-04T06:04:59Z'))).toBe('on-time');
    expect(decisionClockStateAt(times, at('2025-06-04T06:05:00Z'))).toBe('at-risk');
    expect(decisionClockStateAt(times, at('2025-06-04T08:05:00Z'))).toBe('at-risk');
    expect(decisionClockStateAt(times, at('2025-06-04T08:05:00.001Z'))).toBe('overdue');
  });

  it('never makes the API’s state milder, and leaves a stopped clock as it is', () => {
    expect(decisionClockStateAt({ ...times, clockState: 'overdue' }, at('2025-06-03T10:00:00Z'))).toBe('overdue');
    expect(decisionClockStateAt({ ...times, clockState: 'met' }, at('2025-06-05T10:00:00Z'))).toBe('met');
    expect(decisionClockStateAt({ ...times, clockState: 'paused' }, at('2025-06-05T10:00:00Z'))).toBe('paused');
  });

  it('counts down in words, rounding time left up and time overdue down', () => {
    expect(countdownText(times.decisionDueAt, at('2025-06-04T04:52:30Z'))).toBe('Due in 3 hours 13 minutes');
    expect(countdownText(times.decisionDueAt, at('2025-06-04T07:05:00Z'))).toBe('Due in 1 hour');
    expect(countdownText(times.decisionDueAt, at('2025-06-02T05:05:00Z'))).toBe('Due in 2 days 3 hours');
    expect(countdownText(times.decisionDueAt, at('2025-06-03T08:05:00Z'))).toBe('Due in 1 day');
    expect(countdownText(times.decisionDueAt, at('2025-06-04T08:04:30Z'))).toBe('Due in 1 minute');
    expect(countdownText(times.decisionDueAt, at('2025-06-04T08:05:00Z'))).toBe('Due now');
    expect(countdownText(times.decisionDueAt, at('2025-06-04T08:05:40Z'))).toBe('Overdue by less than a minute');
    expect(countdownText(times.decisionDueAt, at('2025-06-04T08:25:59Z'))).toBe('Overdue by 20 minutes');
    expect(countdownText(times.decisionDueAt, at('2025-06-04T09:06:00Z'))).toBe('Overdue by 1 hour 1 minute');
  });
});

describe('a request for information between the API’s answers', () => {
  const request = { timing: 'due' as const, requestedAt: '2025-06-03T08:30:00Z', escalateAt: '2025-06-04T06:30:00Z', dueAt: '2025-06-04T08:30:00Z' };

  it('turns at risk, then overdue, with the domain’s boundaries', () => {
    expect(requestTimingAt(request, at('2025-06-04T06:29:00Z'))).toBe('due');
    expect(requestTimingAt(request, at('2025-06-04T06:30:00Z'))).toBe('at-risk');
    expect(requestTimingAt(request, at('2025-06-04T08:31:00Z'))).toBe('overdue');
  });

  it('leaves answered and cancelled requests as the API said, and never makes one milder', () => {
    expect(requestTimingAt({ ...request, timing: 'answered' }, at('2025-06-05T00:00:00Z'))).toBe('answered');
    expect(requestTimingAt({ ...request, timing: 'cancelled' }, at('2025-06-05T00:00:00Z'))).toBe('cancelled');
    expect(requestTimingAt({ ...request, timing: 'overdue' }, at('2025-06-03T09:00:00Z'))).toBe('overdue');
  });
});
