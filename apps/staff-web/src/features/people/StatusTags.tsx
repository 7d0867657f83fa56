import { childProtectionCategories } from '@childfirst/domain/cases';
import { Tag } from '@childfirst/ui';
import { midSentence } from './personFormat';

export interface StatusTagItem {
  statusType?: string;
  /** Null for a code the API has no label for (old data): the code is shown instead. */
  label: string | null;
  category?: string | null;
  legalStatus?: string | null;
}

/** Colour only reinforces the words (WCAG 1.4.1); the statuses with the most at stake stand out. */
const statusColours: Record<string, string> = {
  'child-protection-plan': 'govuk-tag--red',
  'looked-after': 'govuk-tag--purple',
  'child-in-need': 'govuk-tag--orange',
  'early-help': 'govuk-tag--green',
  'ehc-plan': 'govuk-tag--teal',
  'sen-support': 'govuk-tag--teal',
};

export function statusText(status: StatusTagItem): string {
  // The category of a child protection plan in words ("neglect"); the SSDA903 legal status as its
  // code, which practitioners use as a word ("she's on a C2": libs/domain cases).
  const category = status.category ? (childProtectionCategories as Record<string, { label: string } | undefined>)[status.category]?.label : undefined;
  const qualifier = category ? midSentence(category) : (status.category ?? status.legalStatus);
  const label = status.label ?? status.statusType ?? 'Status';
  return qualifier ? `${label} (${qualifier})` : label;
}

/** A person's or case's statuses as tags, in a list that wraps at 320px. */
export function StatusTags({ statuses, emptyText = 'None' }: { statuses: StatusTagItem[]; emptyText?: string }) {
  if (statuses.length === 0) return <>{emptyText}</>;
  return (
    <ul className="childfirst-tag-list">
      {statuses.map((status, index) => (
        <li key={`${status.statusType ?? status.label}-${index}`}>
          <Tag text={statusText(status)} classes={status.statusType ? statusColours[status.statusType] : undefined} />
        </li>
      ))}
    </ul>
  );
}
