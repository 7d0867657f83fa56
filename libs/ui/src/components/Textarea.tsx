import type { ChangeEvent, HTMLInputAutoCompleteAttribute } from 'react';
import { classNames } from './classNames';
import { ErrorMessage } from './ErrorMessage';
import { describedByIds, type ErrorMessageParams, type HintParams, type LabelParams } from './formField';
import { Hint } from './Hint';
import { Label } from './Label';

export interface TextareaProps {
  id?: string;
  name: string;
  rows?: number;
  value?: string;
  label: LabelParams;
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  autocomplete?: HTMLInputAutoCompleteAttribute;
  spellcheck?: boolean;
  disabled?: boolean;
  describedBy?: string;
  classes?: string;
  formGroup?: { classes?: string };
  onChange?: (value: string, event: ChangeEvent<HTMLTextAreaElement>) => void;
}

export function Textarea({
  id: givenId,
  name,
  rows = 5,
  value,
  label,
  hint,
  errorMessage,
  autocomplete,
  spellcheck,
  disabled,
  describedBy,
  classes,
  formGroup,
  onChange,
}: TextareaProps) {
  const id = givenId ?? name;
  return (
    <div className={classNames('govuk-form-group', errorMessage && 'govuk-form-group--error', formGroup?.classes)}>
      <Label {...label} for={id} />
      {hint && <Hint id={`${id}-hint`} {...hint} />}
      {errorMessage && <ErrorMessage id={`${id}-error`} {...errorMessage} />}
      <textarea
        className={classNames('govuk-textarea', errorMessage && 'govuk-textarea--error', classes)}
        id={id}
        name={name}
        rows={rows}
        value={value}
        autoComplete={autocomplete}
        spellCheck={spellcheck}
        disabled={disabled}
        aria-describedby={describedByIds(id, { describedBy, hint, errorMessage })}
        onChange={onChange && ((event) => onChange(event.target.value, event))}
      />
    </div>
  );
}
