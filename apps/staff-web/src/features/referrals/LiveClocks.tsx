import { Tag, formatDateTime, formatDeadline } from '@childfirst/ui';
import type { InformationRequestTiming } from '../../api/frontDoorTypes';
import { ClockTag } from './ClockTag';
import { countdownText, decisionClockStateAt, requestTimingAt, type DecisionClockTimes, type RequestClockTimes } from './liveClock';

/**
 * Whether this device's clock agrees the deadline has passed when the API says so. When it runs
 * behind the API's, "Overdue" with "Due in 3 hours" under it would contradict itself: the API's
 * state is shown alone.
 */
function countdownAgrees(overdue: boolean, dueAt: string, now: number): boolean {
  return !overdue || Date.parse(dueAt) < now;
}

/**
 * The decision due time, the clock's state and, while it runs, how long is left ("Due in 3 hours
 * 12 minutes", "Overdue by 20 minutes"), worked out at `now` (useNow, once per page). The countdown
 * is not a live region: announcing it every 30 seconds would drown everything else out.
 */
export function DecisionClock({ times, now, weekday = false }: { times: DecisionClockTimes; now: number; weekday?: boolean }) {
  const state = decisionClockStateAt(times, now);
  const running = (state === 'on-time' || state === 'at-risk' || state === 'overdue') && countdownAgrees(state === 'overdue', times.decisionDueAt, now);
  return (
    <>
      <span className="govuk-!-display-block govuk-!-margin-bottom-1">{formatDeadline(times.decisionDueAt, { weekday })}</span>
      <ClockTag clockState={state} />
      {running && <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{countdownText(times.decisionDueAt, now)}</span>}
    </>
  );
}

/** Where a request for information stands. The words carry the meaning; colour only reinforces them. */
export const requestTimingTags: Record<InformationRequestTiming, { text: string; classes?: string }> = {
  due: { text: 'Waiting for an answer', classes: 'govuk-tag--blue' },
  'at-risk': { text: 'At risk', classes: 'govuk-tag--yellow' },
  overdue: { text: 'Overdue', classes: 'govuk-tag--red' },
  answered: { text: 'Answered', classes: 'govuk-tag--green' },
  'answered-late': { text: 'Answered late', classes: 'govuk-tag--orange' },
  cancelled: { text: 'Cancelled', classes: 'govuk-tag--grey' },
};

export function RequestTimingTag({ timing }: { timing: InformationRequestTiming }) {
  return <Tag {...requestTimingTags[timing]} />;
}

/** A request's due time, its state and, while it is open, the countdown; when it was answered once it was. */
export function RequestClock({ request, now, answeredAt = null }: { request: RequestClockTimes; now: number; answeredAt?: string | null }) {
  const timing = requestTimingAt(request, now);
  const open = (timing === 'due' || timing === 'at-risk' || timing === 'overdue') && countdownAgrees(timing === 'overdue', request.dueAt, now);
  return (
    <>
      <span className="govuk-!-display-block govuk-!-margin-bottom-1">Due {formatDeadline(request.dueAt)}</span>
      <RequestTimingTag timing={timing} />
      {open && <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{countdownText(request.dueAt, now)}</span>}
      {!open && answeredAt && <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">Answered {formatDateTime(answeredAt)}</span>}
    </>
  );
}
