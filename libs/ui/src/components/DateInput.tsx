import type { HTMLInputAutoCompleteAttribute } from 'react';
import { classNames } from './classNames';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset, type FieldsetLegend } from './Fieldset';
import { describedByIds, type ErrorMessageParams, type HintParams } from './formField';
import { Hint } from './Hint';

export type DateInputPart = 'day' | 'month' | 'year';

export interface DateInputItem {
  name: DateInputPart;
  /** "Day", "Month", "Year" unless given. */
  label?: string;
  value?: string;
  /** Marks this part as the one in error (GOV.UK highlights only the parts that are wrong). */
  error?: boolean;
  autocomplete?: HTMLInputAutoCompleteAttribute;
  classes?: string;
}

export interface DateInputProps {
  /** The id of the group; parts get `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  /** Names the parts `${namePrefix}-day`…; the id by default. */
  namePrefix?: string;
  items?: DateInputItem[];
  values?: Partial<Record<DateInputPart, string>>;
  fieldset?: { legend?: FieldsetLegend; classes?: string; describedBy?: string };
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  classes?: string;
  formGroup?: { classes?: string };
  onChange?: (part: DateInputPart, value: string) => void;
}

const defaultParts: DateInputPart[] = ['day', 'month', 'year'];
const partLabels: Record<DateInputPart, string> = { day: 'Day', month: 'Month', year: 'Year' };

/**
 * Mirrors govukDateInput: three text inputs (never type="number", which drops leading zeros and
 * changes with the scroll wheel) in a fieldset with role="group", so JAWS reads its hint and error.
 * When the error is about the whole date no part is marked, so every part is highlighted.
 */
export function DateInput({ id, namePrefix, items, values = {}, fieldset, hint, errorMessage, classes, formGroup, onChange }: DateInputProps) {
  const parts: DateInputItem[] = items ?? defaultParts.map((name) => ({ name, value: values[name] }));
  const anyPartHasError = parts.some((part) => part.error);
  const describedBy = describedByIds(id, { describedBy: fieldset?.describedBy, hint, errorMessage });
  const prefix = namePrefix ?? id;

  const inner = (
    <>
      {hint && <Hint id={`${id}-hint`} {...hint} />}
      {errorMessage && <ErrorMessage id={`${id}-error`} {...errorMessage} />}
      <div className={classNames('govuk-date-input', classes)} id={id}>
        {parts.map((part) => {
          const partId = `${id}-${part.name}`;
          const hasError = part.error || (Boolean(errorMessage) && !anyPartHasError);
          const width = part.name === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2';
          return (
            <div key={part.name} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
                  {part.label ?? partLabels[part.name]}
                </label>
                <input
                  className={classNames('govuk-input govuk-date-input__input', width, hasError && 'govuk-input--error', part.classes)}
                  id={partId}
                  name={`${prefix}-${part.name}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={part.autocomplete}
                  value={part.value ?? values[part.name] ?? ''}
                  onChange={(event) => onChange?.(part.name, event.target.value)}
                />
              </div>
            </div>
          );
        })}
      </div>
    </>
  );

  return (
    <div className={classNames('govuk-form-group', errorMessage && 'govuk-form-group--error', formGroup?.classes)}>
      {fieldset ? (
        <Fieldset legend={fieldset.legend} classes={fieldset.classes} describedBy={describedBy} role="group">
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </div>
  );
}
