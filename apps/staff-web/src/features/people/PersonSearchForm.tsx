import { Button, DateInput, ErrorSummary, Input, Radios, errorSummaryItems, hasFieldErrors, ukDateOf, type DatePart, type FieldErrors } from '@childfirst/ui';
import { personSearchPurposeCodes, personSearchPurposes, type PersonSearchPurpose } from '@childfirst/domain/access';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { PersonSearchCriteria } from '../../api/peopleTypes';
import { emptyPersonSearch, personSearchFields, validatePersonSearch, type PersonSearchFormValues } from './personSearchForm';

export interface PersonSearchFormProps {
  initialValues?: PersonSearchFormValues;
  onSearch: (values: PersonSearchFormValues, criteria: PersonSearchCriteria) => void;
  /** Lets the page put "Error: " in its title while the form shows errors. */
  onErrorsShown?: (shown: boolean) => void;
  /** The heading and introduction, shown below the error summary (GOV.UK puts the summary first). */
  intro?: ReactNode;
  /** Set where the page itself says why (merging records): the form does not ask. */
  purpose?: PersonSearchPurpose;
}

function errorMessage(errors: FieldErrors, field: string) {
  const text = errors[field];
  return text ? { text } : undefined;
}

export function PersonSearchForm({ initialValues = emptyPersonSearch, onSearch, onErrorsShown, intro, purpose }: PersonSearchFormProps) {
  const [values, setValues] = useState<PersonSearchFormValues>(purpose ? { ...initialValues, purpose } : initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dateParts, setDateParts] = useState<DatePart[]>([]);
  // Each failed attempt remounts the error summary, so it takes focus again and is announced again.
  const [attempt, setAttempt] = useState(0);

  const showsErrors = hasFieldErrors(errors);
  useEffect(() => onErrorsShown?.(showsErrors), [showsErrors, onErrorsShown]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validatePersonSearch(values, ukDateOf(new Date()));
    if (result.errors) {
      setErrors(result.errors);
      setDateParts(result.dateParts);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    setDateParts([]);
    onSearch(values, result.criteria);
  }

  return (
    <>
      {showsErrors && <ErrorSummary key={attempt} errorList={errorSummaryItems(errors, personSearchFields(dateParts))} />}
      {intro}
      <form noValidate onSubmit={handleSubmit} role="search" aria-label="Find a person">
        <Input
          name="name"
          label={{ text: 'Name', classes: 'govuk-label--s' }}
          hint={{ text: 'First name, last name or both. People with similar names are found too.' }}
          autocomplete="off"
          spellcheck={false}
          value={values.name}
          errorMessage={errorMessage(errors, 'name')}
          onChange={(name) => setValues((current) => ({ ...current, name }))}
        />
        <DateInput
          id="dateOfBirth"
          fieldset={{ legend: { text: 'Date of birth', classes: 'govuk-fieldset__legend--s' } }}
          hint={{ text: 'For example, 27 3 2012' }}
          items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: values.dateOfBirth[part], error: dateParts.includes(part) }))}
          errorMessage={errorMessage(errors, 'dateOfBirth')}
          onChange={(part, value) => setValues((current) => ({ ...current, dateOfBirth: { ...current.dateOfBirth, [part]: value } }))}
        />
        <Input
          name="nhsNumber"
          label={{ text: 'NHS number', classes: 'govuk-label--s' }}
          hint={{ text: '10 digits, like 943 476 5919' }}
          inputmode="numeric"
          autocomplete="off"
          spellcheck={false}
          classes="govuk-input--width-10"
          value={values.nhsNumber}
          errorMessage={errorMessage(errors, 'nhsNumber')}
          onChange={(nhsNumber) => setValues((current) => ({ ...current, nhsNumber }))}
        />
        <Input
          name="postcode"
          label={{ text: 'Postcode', classes: 'govuk-label--s' }}
          hint={{ text: 'Of any address they have lived at. The full postcode, like SG1 1AA' }}
          autocomplete="off"
          spellcheck={false}
          classes="govuk-input--width-10"
          value={values.postcode}
          errorMessage={errorMessage(errors, 'postcode')}
          onChange={(postcode) => setValues((current) => ({ ...current, postcode }))}
        />
        {!purpose && (
          <Radios
            name="purpose"
            fieldset={{ legend: { text: 'Why are you searching?', classes: 'govuk-fieldset__legend--s' } }}
            hint={{ text: 'Every search is recorded with its reason.' }}
            classes="govuk-radios--small"
            value={values.purpose}
            errorMessage={errorMessage(errors, 'purpose')}
            onChange={(chosen) => setValues((current) => ({ ...current, purpose: chosen as PersonSearchPurpose }))}
            items={personSearchPurposeCodes.map((code) => ({
              value: code,
              text: personSearchPurposes[code].label,
              conditional:
                code === 'other'
                  ? {
                      html: (
                        <Input
                          name="purposeDetail"
                          label={{ text: 'Why are you searching?' }}
                          classes="govuk-!-width-two-thirds"
                          value={values.purposeDetail}
                          errorMessage={errorMessage(errors, 'purposeDetail')}
                          onChange={(purposeDetail) => setValues((current) => ({ ...current, purposeDetail }))}
                        />
                      ),
                    }
                  : undefined,
            }))}
          />
        )}
        <Button text="Search" />
      </form>
    </>
  );
}
