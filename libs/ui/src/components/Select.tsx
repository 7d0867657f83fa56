import type { ChangeEvent } from 'react';
import { classNames } from './classNames';
import { ErrorMessage } from './ErrorMessage';
import { describedByIds, type ErrorMessageParams, type HintParams, type LabelParams } from './formField';
import { Hint } from './Hint';
import { Label } from './Label';

export interface SelectItem<Value extends string = string> {
  value: Value | '';
  text: string;
  disabled?: boolean;
}

export interface SelectProps<Value extends string = string> {
  id?: string;
  name: string;
  items: SelectItem<Value>[];
  /** The selected value; '' selects the item with an empty value (such as "Not recorded"). */
  value?: Value | '';
  label: LabelParams;
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  disabled?: boolean;
  describedBy?: string;
  classes?: string;
  formGroup?: { classes?: string };
  onChange?: (value: Value | '', event: ChangeEvent<HTMLSelectElement>) => void;
}

/**
 * Mirrors govukSelect. GOV.UK advises radios for short lists; a select suits a long code list
 * (ethnicity, language) where the person knows the answer they are looking for.
 */
export function Select<Value extends string = string>({
  id: givenId,
  name,
  items,
  value,
  label,
  hint,
  errorMessage,
  disabled,
  describedBy,
  classes,
  formGroup,
  onChange,
}: SelectProps<Value>) {
  const id = givenId ?? name;
  return (
    <div className={classNames('govuk-form-group', errorMessage && 'govuk-form-group--error', formGroup?.classes)}>
      <Label {...label} for={id} />
      {hint && <Hint id={`${id}-hint`} {...hint} />}
      {errorMessage && <ErrorMessage id={`${id}-error`} {...errorMessage} />}
      <select
        className={classNames('govuk-select', errorMessage && 'govuk-select--error', classes)}
        id={id}
        name={name}
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={describedByIds(id, { describedBy, hint, errorMessage })}
        onChange={(event) => onChange?.(event.target.value as Value | '', event)}
      >
        {items.map((item) => (
          <option key={item.value} value={item.value} disabled={item.disabled}>
            {item.text}
          </option>
        ))}
      </select>
    </div>
  );
}
