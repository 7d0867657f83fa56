import type { TriageQueueItem } from '@childfirst/domain/referrals';
import { Tag } from '@childfirst/ui';

export type ClockState = TriageQueueItem['clockState'];

/**
 * How the statutory clock stands, worked out by the API (the browser does not load the holiday
 * calendar). The words carry the meaning; colour only reinforces them (WCAG 1.4.1).
 */
export const clockStateTags: Record<ClockState, { text: string; classes?: string }> = {
  'on-time': { text: 'On time' },
  'at-risk': { text: 'At risk', classes: 'govuk-tag--yellow' },
  overdue: { text: 'Overdue', classes: 'govuk-tag--red' },
  met: { text: 'Decided on time', classes: 'govuk-tag--green' },
  'met-late': { text: 'Decided late', classes: 'govuk-tag--orange' },
  paused: { text: 'Paused', classes: 'govuk-tag--grey' },
};

export function ClockTag({ clockState }: { clockState: ClockState }) {
  return <Tag {...clockStateTags[clockState]} />;
}
