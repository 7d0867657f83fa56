import type { ClockDuration, ClockRule } from './clock-rules';
import {
  addLondonCalendarDays,
  addLondonCalendarMonths,
  assertValidInstant,
  wholeLondonCalendarDaysBetween,
} from './london-time';
import { englandAndWalesCalendar, type WorkingDayCalendar } from './working-day-calendar';

const HOUR_MS = 3_600_000;

/** A period in which the clock stood still (e.g. waiting for the family, at their request). */
export interface ClockPause {
  from: Date;
  /** Absent while the pause is still going on. */
  to?: Date;
}

export interface ComputeDeadlineOptions {
  pauses?: readonly ClockPause[];
  /** Required only when a pause is still open: it is counted up to `now`. */
  now?: Date;
}

export interface Deadline {
  ruleId: string;
  startedAt: Date;
  dueAt: Date;
  /** When the clock becomes at risk; absent if the rule has no escalation. */
  escalateAt?: Date;
  /**
   * Set while a pause is open. `dueAt` is then the due date if the clock restarted at the `now`
   * it was computed with; recompute it with the current `now` rather than keeping it.
   */
  pausedSince?: Date;
}

/**
 * `paused` is an addition to the states in the brief: a clock that stands still is neither on time
 * nor at risk, and a family-facing "what happens next" page must be able to say so.
 */
export type ClockState = 'on-time' | 'at-risk' | 'overdue' | 'met' | 'met-late' | 'paused';

/** Structured, not text: the UI words it (and translates it). All amounts are whole and >= 0. */
export interface TimeRemaining {
  /** True when `now` is after `dueAt` (the amounts are then time overdue). */
  overdue: boolean;
  paused: boolean;
  milliseconds: number;
  /** Whole hours, rounded down. */
  hours: number;
  /** Whole working days, rounded down (WorkingDayCalendar.workingDaysBetween). */
  workingDays: number;
}

/**
 * The instant a duration after `start`:
 * - `hours` are real elapsed hours (72 hours from Friday 18:00 GMT across the spring clock change is
 *   Monday 19:00 BST);
 * - `working-days` use the calendar (same London wall-clock time on the Nth next working day);
 * - `calendar-days`, `weeks` (7 days) and `months` keep the London wall-clock time; a month from
 *   31 January is the last day of February.
 */
export function addClockDuration(start: Date, duration: ClockDuration, calendar: WorkingDayCalendar): Date {
  assertValidInstant(start, 'start');
  const { amount, unit } = duration;
  if (!Number.isInteger(amount) || amount < 0) {
    throw new RangeError(`duration.amount must be a whole number, 0 or more, got ${amount}`);
  }
  switch (unit) {
    case 'hours':
      return new Date(start.getTime() + amount * HOUR_MS);
    case 'working-days':
      return calendar.addWorkingDays(start, amount);
    case 'calendar-days':
      return addLondonCalendarDays(start, amount);
    case 'weeks':
      return addLondonCalendarDays(start, amount * 7);
    case 'months':
      return addLondonCalendarMonths(start, amount);
    default: {
      const unknown: never = unit;
      throw new RangeError(`Unknown duration unit ${String(unknown)}`);
    }
  }
}

interface PauseInterval {
  from: number;
  to: number;
  open: boolean;
}

/** Pauses clipped to the start of the clock, open ones counted to `now`, overlaps merged, in order. */
function normalisePauses(pauses: readonly ClockPause[], startedAt: Date, now: Date | undefined): PauseInterval[] {
  const intervals: PauseInterval[] = [];
  for (const pause of pauses) {
    assertValidInstant(pause.from, 'pause.from');
    let to: number;
    if (pause.to !== undefined) {
      assertValidInstant(pause.to, 'pause.to');
      if (pause.to.getTime() < pause.from.getTime()) throw new RangeError('A pause cannot end before it starts');
      to = pause.to.getTime();
    } else {
      if (now === undefined) throw new RangeError('An open pause (no `to`) needs `now` to be counted');
      assertValidInstant(now, 'now');
      if (pause.from.getTime() > now.getTime()) continue; // not started yet
      to = now.getTime();
    }
    const from = Math.max(pause.from.getTime(), startedAt.getTime());
    const open = pause.to === undefined;
    if (to < from || (to === from && !open)) continue; // before the clock started, or empty
    intervals.push({ from, to, open });
  }
  intervals.sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: PauseInterval[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval.from <= last.to) {
      if (interval.to > last.to) {
        last.to = interval.to;
        last.open = interval.open;
      } else if (interval.to === last.to) {
        last.open ||= interval.open;
      }
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

/** Pushes `due` out by the pause, in the rule's own unit (see computeDeadline). */
function extendByPause(
  due: Date,
  pause: PauseInterval,
  duration: ClockDuration,
  calendar: WorkingDayCalendar,
): Date {
  const from = new Date(pause.from);
  const to = new Date(pause.to);
  switch (duration.unit) {
    case 'hours':
      return new Date(due.getTime() + (pause.to - pause.from));
    case 'working-days': {
      const credit = calendar.workingDaysBetween(from, to);
      return credit > 0 ? calendar.addWorkingDays(due, credit) : due;
    }
    case 'calendar-days':
    case 'weeks':
    case 'months':
      return addLondonCalendarDays(due, wholeLondonCalendarDaysBetween(from, to));
    default: {
      const unknown: never = duration.unit;
      throw new RangeError(`Unknown duration unit ${String(unknown)}`);
    }
  }
}

/**
 * The deadline of a clock started at `startedAt`.
 *
 * Pauses (the clock stands still):
 * - a pause counts only from `startedAt`, and only if it begins before the due date as extended by
 *   the earlier pauses: pausing an overdue clock does not make it on time again;
 * - overlapping pauses count once; an open pause (no `to`) counts up to `options.now`;
 * - `hours` rules: the due date moves by the exact paused time;
 * - `working-days` rules: it moves by the whole working days elapsed during the pause
 *   (workingDaysBetween(from, to), rounded down: a pause from 09:00 to 17:00 on one day moves
 *   nothing, Monday 09:00 to Wednesday 09:00 moves it 2 working days);
 * - `calendar-days`, `weeks` and `months` rules: it moves by the whole calendar days of the pause.
 *
 * Escalation: `escalateAt` is when the clock's running (unpaused) real time reaches
 * `escalateAtFraction` of the real time between `startedAt` and the unpaused due date. Without
 * pauses that is startedAt + fraction × (dueAt − startedAt). Never after `dueAt`. For a
 * working-day rule it can fall on a weekend (75% of Thursday 15:00 to Tuesday 15:00 over Easter is
 * Monday 09:00); whoever sends the escalation decides when people are told.
 */
export function computeDeadline(
  rule: Pick<ClockRule, 'id' | 'duration' | 'escalateAtFraction'>,
  startedAt: Date,
  calendar: WorkingDayCalendar,
  options: ComputeDeadlineOptions = {},
): Deadline {
  assertValidInstant(startedAt, 'startedAt');
  const fraction = rule.escalateAtFraction;
  if (fraction !== undefined && !(fraction > 0 && fraction < 1)) {
    throw new RangeError(`escalateAtFraction must be between 0 and 1, got ${fraction}`);
  }
  const unpausedDue = addClockDuration(startedAt, rule.duration, calendar);
  const pauses = normalisePauses(options.pauses ?? [], startedAt, options.now);

  let dueAt = unpausedDue;
  let pausedSince: Date | undefined;
  for (const pause of pauses) {
    if (pause.from >= dueAt.getTime()) break;
    dueAt = extendByPause(dueAt, pause, rule.duration, calendar);
    if (pause.open) pausedSince = new Date(pause.from);
  }

  const deadline: Deadline = { ruleId: rule.id, startedAt: new Date(startedAt.getTime()), dueAt };
  if (fraction !== undefined) {
    let escalateAt = startedAt.getTime() + Math.round(fraction * (unpausedDue.getTime() - startedAt.getTime()));
    for (const pause of pauses) {
      if (pause.from >= escalateAt) break;
      escalateAt += pause.to - pause.from;
    }
    deadline.escalateAt = new Date(Math.min(escalateAt, dueAt.getTime()));
  }
  if (pausedSince) deadline.pausedSince = pausedSince;
  return deadline;
}

/**
 * Where a clock stands at `now`. `dueAt` is the last on-time instant: met at `dueAt` is `met`,
 * and the clock is `overdue` only after it. `at-risk` from `escalateAt` up to and including `dueAt`.
 * A recorded `metAt` wins over everything else; then an open pause.
 */
export function clockState(deadline: Deadline, now: Date, metAt?: Date): ClockState {
  assertValidInstant(now, 'now');
  if (metAt !== undefined) {
    assertValidInstant(metAt, 'metAt');
    return metAt.getTime() <= deadline.dueAt.getTime() ? 'met' : 'met-late';
  }
  if (deadline.pausedSince) return 'paused';
  if (now.getTime() > deadline.dueAt.getTime()) return 'overdue';
  if (deadline.escalateAt && now.getTime() >= deadline.escalateAt.getTime()) return 'at-risk';
  return 'on-time';
}

/** Time left until `dueAt` (or, once overdue, time since it), for countdowns and breach reports. */
export function describeTimeRemaining(
  deadline: Deadline,
  now: Date,
  calendar: WorkingDayCalendar = englandAndWalesCalendar,
): TimeRemaining {
  assertValidInstant(now, 'now');
  const paused = deadline.pausedSince !== undefined;
  const overdue = !paused && now.getTime() > deadline.dueAt.getTime();
  const milliseconds = Math.abs(deadline.dueAt.getTime() - now.getTime());
  return {
    overdue,
    paused,
    milliseconds,
    hours: Math.floor(milliseconds / HOUR_MS),
    workingDays: Math.abs(calendar.workingDaysBetween(now, deadline.dueAt)),
  };
}
