import {
  ApiError,
  BackLink,
  Button,
  ErrorSummary,
  LoadingStatus,
  PageHeading,
  errorSummaryItems,
  focusMainHeading,
  hasFieldErrors,
  ukDateOf,
  usePageTitle,
  type DatePart,
  type FieldErrors,
} from '@childfirst/ui';
import type { PersonCreate } from '@childfirst/domain/people';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { PossibleDuplicate } from '../../api/peopleTypes';
import { isPossibleDuplicateProblem, possibleDuplicatesOf } from '../../api/personProblems';
import { asApiError } from '../../forms/formProblems';
import { DuplicateReview } from './DuplicateReview';
import type { PersonPageLocationState } from './PersonPage';
import { PersonFields } from './PersonFields';
import { emptyPersonForm, personFormErrorsFromApi, personFormFields, validatePersonForm, type PersonFormValues } from './personForm';
import { useCreatePerson } from './usePerson';

/** The API said the person may already have a record: what it said, and whom it found. */
export interface PossibleDuplicateReview {
  person: PersonCreate;
  detail: string;
  /** Null when the API's answer listed none that could be read. */
  duplicates: PossibleDuplicate[] | null;
  /** The API will not create the record even once the duplicates are checked (the same NHS number). */
  refused: boolean;
}

/** Whether the API refuses outright: it does when a record has the same NHS number, or after the duplicates were checked. */
export function isRefusal(person: PersonCreate, duplicates: PossibleDuplicate[] | null, duplicatesReviewed: boolean): boolean {
  if (duplicatesReviewed) return true;
  if (!person.nhsNumber || !duplicates || duplicates.length === 0) return false;
  return duplicates.every((duplicate) => duplicate.nhsNumber === person.nhsNumber);
}

export function AddPersonPage() {
  const navigate = useNavigate();
  const [values, setValues] = useState<PersonFormValues>(emptyPersonForm);
  // One key for this form: a retry, or adding the person after checking the duplicates, records them once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dateParts, setDateParts] = useState<DatePart[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [review, setReview] = useState<PossibleDuplicateReview | null>(null);
  const create = useCreatePerson();

  const showsErrors = hasFieldErrors(errors) || problem !== null;
  usePageTitle(review ? 'Check if the person already has a record' : 'Add a person', { hasErrors: showsErrors });

  // The review replaces the form as a new page would: focus its heading, unless a problem is shown first.
  useEffect(() => {
    if (review) focusMainHeading();
  }, [review]);

  function update<Field extends keyof PersonFormValues>(field: Field, value: PersonFormValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function showErrors(next: FieldErrors, nextDateParts: DatePart[] = [], nextProblem: ApiError | null = null) {
    setErrors(next);
    setDateParts(nextDateParts);
    setProblem(nextProblem);
    setAttempt((count) => count + 1);
  }

  function submit(person: PersonCreate, duplicatesReviewed: boolean) {
    create.mutate(
      { person, duplicatesReviewed, idempotencyKey },
      {
        onSuccess: ({ id }) => {
          const state: PersonPageLocationState = { personAdded: true };
          navigate(`/people/${encodeURIComponent(id)}`, { state });
        },
        onError: (error) => {
          const apiError = asApiError(error);
          if (isPossibleDuplicateProblem(apiError)) {
            const duplicates = possibleDuplicatesOf(apiError);
            setErrors({});
            setProblem(null);
            setReview({ person, detail: apiError.problem.detail ?? apiError.problem.title, duplicates, refused: isRefusal(person, duplicates, duplicatesReviewed) });
            return;
          }
          if (apiError.hasFieldErrors) {
            // Back to the form, with the API's messages on the fields they are about.
            setReview(null);
            showErrors(personFormErrorsFromApi(apiError.fieldErrors, values.born));
            return;
          }
          showErrors({}, [], apiError);
        },
      },
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const result = validatePersonForm(values, ukDateOf(new Date()));
    if (result.errors) {
      showErrors(result.errors, result.dateParts);
      return;
    }
    setErrors({});
    setDateParts([]);
    setProblem(null);
    submit(result.person, false);
  }

  const errorSummary = showsErrors && (
    <ErrorSummary
      key={attempt}
      titleText={problem ? problem.problem.title : 'There is a problem'}
      descriptionText={problem ? (problem.problem.detail ?? 'The person has not been added. Try again.') : undefined}
      errorList={errorSummaryItems(errors, [...personFormFields(dateParts), { name: 'differentPerson', id: 'differentPerson' }])}
    />
  );

  if (review) {
    return (
      <DuplicateReview
        review={review}
        errorSummary={errorSummary}
        confirmError={errors.differentPerson}
        pending={create.isPending}
        onChangeDetails={() => {
          setReview(null);
          setErrors({});
          setProblem(null);
        }}
        onConfirmMissing={() => showErrors({ differentPerson: 'Confirm that you have checked this is a different person' })}
        onAddAnyway={() => {
          if (create.isPending) return;
          setErrors({});
          setProblem(null);
          submit(review.person, true);
        }}
      />
    );
  }

  return (
    <>
      <BackLink href="/people" text="Find a person" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errorSummary}
          <PageHeading classes="govuk-heading-l">Add a person</PageHeading>
          <p className="govuk-body">Search for the person first: they may already have a record. Give what you know; you can add more details later.</p>
          <form noValidate onSubmit={handleSubmit} aria-label="Add a person">
            <PersonFields values={values} errors={errors} dateParts={dateParts} onChange={update} mode="add" askIfBorn />

            <Button disabled={create.isPending} text={create.isPending ? 'Adding the person…' : 'Add the person'} />
            <LoadingStatus text={create.isPending ? 'Adding the person' : ''} visuallyHidden />
          </form>
        </div>
      </div>
    </>
  );
}
