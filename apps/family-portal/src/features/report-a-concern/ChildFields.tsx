import { MAX_APPROXIMATE_AGE } from '@childfirst/domain/referrals';
import { DateInput, Input, Textarea, type DatePart, type FieldErrors } from '@childfirst/ui';
import { childFieldId, type ChildField, type ChildValues } from './concernForm';

export interface ChildFieldsProps {
  index: number;
  child: ChildValues;
  errors: FieldErrors;
  /** The parts of the date of birth to highlight. */
  dateParts?: DatePart[];
  /** Shown when there is more than one child. */
  onRemove?: () => void;
  onChange: (child: ChildValues) => void;
}

/** What the person knows about one child. Names are not spell-checked or filled in by the browser: they are not the person's own. */
export function ChildFields({ index, child, errors, dateParts = [], onRemove, onChange }: ChildFieldsProps) {
  const number = index + 1;
  const errorOf = (field: ChildField) => {
    const text = errors[`subjects.${index}.${field}`];
    return text ? { text } : undefined;
  };
  const idOf = (field: ChildField) => childFieldId(index, field);
  const change = <Field extends keyof ChildValues>(field: Field, value: ChildValues[Field]) => onChange({ ...child, [field]: value });
  const dateError = errorOf('dateOfBirth');

  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" id={`child-${number}`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Child {number}</legend>
      <Input
        id={idOf('givenName')}
        name={`subjects[${index}].givenName`}
        classes="govuk-!-width-one-half"
        autocomplete="off"
        spellcheck={false}
        label={{ text: 'First name' }}
        value={child.givenName}
        errorMessage={errorOf('givenName')}
        onChange={(value) => change('givenName', value)}
      />
      <Input
        id={idOf('familyName')}
        name={`subjects[${index}].familyName`}
        classes="govuk-!-width-one-half"
        autocomplete="off"
        spellcheck={false}
        label={{ text: 'Last name' }}
        value={child.familyName}
        errorMessage={errorOf('familyName')}
        onChange={(value) => change('familyName', value)}
      />
      <DateInput
        id={idOf('dateOfBirth')}
        namePrefix={`subjects[${index}].dateOfBirth`}
        fieldset={{ legend: { text: 'Date of birth', classes: 'govuk-fieldset__legend--s' } }}
        hint={{ text: 'For example, 27 3 2019' }}
        items={(['day', 'month', 'year'] as const).map((part) => ({
          name: part,
          value: child.dateOfBirth[part],
          error: dateError !== undefined && dateParts.includes(part),
        }))}
        errorMessage={dateError}
        onChange={(part, value) => change('dateOfBirth', { ...child.dateOfBirth, [part]: value })}
      />
      <Input
        id={idOf('approximateAge')}
        name={`subjects[${index}].approximateAge`}
        classes="govuk-input--width-3"
        inputmode="numeric"
        autocomplete="off"
        spellcheck={false}
        label={{ text: 'If you do not know their date of birth, how old are they?' }}
        hint={{ text: `In years, from 0 to ${MAX_APPROXIMATE_AGE}. Your best guess is fine.` }}
        value={child.approximateAge}
        errorMessage={errorOf('approximateAge')}
        onChange={(value) => change('approximateAge', value)}
      />
      <Input
        id={idOf('postcode')}
        name={`subjects[${index}].postcode`}
        classes="govuk-input--width-10"
        autocomplete="off"
        spellcheck={false}
        label={{ text: 'Postcode where they live' }}
        value={child.postcode}
        errorMessage={errorOf('postcode')}
        onChange={(value) => change('postcode', value)}
      />
      <Input
        id={idOf('schoolName')}
        name={`subjects[${index}].schoolName`}
        autocomplete="off"
        label={{ text: 'School, college or nursery (optional)' }}
        value={child.schoolName}
        errorMessage={errorOf('schoolName')}
        onChange={(value) => change('schoolName', value)}
      />
      <Textarea
        id={idOf('description')}
        name={`subjects[${index}].description`}
        rows={3}
        label={{ text: 'Anything else that would help us find them (optional)' }}
        hint={{ text: 'For example, their address, what they look like or who they live with' }}
        value={child.description}
        errorMessage={errorOf('description')}
        onChange={(value) => change('description', value)}
      />
      {onRemove && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRemove}>
          Remove<span className="govuk-visually-hidden"> child {number}</span>
        </button>
      )}
    </fieldset>
  );
}
