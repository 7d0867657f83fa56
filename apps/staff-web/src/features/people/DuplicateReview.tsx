import { Button, Checkboxes, Link, LoadingStatus, NotificationBanner, PageHeading, ScrollableTable, Table, Tag, formatDate, type TableCell } from '@childfirst/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { PossibleDuplicate } from '../../api/peopleTypes';
import type { PossibleDuplicateReview } from './AddPersonPage';
import { IdentifiersNotShown, addressText, nhsNumberText } from './searchResultFormat';

export interface DuplicateReviewProps {
  review: PossibleDuplicateReview;
  /** The page's error summary, shown first. */
  errorSummary: ReactNode;
  confirmError?: string;
  pending: boolean;
  onChangeDetails: () => void;
  onConfirmMissing: () => void;
  onAddAnyway: () => void;
}

function duplicateRow(duplicate: PossibleDuplicate): TableCell[] {
  const name = `${duplicate.givenName} ${duplicate.familyName}`;
  return [
    {
      html: (
        <>
          {name}
          {duplicate.restricted && (
            <>
              {' '}
              <Tag text="Restricted record" classes="govuk-tag--red" />
            </>
          )}
        </>
      ),
    },
    { text: duplicate.dateOfBirth ? formatDate(duplicate.dateOfBirth) : 'Not known' },
    { text: addressText(duplicate) },
    { text: nhsNumberText(duplicate) },
    {
      html: (
        <Link className="govuk-link" href={`/people/${encodeURIComponent(duplicate.id)}`}>
          View record<span className="govuk-visually-hidden"> of {name}</span>
        </Link>
      ),
    },
  ];
}

function PossibleMatches({ duplicates }: { duplicates: PossibleDuplicate[] | null }) {
  if (!duplicates || duplicates.length === 0) {
    return (
      <p className="govuk-body">
        The records could not be listed here.{' '}
        <Link className="govuk-link" href="/people">
          Search for the person
        </Link>{' '}
        by their name and date of birth, or NHS number, to check them.
      </p>
    );
  }
  return (
    <>
      <IdentifiersNotShown results={duplicates} />
      <ScrollableTable label="Possible matches">
        <Table
          caption={duplicates.length === 1 ? 'The record that may be the same person' : `Records that may be the same person (${duplicates.length})`}
          captionClasses="govuk-table__caption--m"
          head={[{ text: 'Name' }, { text: 'Date of birth' }, { text: 'Address' }, { text: 'NHS number' }, { html: <span className="govuk-visually-hidden">Record</span> }]}
          rows={duplicates.map(duplicateRow)}
          rowKeys={duplicates.map((duplicate) => duplicate.id)}
        />
      </ScrollableTable>
    </>
  );
}

/**
 * Shown instead of the form when the API says the person may already have a record: one person,
 * one record, so the practitioner checks the matches before adding another (Laming 2003).
 */
export function DuplicateReview({ review, errorSummary, confirmError, pending, onChangeDetails, onConfirmMissing, onAddAnyway }: DuplicateReviewProps) {
  const [checked, setChecked] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!checked) onConfirmMissing();
    else onAddAnyway();
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {errorSummary}
        <PageHeading caption="Add a person" classes="govuk-heading-l">
          {review.refused ? 'This person already has a record' : 'Check if this person already has a record'}
        </PageHeading>
        <NotificationBanner titleText="Important">
          <p className="govuk-notification-banner__heading">{review.detail}</p>
        </NotificationBanner>
        <PossibleMatches duplicates={review.duplicates} />
        {review.refused ? (
          <>
            <p className="govuk-body">A person can only have one record. Open their record instead, or change the details if you typed the NHS number wrongly.</p>
            <div className="govuk-button-group">
              <Button href="/people" text="Back to Find a person" />
              <Button type="button" classes="govuk-button--secondary" text="Change the details" onClick={onChangeDetails} />
            </div>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">Is this one of these people?</h2>
            <div className="govuk-button-group">
              <Button href="/people" classes="govuk-button--secondary" text="This is one of these people – do not create a record" />
              <Button type="button" classes="govuk-button--secondary" text="Change the details" onClick={onChangeDetails} />
            </div>
            <form noValidate onSubmit={handleSubmit} aria-labelledby="add-anyway-heading">
              <h2 className="govuk-heading-m" id="add-anyway-heading">
                If this is a different person
              </h2>
              <Checkboxes
                name="differentPerson"
                fieldset={{ legend: { text: 'Confirm you have checked', classes: 'govuk-visually-hidden' } }}
                values={checked ? ['yes'] : []}
                errorMessage={confirmError ? { text: confirmError } : undefined}
                onChange={(values) => setChecked(values.includes('yes'))}
                items={[{ value: 'yes', text: 'I have checked: this is a different person' }]}
              />
              <Button disabled={pending} text={pending ? 'Adding the person…' : 'Add the person anyway'} />
              <LoadingStatus text={pending ? 'Adding the person' : ''} visuallyHidden />
            </form>
          </>
        )}
      </div>
    </div>
  );
}
