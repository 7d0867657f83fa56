import {
  ApiError,
  BackLink,
  Button,
  ErrorSummary,
  LoadingStatus,
  PageHeading,
  Textarea,
  WarningText,
  errorSummaryItems,
  formatDate,
  hasFieldErrors,
  usePageTitle,
  type FieldErrors,
} from '@childfirst/ui';
import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { PersonRecord, PersonSearchCriteria, PersonSearchResult } from '../../api/peopleTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { ResultChoice } from '../../forms/ResultChoice';
import { RecordProblem } from '../account/RecordProblem';
import type { PersonPageLocationState } from './PersonPage';
import { personMergeFields, validatePersonMerge } from './personMergeForm';
import { PersonSearchForm } from './PersonSearchForm';
import type { PersonSearchFormValues } from './personSearchForm';
import { useMergePerson, usePerson } from './usePerson';
import { usePersonSearch } from './usePersonSearch';
import { addressText, bornText, nhsNumberText } from './searchResultFormat';

const mergeWarning =
  'Both records are kept. This record will be shown as part of the record you keep, and will no longer appear in searches. The merge is recorded with your name and reason.';

function nameOf(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

function describe(person: PersonSearchResult): string {
  return `${bornText(person)}. NHS number: ${nhsNumberText(person)}. Address: ${addressText(person)}.${person.restricted ? ' Restricted record.' : ''}`;
}

function RecordChoice({
  criteria,
  personId,
  selected,
  error,
  onSelect,
}: {
  criteria: PersonSearchCriteria;
  personId: string;
  selected: string;
  error?: string;
  onSelect: (id: string) => void;
}) {
  const search = usePersonSearch(criteria);
  return (
    <ResultChoice
      results={search}
      // The record being merged cannot be the one kept.
      include={(person) => person.id !== personId}
      name="intoPersonId"
      legend={(count) => `Choose the record to keep (${count} found)`}
      loadingText="Searching"
      noneFound="No other records were found. Check the details, or search with fewer of them."
      itemOf={(person: PersonSearchResult) => ({ value: person.id, text: nameOf(person), hint: { text: describe(person) } })}
      selected={selected}
      error={error}
      onSelect={onSelect}
    />
  );
}

function MergeForm({ person }: { person: PersonRecord }) {
  const navigate = useNavigate();
  const [criteria, setCriteria] = useState<PersonSearchCriteria | null>(null);
  const [searchShowsErrors, setSearchShowsErrors] = useState(false);
  const [selected, setSelected] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const merge = useMergePerson(person.id);
  const search = usePersonSearch(criteria);
  const showsErrors = hasFieldErrors(errors) || problem !== null;
  usePageTitle('Merge records', { hasErrors: showsErrors || searchShowsErrors });

  function showErrors(next: FieldErrors, nextProblem: ApiError | null = null) {
    setErrors(next);
    setProblem(nextProblem);
    setAttempt((count) => count + 1);
  }

  const handleSearch = useCallback((_values: PersonSearchFormValues, next: PersonSearchCriteria) => {
    setErrors({});
    setProblem(null);
    setSelected('');
    setCriteria(next);
  }, []);

  function handleMerge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (merge.isPending) return;
    const result = validatePersonMerge(person.id, { intoPersonId: selected, reason });
    if (result.errors) {
      showErrors(result.errors);
      return;
    }
    setErrors({});
    setProblem(null);
    merge.mutate(result.merge, {
      onSuccess: (kept) => {
        const state: PersonPageLocationState = { recordsMerged: true };
        navigate(`/people/${encodeURIComponent(kept.id)}`, { state });
      },
      onError: (error) => {
        const apiError = error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
        if (apiError.hasFieldErrors) showErrors(apiError.fieldErrors);
        else showErrors({}, apiError);
      },
    });
  }

  const found = (search.data ?? []).some((result) => result.id !== person.id);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {showsErrors && (
          <ErrorSummary
            key={attempt}
            titleText={problem ? problem.problem.title : 'There is a problem'}
            descriptionText={problem ? (problem.problem.detail ?? 'The records have not been merged. Try again.') : undefined}
            errorList={errorSummaryItems(errors, personMergeFields)}
          />
        )}
        <PersonSearchForm
          purpose="merging-records"
          onSearch={handleSearch}
          onErrorsShown={setSearchShowsErrors}
          intro={
            <>
              <PageHeading caption={`${nameOf(person)}${person.dateOfBirth ? `, born ${formatDate(person.dateOfBirth)}` : ''}`} classes="govuk-heading-l">
                Merge this record into another
              </PageHeading>
              <p className="govuk-body">When one person has two records, merge the newer or less complete record into the one to keep.</p>
              <h2 className="govuk-heading-m">Find the record to keep</h2>
            </>
          }
        />
        {criteria && (
          <form noValidate onSubmit={handleMerge} aria-label="Merge records">
            <RecordChoice criteria={criteria} personId={person.id} selected={selected} error={errors.intoPersonId} onSelect={setSelected} />
            {found && (
              <>
                <Textarea
                  name="reason"
                  rows={4}
                  label={{ text: 'Why are these the same person?', classes: 'govuk-label--m' }}
                  hint={{ text: 'For example, the same NHS number, or the family confirmed the previous name. At least 10 characters.' }}
                  value={reason}
                  errorMessage={errors.reason ? { text: errors.reason } : undefined}
                  onChange={setReason}
                />
                <WarningText text={mergeWarning} />
                <Button disabled={merge.isPending} classes="govuk-button--warning" text={merge.isPending ? 'Merging records…' : 'Merge records'} />
                <LoadingStatus text={merge.isPending ? 'Merging the records' : ''} visuallyHidden />
              </>
            )}
          </form>
        )}
      </div>
    </div>
  );
}

export function MergePersonPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  if (person.isError) return <RecordProblem error={person.error} what="this person’s record" onRetry={() => void person.refetch()} />;
  return (
    <>
      <BackLink href={`/people/${encodeURIComponent(personId)}`} text="Back to the record" />
      {person.data ? <MergeForm person={person.data} /> : <LoadingPage title="Merge records" text="Loading the record" />}
    </>
  );
}
