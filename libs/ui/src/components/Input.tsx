import type { ChangeEvent, HTMLInputAutoCompleteAttribute, HTMLAttributes } from 'react';
import { classNames } from './classNames';
import { ErrorMessage } from './ErrorMessage';
import { describedByIds, type ErrorMessageParams, type HintParams, type LabelParams } from './formField';
import { Hint } from './Hint';
import { Label } from './Label';

export interface InputProps {
  id?: string;
  name: string;
  type?: 'text' | 'tel' | 'email' | 'number' | 'password' | 'search' | 'url';
  value?: string;
  label: LabelParams;
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  inputmode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autocomplete?: HTMLInputAutoCompleteAttribute;
  spellcheck?: boolean;
  disabled?: boolean;
  describedBy?: string;
  classes?: string;
  formGroup?: { classes?: string };
  onChange?: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
}

export function Input({
  id: givenId,
  name,
  type = 'text',
  value,
  label,
  hint,
  errorMessage,
  inputmode,
  autocomplete,
  spellcheck,
  disabled,
  describedBy,
  classes,
  formGroup,
  onChange,
}: InputProps) {
  const id = givenId ?? name;
  return (
    <div className={classNames('govuk-form-group', errorMessage && 'govuk-form-group--error', formGroup?.classes)}>
      <Label {...label} for={id} />
      {hint && <Hint id={`${id}-hint`} {...hint} />}
      {errorMessage && <ErrorMessage id={`${id}-error`} {...errorMessage} />}
      <input
        className={classNames('govuk-input', errorMessage && 'govuk-input--error', classes)}
        id={id}
        name={name}
        type={type}
        value={value}
        inputMode={inputmode}
        autoComplete={autocomplete}
        spellCheck={spellcheck}
        disabled={disabled}
        aria-describedby={describedByIds(id, { describedBy, hint, errorMessage })}
        onChange={onChange && ((event) => onChange(event.target.value, event))}
      />
    </div>
  );
}
