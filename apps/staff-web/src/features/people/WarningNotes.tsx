import { NotificationBanner, Tag, formatDate, ukDateOf } from '@childfirst/ui';
import type { WarningNote } from '../../api/peopleTypes';
import { SignOffState, toldText } from '../warnings/warningText';
import { labelOf } from './personFormat';

export interface WarningNotesProps {
  warnings: (WarningNote & { personName?: string })[];
  /** Today in UK time (YYYY-MM-DD), to flag warnings past their review date. */
  today?: string;
}

/**
 * Warnings for staff safety, at the top of the page so nobody visits or phones without seeing
 * them. A banner rather than a success message: it is a landmark people can jump to, and it does
 * not take focus away from the page heading.
 */
export function WarningNotes({ warnings, today = ukDateOf(new Date()) }: WarningNotesProps) {
  if (warnings.length === 0) return null;
  return (
    <NotificationBanner titleText={warnings.length === 1 ? 'Warning for staff safety' : `Warnings for staff safety (${warnings.length})`} classes="childfirst-warning-notes">
      {warnings.map((warning) => (
        <div key={warning.id} className="govuk-!-margin-bottom-4">
          <h3 className="govuk-notification-banner__heading">
            {warning.personName ? `${warning.personName}: ` : ''}
            {labelOf(warning.warningTypeLabel, warning.warningType)}
          </h3>
          <p className="govuk-body childfirst-preserve-lines">{warning.description}</p>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            Review by {formatDate(warning.reviewOn)}. {toldText(warning.personTold)}{' '}
            {warning.reviewOn < today && <Tag text="Review overdue" classes="govuk-tag--red" />}
          </p>
          <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
            <SignOffState signedOff={warning.signedOff} />
          </p>
        </div>
      ))}
    </NotificationBanner>
  );
}
