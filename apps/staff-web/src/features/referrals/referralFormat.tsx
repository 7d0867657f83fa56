import { ragRatings, type RagRating } from '@childfirst/domain/referrals';
import { Tag } from '@childfirst/ui';
import type { PreventionAlert } from '../../api/frontDoorTypes';

/** The reference people quote for a referral: the first 8 characters of its id, in capitals ("0D6C1F9A"). */
export function referralReference(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

const ragClasses: Record<RagRating, string> = {
  red: 'govuk-tag--red',
  amber: 'govuk-tag--orange',
  green: 'govuk-tag--green',
};

/** The front door's priority; the word says it, colour only reinforces it (WCAG 1.4.1). */
export function RagTag({ rag }: { rag: RagRating | null }) {
  if (!rag) return <Tag text="Not set" classes="govuk-tag--grey" />;
  return <Tag text={ragRatings[rag].label} classes={ragClasses[rag]} />;
}

/** "Sam Adams and Alex Adams", "Sam, Alex and Jo": names in a sentence. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Two or more agencies raised concerns about Sam Adams within 7 days: Education, Health". */
export function preventionAlertText(alert: PreventionAlert): string {
  const agencies = alert.agencies.map((agency) => agency.label).join(', ');
  return `Two or more agencies raised concerns about ${alert.childName} within ${alert.windowDays === 1 ? '1 day' : `${alert.windowDays} days`}: ${agencies}`;
}
