import { informationRequestState } from '@childfirst/domain/referrals';
import { useEffect, useState } from 'react';
import type { ClockState, InformationRequestTiming } from '../../api/frontDoorTypes';

/**
 * The front door's clocks as they stand now, worked out in the browser between the API's answers,
 * so a referral turns "at risk" or "overdue" on screen when it does, without a reload. The API's
 * state is never made milder: a device clock running behind cannot take an "overdue" away.
 */

/** How often the clocks on a page are worked out again. */
export const clockTickMs = 30_000;

/** The time now, as milliseconds, updated every `intervalMs`. One per page: every clock on it moves together. */
export function useNow(intervalMs = clockTickMs): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

const runningStates = ['on-time', 'at-risk', 'overdue'] as const;
type RunningState = (typeof runningStates)[number];

function isRunning(state: ClockState): state is RunningState {
  return (runningStates as readonly string[]).includes(state);
}

export interface DecisionClockTimes {
  clockState: ClockState;
  decisionDueAt: string;
  decisionEscalatesAt: string;
}

/**
 * The decision clock's state at `now`, with the statutory clocks' boundaries: at risk from the
 * escalation time up to and including the due time, overdue after it. A clock that has stopped
 * (decided, paused) stays as the API said.
 */
export function decisionClockStateAt(times: DecisionClockTimes, now: number): ClockState {
  if (!isRunning(times.clockState)) return times.clockState;
  const dueAt = Date.parse(times.decisionDueAt);
  const escalatesAt = Date.parse(times.decisionEscalatesAt);
  if (Number.isNaN(dueAt) || Number.isNaN(escalatesAt)) return times.clockState;
  const computed: RunningState = now > dueAt ? 'overdue' : now >= escalatesAt ? 'at-risk' : 'on-time';
  return runningStates.indexOf(computed) >= runningStates.indexOf(times.clockState) ? computed : times.clockState;
}

const openTimings = ['due', 'at-risk', 'overdue'] as const;
type OpenTiming = (typeof openTimings)[number];

function isOpen(timing: InformationRequestTiming): timing is OpenTiming {
  return (openTimings as readonly string[]).includes(timing);
}

export interface RequestClockTimes {
  timing: InformationRequestTiming;
  requestedAt: string;
  dueAt: string;
  escalateAt: string;
}

/** Where a request for information stands at `now`; answered and cancelled requests stay as the API said. */
export function requestTimingAt(request: RequestClockTimes, now: number): InformationRequestTiming {
  if (!isOpen(request.timing)) return request.timing;
  let computed: InformationRequestTiming;
  try {
    computed = informationRequestState({ requestedAt: request.requestedAt, dueAt: request.dueAt, escalateAt: request.escalateAt }, new Date(now)).timing;
  } catch {
    return request.timing;
  }
  if (!isOpen(computed)) return request.timing;
  return openTimings.indexOf(computed) >= openTimings.indexOf(request.timing) ? computed : request.timing;
}

const minuteMs = 60_000;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "3 hours 12 minutes", "1 day 4 hours", "45 minutes", "less than a minute", from whole minutes. */
function describeMinutes(minutes: number): string {
  if (minutes < 1) return 'less than a minute';
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0) return rest > 0 ? `${plural(hours, 'hour')} ${plural(rest, 'minute')}` : plural(hours, 'hour');
  return plural(rest, 'minute');
}

/**
 * "Due in 3 hours 12 minutes" up to the due time, "Due now" at it, "Overdue by 20 minutes" after
 * it. Time left is rounded up and time overdue down, as a countdown clock shows them: a minute and
 * a half left is "Due in 2 minutes", and nothing is called overdue by a minute until it is.
 */
export function countdownText(dueAt: string, now: number): string {
  const remaining = Date.parse(dueAt) - now;
  if (remaining >= 0) {
    const minutes = Math.ceil(remaining / minuteMs);
    return minutes === 0 ? 'Due now' : `Due in ${describeMinutes(minutes)}`;
  }
  return `Overdue by ${describeMinutes(Math.floor(-remaining / minuteMs))}`;
}
