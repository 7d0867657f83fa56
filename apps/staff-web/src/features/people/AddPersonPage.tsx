import {
  ApiError,
  BackLink,
  Button,
  Checkboxes,
  DateInput,
  ErrorSummary,
  Input,
  LoadingStatus,
  PageHeading,
  Radios,
  Select,
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
import { DuplicateReview } from './DuplicateReview';
import type { PersonPageLocationState } from './PersonPage';
import {
  disabilityOptions,
  emptyPersonForm,
  ethnicityOptions,
  exclusiveDisabilities,
  genderIdentityOptions,
  languageOptions,
  noDisability,
  personFormErrorsFromApi,
  personFormFields,
  religionOptions,
  sexOptions,
  validatePersonForm,
  type PersonFormValues,
} from './personForm';
import { useCreatePerson } from './usePerson';

function errorMessage(errors: FieldErrors, field: string) {
  const text = errors[field];
  return text ? { text } : undefined;
}

const notRecorded = { value: '' as const, text: 'Not recorded' };
const unexpectedProblem = () => new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });

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
          const apiError = error instanceof ApiError ? error : unexpectedProblem();
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

  const born = values.born;
  return (
    <>
      <BackLink href="/people" text="Find a person" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errorSummary}
          <PageHeading classes="govuk-heading-l">Add a person</PageHeading>
          <p className="govuk-body">Search for the person first: they may already have a record. Give what you know; you can add more details later.</p>
          <form noValidate onSubmit={handleSubmit} aria-label="Add a person">
            <h2 className="govuk-heading-m">Name</h2>
            <Input
              name="givenName"
              label={{ text: 'Given name', classes: 'govuk-label--s' }}
              autocomplete="off"
              spellcheck={false}
              value={values.givenName}
              errorMessage={errorMessage(errors, 'name.givenName')}
              onChange={(value) => update('givenName', value)}
            />
            <Input
              name="middleNames"
              label={{ text: 'Middle names (optional)', classes: 'govuk-label--s' }}
              autocomplete="off"
              spellcheck={false}
              value={values.middleNames}
              errorMessage={errorMessage(errors, 'name.middleNames')}
              onChange={(value) => update('middleNames', value)}
            />
            <Input
              name="familyName"
              label={{ text: 'Family name', classes: 'govuk-label--s' }}
              autocomplete="off"
              spellcheck={false}
              value={values.familyName}
              errorMessage={errorMessage(errors, 'name.familyName')}
              onChange={(value) => update('familyName', value)}
            />
            <Input
              name="preferredName"
              label={{ text: 'Preferred name (optional)', classes: 'govuk-label--s' }}
              hint={{ text: 'What they like to be called, if it is not their given name' }}
              autocomplete="off"
              spellcheck={false}
              value={values.preferredName}
              errorMessage={errorMessage(errors, 'name.preferredName')}
              onChange={(value) => update('preferredName', value)}
            />

            <Radios
              name="born"
              fieldset={{ legend: { text: 'Has the person been born?', classes: 'govuk-fieldset__legend--m' } }}
              hint={{ text: 'Record an unborn baby with the date they are expected, for a pre-birth assessment.' }}
              value={born}
              errorMessage={errorMessage(errors, 'born')}
              onChange={(value) => update('born', value)}
              items={[
                {
                  value: 'born',
                  text: 'Born',
                  conditional: {
                    html: (
                      <DateInput
                        id="dateOfBirth"
                        fieldset={{ legend: { text: 'Date of birth', classes: 'govuk-fieldset__legend--s' } }}
                        hint={{ text: 'For example, 27 3 2019' }}
                        items={(['day', 'month', 'year'] as const).map((part) => ({
                          name: part,
                          value: values.dateOfBirth[part],
                          error: errors.dateOfBirth !== undefined && dateParts.includes(part),
                        }))}
                        errorMessage={errorMessage(errors, 'dateOfBirth')}
                        onChange={(part, value) => update('dateOfBirth', { ...values.dateOfBirth, [part]: value })}
                      />
                    ),
                  },
                },
                {
                  value: 'not-born',
                  text: 'Not born yet',
                  conditional: {
                    html: (
                      <DateInput
                        id="expectedDateOfBirth"
                        fieldset={{ legend: { text: 'Expected date of birth', classes: 'govuk-fieldset__legend--s' } }}
                        hint={{ text: 'For example, 14 9 2026' }}
                        items={(['day', 'month', 'year'] as const).map((part) => ({
                          name: part,
                          value: values.expectedDateOfBirth[part],
                          error: errors.expectedDateOfBirth !== undefined && dateParts.includes(part),
                        }))}
                        errorMessage={errorMessage(errors, 'expectedDateOfBirth')}
                        onChange={(part, value) => update('expectedDateOfBirth', { ...values.expectedDateOfBirth, [part]: value })}
                      />
                    ),
                  },
                },
              ]}
            />

            <h2 className="govuk-heading-m">About the person</h2>
            <Radios
              name="sex"
              fieldset={{ legend: { text: 'Sex', classes: 'govuk-fieldset__legend--s' } }}
              hint={{ text: 'As registered at birth. For a baby not born yet, select “Not known or indeterminate”.' }}
              classes="govuk-radios--small"
              value={values.sex}
              errorMessage={errorMessage(errors, 'sex')}
              onChange={(value) => update('sex', value)}
              items={sexOptions}
            />
            <Radios
              name="genderIdentity"
              fieldset={{ legend: { text: 'Is the gender they identify with the same as their sex registered at birth? (optional)', classes: 'govuk-fieldset__legend--s' } }}
              classes="govuk-radios--small"
              value={values.genderIdentity}
              errorMessage={errorMessage(errors, 'genderIdentity')}
              onChange={(value) => update('genderIdentity', value)}
              items={genderIdentityOptions}
            />
            <Select
              name="ethnicity"
              label={{ text: 'Ethnicity (optional)', classes: 'govuk-label--s' }}
              value={values.ethnicity}
              errorMessage={errorMessage(errors, 'ethnicity')}
              onChange={(value) => update('ethnicity', value)}
              items={[notRecorded, ...ethnicityOptions]}
            />
            <Select
              name="firstLanguage"
              label={{ text: 'First language (optional)', classes: 'govuk-label--s' }}
              value={values.firstLanguage}
              errorMessage={errorMessage(errors, 'firstLanguage')}
              onChange={(value) => update('firstLanguage', value)}
              items={[notRecorded, ...languageOptions]}
            />
            <Radios
              name="interpreterNeeded"
              fieldset={{ legend: { text: 'Is an interpreter needed?', classes: 'govuk-fieldset__legend--s' } }}
              classes="govuk-radios--small govuk-radios--inline"
              value={values.interpreterNeeded}
              errorMessage={errorMessage(errors, 'interpreterNeeded')}
              onChange={(value) => update('interpreterNeeded', value)}
              items={[
                { value: 'yes', text: 'Yes' },
                { value: 'no', text: 'No' },
              ]}
            />
            <Select
              name="religion"
              label={{ text: 'Religion (optional)', classes: 'govuk-label--s' }}
              value={values.religion}
              errorMessage={errorMessage(errors, 'religion')}
              onChange={(value) => update('religion', value)}
              items={[notRecorded, ...religionOptions]}
            />
            <Checkboxes
              name="disabilities"
              fieldset={{ legend: { text: 'Disabilities (optional)', classes: 'govuk-fieldset__legend--s' } }}
              hint={{ text: 'Select all that apply, or “No disability”. Leave them all unticked if nobody has asked yet.' }}
              classes="govuk-checkboxes--small"
              values={values.disabilities}
              errorMessage={errorMessage(errors, 'disabilities')}
              onChange={(next) => setValues((current) => ({ ...current, disabilities: exclusiveDisabilities(current.disabilities, next) }))}
              items={[...disabilityOptions, noDisability]}
            />

            <h2 className="govuk-heading-m">Identifiers</h2>
            <Input
              name="nhsNumber"
              label={{ text: 'NHS number (optional)', classes: 'govuk-label--s' }}
              hint={{ text: '10 digits, like 943 476 5919' }}
              inputmode="numeric"
              autocomplete="off"
              spellcheck={false}
              classes="govuk-input--width-10"
              value={values.nhsNumber}
              errorMessage={errorMessage(errors, 'nhsNumber')}
              onChange={(value) => update('nhsNumber', value)}
            />
            <Input
              name="upn"
              label={{ text: 'Unique pupil number (UPN) (optional)', classes: 'govuk-label--s' }}
              hint={{ text: '13 characters, like H919123421001' }}
              autocomplete="off"
              spellcheck={false}
              classes="govuk-input--width-20"
              value={values.upn}
              errorMessage={errorMessage(errors, 'upn')}
              onChange={(value) => update('upn', value)}
            />

            <h2 className="govuk-heading-m">Current address (optional)</h2>
            <Input
              id="addressLine1"
              name="addressLine1"
              label={{ text: 'Address line 1', classes: 'govuk-label--s' }}
              autocomplete="off"
              value={values.addressLine1}
              errorMessage={errorMessage(errors, 'address.line1')}
              onChange={(value) => update('addressLine1', value)}
            />
            <Input
              id="addressLine2"
              name="addressLine2"
              label={{ text: 'Address line 2 (optional)', classes: 'govuk-label--s' }}
              autocomplete="off"
              value={values.addressLine2}
              errorMessage={errorMessage(errors, 'address.line2')}
              onChange={(value) => update('addressLine2', value)}
            />
            <Input
              name="town"
              label={{ text: 'Town or city', classes: 'govuk-label--s' }}
              autocomplete="off"
              classes="govuk-!-width-two-thirds"
              value={values.town}
              errorMessage={errorMessage(errors, 'address.town')}
              onChange={(value) => update('town', value)}
            />
            <Input
              name="postcode"
              label={{ text: 'Postcode', classes: 'govuk-label--s' }}
              autocomplete="off"
              spellcheck={false}
              classes="govuk-input--width-10"
              value={values.postcode}
              errorMessage={errorMessage(errors, 'address.postcode')}
              onChange={(value) => update('postcode', value)}
            />

            <Button disabled={create.isPending} text={create.isPending ? 'Adding the person…' : 'Add the person'} />
            <LoadingStatus text={create.isPending ? 'Adding the person' : ''} visuallyHidden />
          </form>
        </div>
      </div>
    </>
  );
}
