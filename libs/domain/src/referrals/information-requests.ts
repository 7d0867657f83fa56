import { z } from 'zod';
import { sensitivitySchema } from '../cases';
import { storableText } from '../text';

/**
 * A partner agency's answer to the front door's request for information (multi-agency
 * safeguarding hub practice). Sensitivity says who may read it (cases/sensitivities.ts), so police
 * intelligence or third-party information is shared with fewer people than the referral.
 */
export const concernLevels = {
  none: { label: 'No concerns' },
  low: { label: 'Low' },
  medium: { label: 'Medium' },
  high: { label: 'High' },
} as const satisfies Record<string, { label: string }>;
export type ConcernLevel = keyof typeof concernLevels;
export const concernLevelCodes = Object.keys(concernLevels) as [ConcernLevel, ...ConcernLevel[]];

export const informationResponseSchema = z
  .object({
    summary: z
      .string({ error: 'Summarise what your agency knows about the child and family' })
      .trim()
      .min(1, { error: 'Summarise what your agency knows about the child and family' })
      .max(4000, { error: 'The summary must be 4,000 characters or fewer' }),
    knownToAgency: z.boolean({ error: 'Say whether the child or family is known to your agency' }),
    concernsHeld: z.enum(concernLevelCodes, { error: 'Select the level of concern your agency holds' }),
    sensitivity: sensitivitySchema,
  })
  .strict()
  .check(storableText);
export type InformationResponse = z.infer<typeof informationResponseSchema>;

export const informationRequestStatuses = ['requested', 'answered', 'overdue', 'cancelled'] as const;
export type InformationRequestStatus = (typeof informationRequestStatuses)[number];

export const informationRequestStatusLabels: Record<InformationRequestStatus, string> = {
  requested: 'Waiting for an answer',
  answered: 'Answered',
  overdue: 'Overdue',
  cancelled: 'Cancelled',
};

/**
 * Where a request stands in time. `due` and `at-risk` are both still `requested`; `answered-late`
 * is `answered`.
 */
export type InformationRequestTiming = 'due' | 'at-risk' | 'overdue' | 'answered' | 'answered-late' | 'cancelled';

export interface InformationRequestTimes {
  requestedAt: Date | string;
  dueAt: Date | string;
  /** When the request becomes at risk (the RAG clock's escalation); absent for none. */
  escalateAt?: Date | string | null;
  answeredAt?: Date | string | null;
  cancelledAt?: Date | string | null;
}

export interface InformationRequestState {
  timing: InformationRequestTiming;
  status: InformationRequestStatus;
}

function instant(value: Date | string, label: string): number {
  const time = typeof value === 'string' ? Date.parse(value) : value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError(`${label} must be a valid date and time, got ${String(value)}`);
  return time;
}

/**
 * The state of an information request at `now`, with the same boundaries as the statutory clocks
 * (clocks/deadline.ts clockState): `dueAt` is the last on-time instant, so an answer at `dueAt` is
 * on time and the request is overdue only after it; it is at risk from `escalateAt` up to and
 * including `dueAt`. An answer wins over a cancellation, and a cancellation over the clock. A
 * `now` before `requestedAt` (clock skew) counts as due. Throws a RangeError for an unreadable
 * time, a due date before the request, or an escalation outside the request's time.
 */
export function informationRequestState(times: InformationRequestTimes, now: Date | string): InformationRequestState {
  const requestedAt = instant(times.requestedAt, 'requestedAt');
  const dueAt = instant(times.dueAt, 'dueAt');
  const at = instant(now, 'now');
  if (dueAt < requestedAt) throw new RangeError('dueAt must not be before requestedAt');
  const escalateAt = times.escalateAt == null ? null : instant(times.escalateAt, 'escalateAt');
  if (escalateAt !== null && (escalateAt < requestedAt || escalateAt > dueAt)) {
    throw new RangeError('escalateAt must be between requestedAt and dueAt');
  }
  if (times.answeredAt != null) {
    const answeredAt = instant(times.answeredAt, 'answeredAt');
    return { timing: answeredAt <= dueAt ? 'answered' : 'answered-late', status: 'answered' };
  }
  if (times.cancelledAt != null) {
    instant(times.cancelledAt, 'cancelledAt');
    return { timing: 'cancelled', status: 'cancelled' };
  }
  if (at > dueAt) return { timing: 'overdue', status: 'overdue' };
  if (escalateAt !== null && at >= escalateAt) return { timing: 'at-risk', status: 'requested' };
  return { timing: 'due', status: 'requested' };
}
