import { MAX_APPROXIMATE_AGE } from '@childfirst/domain/referrals';
import { DateInput, Input, Textarea, type DatePart, type FieldErrors } from '@childfirst/ui';
import { useErrorOf } from '../../components/forms';
import { useTranslation } from '../../i18n/i18n';
import { childFieldId, type ChildField, type ChildValues } from './concernForm';

export interface ChildFieldsProps {
  index: number;
  child: ChildValues;
  /** Already in the page's language. */
  errors: FieldErrors;
  /** The parts of the date of birth to highlight. */
  dateParts?: DatePart[];
  /** Shown when there is more than one child. */
  onRemove?: () => void;
  onChange: (child: ChildValues) => void;
}

/** What the person knows about one child. Names are not spell-checked or filled in by the browser: they are not the person's own. */
export function ChildFields({ index, child, errors, dateParts = [], onRemove, onChange }: ChildFieldsProps) {
  const { t } = useTranslation('concern');
  const number = index + 1;
  const errorOfPath = useErrorOf(errors);
  const errorOf = (field: ChildField) => errorOfPath(`subjects.${index}.${field}`);
  const idOf = (field: ChildField) => childFieldId(index, field);
  const change = <Field extends keyof ChildValues>(field: Field, value: ChildValues[Field]) => onChange({ ...child, [field]: value });
  const dateError = errorOf('dateOfBirth');

  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" id={`child-${number}`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t('child.legend', { number })}</legend>
      <Input
        id={idOf('givenName')}
        name={`subjects[${index}].givenName`}
        classes="govuk-!-width-one-half"
        autocomplete="off"
        spellcheck={false}
        label={{ text: t('child.givenName') }}
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
        label={{ text: t('child.familyName') }}
        value={child.familyName}
        errorMessage={errorOf('familyName')}
        onChange={(value) => change('familyName', value)}
      />
      <DateInput
        id={idOf('dateOfBirth')}
        namePrefix={`subjects[${index}].dateOfBirth`}
        fieldset={{ legend: { text: t('child.dateOfBirth'), classes: 'govuk-fieldset__legend--s' } }}
        hint={{ text: t('child.dateOfBirthHint') }}
        items={(['day', 'month', 'year'] as const).map((part) => ({
          name: part,
          label: t(`common:date.${part}`),
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
        label={{ text: t('child.approximateAge') }}
        hint={{ text: t('child.approximateAgeHint', { max: MAX_APPROXIMATE_AGE }) }}
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
        label={{ text: t('child.postcode') }}
        value={child.postcode}
        errorMessage={errorOf('postcode')}
        onChange={(value) => change('postcode', value)}
      />
      <Input
        id={idOf('schoolName')}
        name={`subjects[${index}].schoolName`}
        autocomplete="off"
        label={{ text: t('child.schoolName') }}
        value={child.schoolName}
        errorMessage={errorOf('schoolName')}
        onChange={(value) => change('schoolName', value)}
      />
      <Textarea
        id={idOf('description')}
        name={`subjects[${index}].description`}
        rows={3}
        label={{ text: t('child.description') }}
        hint={{ text: t('child.descriptionHint') }}
        value={child.description}
        errorMessage={errorOf('description')}
        onChange={(value) => change('description', value)}
      />
      {onRemove && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRemove}>
          {t('common:actions.remove')}
          <span className="govuk-visually-hidden"> {t('child.removeHidden', { number })}</span>
        </button>
      )}
    </fieldset>
  );
}
