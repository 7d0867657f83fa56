import { Checkboxes, DateInput, Input, Radios, type DatePart, type FieldErrors } from '@childfirst/ui';
import { ethnicities, genderIdentities, languages, religions, sexes } from '@childfirst/domain/people';
import { CodeListRadios, CodeListSelect } from '../../forms/CodeList';
import { fieldError } from '../../forms/formProblems';
import { disabilityOptions, exclusiveDisabilities, noDisability, type PersonFormValues } from './personForm';

/** The parts of a name, in the order GOV.UK forms ask for them (names are never spell-checked or autofilled). */
const nameFields: { field: 'givenName' | 'middleNames' | 'familyName' | 'preferredName'; label: string; hint?: string }[] = [
  { field: 'givenName', label: 'Given name' },
  { field: 'middleNames', label: 'Middle names (optional)' },
  { field: 'familyName', label: 'Family name' },
  { field: 'preferredName', label: 'Preferred name (optional)', hint: 'What they like to be called, if it is not their given name' },
];

export interface PersonFieldsProps {
  values: PersonFormValues;
  errors: FieldErrors;
  /** The parts of the date in error. */
  dateParts: DatePart[];
  onChange: <Field extends keyof PersonFormValues>(field: Field, value: PersonFormValues[Field]) => void;
  /**
   * A new record asks for the current address; a change does not (a move is kept in the address
   * history) and offers "Not recorded" to clear an answer given before.
   */
  mode: 'add' | 'change';
  /** Ask "Has the person been born?" (a new record, or a baby still expected); otherwise only the date of birth. */
  askIfBorn: boolean;
}

/**
 * The details of a person, as "Add a person" and "Change details" ask for them: the same fields,
 * ids and code lists, so the same schema messages land on the same fields.
 */
export function PersonFields({ values, errors, dateParts, onChange, mode, askIfBorn }: PersonFieldsProps) {
  const dateInput = (field: 'dateOfBirth' | 'expectedDateOfBirth', legend: string, example: string) => (
    <DateInput
      id={field}
      fieldset={{ legend: { text: legend, classes: askIfBorn ? 'govuk-fieldset__legend--s' : 'govuk-fieldset__legend--m' } }}
      hint={{ text: `For example, ${example}` }}
      items={(['day', 'month', 'year'] as const).map((part) => ({
        name: part,
        value: values[field][part],
        error: errors[field] !== undefined && dateParts.includes(part),
      }))}
      errorMessage={fieldError(errors, field)}
      onChange={(part, value) => onChange(field, { ...values[field], [part]: value })}
    />
  );

  return (
    <>
      <h2 className="govuk-heading-m">Name</h2>
      {nameFields.map(({ field, label, hint }) => (
        <Input
          key={field}
          name={field}
          label={{ text: label, classes: 'govuk-label--s' }}
          hint={hint ? { text: hint } : undefined}
          autocomplete="off"
          spellcheck={false}
          value={values[field]}
          errorMessage={fieldError(errors, `name.${field}`)}
          onChange={(value) => onChange(field, value)}
        />
      ))}

      {askIfBorn ? (
        <Radios
          name="born"
          fieldset={{ legend: { text: 'Has the person been born?', classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: 'Record an unborn baby with the date they are expected, for a pre-birth assessment.' }}
          value={values.born}
          errorMessage={fieldError(errors, 'born')}
          onChange={(value) => onChange('born', value)}
          items={[
            { value: 'born', text: 'Born', conditional: { html: dateInput('dateOfBirth', 'Date of birth', '27 3 2019') } },
            { value: 'not-born', text: 'Not born yet', conditional: { html: dateInput('expectedDateOfBirth', 'Expected date of birth', '14 9 2026') } },
          ]}
        />
      ) : (
        dateInput('dateOfBirth', 'Date of birth', '27 3 2019')
      )}

      <h2 className="govuk-heading-m">About the person</h2>
      <CodeListRadios
        name="sex"
        codes={sexes}
        fieldset={{ legend: { text: 'Sex', classes: 'govuk-fieldset__legend--s' } }}
        hint={{ text: 'As registered at birth. For a baby not born yet, select “Not known or indeterminate”.' }}
        classes="govuk-radios--small"
        value={values.sex}
        errorMessage={fieldError(errors, 'sex')}
        onChange={(value) => onChange('sex', value)}
      />
      <CodeListRadios
        name="genderIdentity"
        codes={genderIdentities}
        fieldset={{ legend: { text: 'Is the gender they identify with the same as their sex registered at birth? (optional)', classes: 'govuk-fieldset__legend--s' } }}
        classes="govuk-radios--small"
        value={values.genderIdentity}
        errorMessage={fieldError(errors, 'genderIdentity')}
        onChange={(value) => onChange('genderIdentity', value)}
        // A recorded answer can be cleared when changing details; a new record simply leaves it unanswered.
        noneOption={mode === 'change' ? 'Not recorded' : undefined}
      />
      <CodeListSelect
        name="ethnicity"
        codes={ethnicities}
        emptyOption="Not recorded"
        label={{ text: 'Ethnicity (optional)', classes: 'govuk-label--s' }}
        value={values.ethnicity}
        errorMessage={fieldError(errors, 'ethnicity')}
        onChange={(value) => onChange('ethnicity', value)}
      />
      <CodeListSelect
        name="firstLanguage"
        codes={languages}
        emptyOption="Not recorded"
        label={{ text: 'First language (optional)', classes: 'govuk-label--s' }}
        value={values.firstLanguage}
        errorMessage={fieldError(errors, 'firstLanguage')}
        onChange={(value) => onChange('firstLanguage', value)}
      />
      <Radios
        name="interpreterNeeded"
        fieldset={{ legend: { text: 'Is an interpreter needed?', classes: 'govuk-fieldset__legend--s' } }}
        classes="govuk-radios--small govuk-radios--inline"
        value={values.interpreterNeeded}
        errorMessage={fieldError(errors, 'interpreterNeeded')}
        onChange={(value) => onChange('interpreterNeeded', value)}
        items={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
        ]}
      />
      <CodeListSelect
        name="religion"
        codes={religions}
        emptyOption="Not recorded"
        label={{ text: 'Religion (optional)', classes: 'govuk-label--s' }}
        value={values.religion}
        errorMessage={fieldError(errors, 'religion')}
        onChange={(value) => onChange('religion', value)}
      />
      <Checkboxes
        name="disabilities"
        fieldset={{ legend: { text: 'Disabilities (optional)', classes: 'govuk-fieldset__legend--s' } }}
        hint={{ text: 'Select all that apply, or “No disability”. Leave them all unticked if nobody has asked yet.' }}
        classes="govuk-checkboxes--small"
        values={values.disabilities}
        errorMessage={fieldError(errors, 'disabilities')}
        onChange={(next) => onChange('disabilities', exclusiveDisabilities(values.disabilities, next))}
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
        errorMessage={fieldError(errors, 'nhsNumber')}
        onChange={(value) => onChange('nhsNumber', value)}
      />
      <Input
        name="upn"
        label={{ text: 'Unique pupil number (UPN) (optional)', classes: 'govuk-label--s' }}
        hint={{ text: '13 characters, like H919123421001' }}
        autocomplete="off"
        spellcheck={false}
        classes="govuk-input--width-20"
        value={values.upn}
        errorMessage={fieldError(errors, 'upn')}
        onChange={(value) => onChange('upn', value)}
      />

      {mode === 'add' && (
        <>
          <h2 className="govuk-heading-m">Current address (optional)</h2>
          <Input
            id="addressLine1"
            name="addressLine1"
            label={{ text: 'Address line 1', classes: 'govuk-label--s' }}
            autocomplete="off"
            value={values.addressLine1}
            errorMessage={fieldError(errors, 'address.line1')}
            onChange={(value) => onChange('addressLine1', value)}
          />
          <Input
            id="addressLine2"
            name="addressLine2"
            label={{ text: 'Address line 2 (optional)', classes: 'govuk-label--s' }}
            autocomplete="off"
            value={values.addressLine2}
            errorMessage={fieldError(errors, 'address.line2')}
            onChange={(value) => onChange('addressLine2', value)}
          />
          <Input
            name="town"
            label={{ text: 'Town or city', classes: 'govuk-label--s' }}
            autocomplete="off"
            classes="govuk-!-width-two-thirds"
            value={values.town}
            errorMessage={fieldError(errors, 'address.town')}
            onChange={(value) => onChange('town', value)}
          />
          <Input
            name="postcode"
            label={{ text: 'Postcode', classes: 'govuk-label--s' }}
            autocomplete="off"
            spellcheck={false}
            classes="govuk-input--width-10"
            value={values.postcode}
            errorMessage={fieldError(errors, 'address.postcode')}
            onChange={(value) => onChange('postcode', value)}
          />
        </>
      )}
    </>
  );
}
