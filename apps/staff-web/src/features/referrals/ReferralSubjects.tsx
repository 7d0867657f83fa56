import { Button, DateInput, Input, Link, LoadingStatus, SummaryList, datePartsOf, emptyDateParts, formatDate, formatDateTime, ukDateOf, type SummaryListRow } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import type { FrontDoorReferral, ReferralSubjectView } from '../../api/frontDoorTypes';
import type { PersonSearchCriteria, PersonSearchResult } from '../../api/peopleTypes';
import { ErrorSummaryAtTop, fieldError, useFormProblems } from '../../forms/formProblems';
import { ResultChoice } from '../../forms/ResultChoice';
import { validatePersonSearch, type PersonSearchFormValues } from '../people/personSearchForm';
import { usePersonSearch } from '../people/usePersonSearch';
import { addressText, bornText, nhsNumberText, parentsText, schoolText } from '../people/searchResultFormat';
import { handleReferralError, useErrorsShown, type ReferralFormProps } from './referralForms';
import { useMatchSubject } from './useReferral';

function subjectRows(subject: ReferralSubjectView): SummaryListRow[] {
  const rows: SummaryListRow[] = [];
  if (subject.dateOfBirth) rows.push({ key: { text: 'Date of birth' }, value: { text: formatDate(subject.dateOfBirth) } });
  else rows.push({ key: { text: 'Age' }, value: { text: subject.approximateAge === null ? 'Not known' : `About ${subject.approximateAge}` } });
  rows.push({ key: { text: 'Postcode' }, value: { text: subject.postcode ?? 'Not given' } });
  rows.push({ key: { text: 'School' }, value: { text: subject.schoolName ?? 'Not given' } });
  if (subject.description) rows.push({ key: { text: 'About the child' }, value: { html: <span className="childfirst-preserve-lines">{subject.description}</span> } });
  rows.push({
    key: { text: 'Record' },
    value: subject.personId
      ? {
          html: (
            <>
              <Link className="govuk-link" href={`/people/${encodeURIComponent(subject.personId)}`}>
                See {subject.name}’s record
              </Link>
              {subject.matchedAt && (
                <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                  Matched{subject.matchedBy ? ` by ${subject.matchedBy}` : ''} on {formatDateTime(subject.matchedAt)}
                </span>
              )}
            </>
          ),
        }
      : { text: 'Not matched to a record yet' },
  });
  return rows;
}

/** Enough to be sure it is the child the referral means: the front door sees identifiers, so the full view. */
function personHint(person: PersonSearchResult) {
  const facts: [string, string][] = [
    ['Address', addressText(person)],
    ['School', schoolText(person)],
    ['Parents and carers', parentsText(person)],
    ['NHS number', nhsNumberText(person)],
  ];
  return {
    html: (
      <>
        <span className="govuk-!-display-block">
          {bornText(person)}
          {person.restricted && '. Restricted record'}
        </span>
        {facts.map(([label, value]) => (
          <span key={label} className="govuk-!-display-block">
            {label}: {value}
          </span>
        ))}
      </>
    ),
  };
}

interface SubjectMatchProps extends Omit<ReferralFormProps, 'referral'> {
  referralId: string;
  subject: ReferralSubjectView;
  onMatched: (referral: FrontDoorReferral) => void;
  onCancel: () => void;
}

/** "Find their record": a search by name and date of birth, then the record chosen from the results. */
function SubjectMatch({ referralId, subject, onMatched, onCancel, onConflict, onErrorsShown, errorSummaryContainer }: SubjectMatchProps) {
  const prefix = `match-${subject.id}`;
  const [values, setValues] = useState<PersonSearchFormValues>({
    name: subject.name,
    dateOfBirth: subject.dateOfBirth ? datePartsOf(subject.dateOfBirth) : emptyDateParts,
    nhsNumber: '',
    postcode: '',
    purpose: 'matching-a-referral',
    purposeDetail: '',
  });
  const [criteria, setCriteria] = useState<PersonSearchCriteria | null>(null);
  const [selected, setSelected] = useState('');
  const results = usePersonSearch(criteria);
  const problems = useFormProblems();
  useErrorsShown(problems, onErrorsShown);
  const match = useMatchSubject(referralId, { onMatched });

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validatePersonSearch(values, ukDateOf(new Date()));
    if (result.errors) {
      problems.show(
        Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [`${prefix}-${field}`, message])),
        result.dateParts,
      );
      return;
    }
    problems.clear();
    setSelected('');
    setCriteria(result.criteria);
  }

  function handleMatch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (match.isPending) return;
    if (!selected) {
      problems.show({ [`${prefix}-personId`]: `Select ${subject.name}’s record` });
      return;
    }
    problems.clear();
    match.mutate(
      { subjectId: subject.id, personId: selected },
      { onError: (error) => handleReferralError(error, problems, onConflict, (errors) => (errors.personId ? { [`${prefix}-personId`]: errors.personId } : errors)) },
    );
  }

  const fields = [
    { name: `${prefix}-name` },
    { name: `${prefix}-dateOfBirth`, id: `${prefix}-dateOfBirth-${problems.dateParts[0] ?? 'day'}` },
    { name: `${prefix}-personId` },
  ];
  return (
    <div className="govuk-!-margin-bottom-6">
      <ErrorSummaryAtTop container={errorSummaryContainer} problems={problems} fields={fields} notSaved="The child has not been matched to a record. Try again." />
      <form noValidate onSubmit={handleSearch} role="search" aria-label={`Find ${subject.name}’s record`}>
        <h3 className="govuk-heading-s">Find {subject.name}’s record</h3>
        <Input
          id={`${prefix}-name`}
          name="name"
          label={{ text: 'Name' }}
          hint={{ text: 'People with similar names are found too.' }}
          autocomplete="off"
          spellcheck={false}
          value={values.name}
          errorMessage={fieldError(problems.errors, `${prefix}-name`)}
          onChange={(name) => setValues((current) => ({ ...current, name }))}
        />
        <DateInput
          id={`${prefix}-dateOfBirth`}
          fieldset={{ legend: { text: 'Date of birth (optional)', classes: 'govuk-fieldset__legend--s' } }}
          hint={{ text: 'For example, 27 3 2012' }}
          items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: values.dateOfBirth[part], error: problems.dateParts.includes(part) }))}
          errorMessage={fieldError(problems.errors, `${prefix}-dateOfBirth`)}
          onChange={(part, value) => setValues((current) => ({ ...current, dateOfBirth: { ...current.dateOfBirth, [part]: value } }))}
        />
        <div className="govuk-button-group">
          <Button text="Search" classes="govuk-button--secondary" />
          <Button type="button" text="Cancel" classes="govuk-button--secondary" onClick={onCancel} />
        </div>
      </form>
      {criteria && (
        <form noValidate onSubmit={handleMatch} aria-label={`Match ${subject.name} to a record`}>
          <ResultChoice
            results={results}
            name={`${prefix}-personId`}
            legend={(count) => `Which is ${subject.name}’s record? (${count} found)`}
            loadingText="Searching"
            noneFound="No one was found. Check the spelling, or search with the name only. If the child is not known to the directorate they do not have a record yet."
            itemOf={(person: PersonSearchResult) => ({ value: person.id, text: `${person.givenName} ${person.familyName}`, hint: personHint(person) })}
            selected={selected}
            error={problems.errors[`${prefix}-personId`]}
            onSelect={setSelected}
          />
          {results.data && results.data.length > 0 && (
            <>
              <Button disabled={match.isPending} text={match.isPending ? 'Matching…' : 'This is their record'} />
              <LoadingStatus text={match.isPending ? 'Matching the child to the record' : ''} visuallyHidden />
            </>
          )}
        </form>
      )}
    </div>
  );
}

export interface ReferralSubjectsProps extends Omit<ReferralFormProps, 'referral'> {
  referral: FrontDoorReferral;
  canMatch: boolean;
  onMatched: (heading: string) => void;
}

/** The children the referral is about, each matched to their record or offered "Find their record". */
export function ReferralSubjects({ referral, canMatch, onMatched, onConflict, onErrorsShown, errorSummaryContainer }: ReferralSubjectsProps) {
  const [matching, setMatching] = useState<string | null>(null);
  if (referral.subjects.length === 0) {
    return <p className="govuk-body">The referral does not name the children yet.</p>;
  }
  return (
    <>
      {referral.subjects.map((subject) => (
        <div key={subject.id}>
          <SummaryList card={{ title: { text: subject.name, headingLevel: 3 } }} rows={subjectRows(subject)} />
          {!subject.personId && canMatch && matching !== subject.id && (
            <Button type="button" classes="govuk-button--secondary" onClick={() => setMatching(subject.id)}>
              Find their record<span className="govuk-visually-hidden"> ({subject.name})</span>
            </Button>
          )}
          {!subject.personId && canMatch && matching === subject.id && (
            <SubjectMatch
              referralId={referral.id}
              subject={subject}
              onCancel={() => setMatching(null)}
              onMatched={() => {
                setMatching(null);
                onMatched(`${subject.name} is matched to their record`);
              }}
              onConflict={onConflict}
              onErrorsShown={onErrorsShown}
              errorSummaryContainer={errorSummaryContainer}
            />
          )}
        </div>
      ))}
    </>
  );
}
