import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset, type FieldsetLegend } from './Fieldset';
import { describedByIds, type ErrorMessageParams, type HintParams } from './formField';
import { Hint } from './Hint';

export interface CheckboxesItem<Value extends string = string> {
  value: Value;
  text?: string;
  html?: ReactNode;
  id?: string;
  hint?: HintParams;
  disabled?: boolean;
}

export interface CheckboxesProps<Value extends string = string> {
  name: string;
  /** Ids are idPrefix, idPrefix-2, idPrefix-3…: the first has no suffix so an error summary can link to it. */
  idPrefix?: string;
  items: CheckboxesItem<Value>[];
  /** The values that are checked. */
  values?: readonly Value[];
  fieldset?: { legend?: FieldsetLegend; classes?: string; describedBy?: string };
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  /** Modifiers such as "govuk-checkboxes--small". */
  classes?: string;
  formGroup?: { classes?: string };
  onChange?: (values: Value[]) => void;
}

/** Mirrors govukCheckboxes; `onChange` receives every checked value, in the order of the items. */
export function Checkboxes<Value extends string = string>({
  name,
  idPrefix: givenIdPrefix,
  items,
  values = [],
  fieldset,
  hint,
  errorMessage,
  classes,
  formGroup,
  onChange,
}: CheckboxesProps<Value>) {
  const idPrefix = givenIdPrefix ?? name;
  const describedBy = describedByIds(idPrefix, { describedBy: fieldset?.describedBy, hint, errorMessage });

  function handleToggle(value: Value, checked: boolean) {
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange?.(items.map((item) => item.value).filter((itemValue) => next.has(itemValue)));
  }

  const inner = (
    <>
      {hint && <Hint id={`${idPrefix}-hint`} {...hint} />}
      {errorMessage && <ErrorMessage id={`${idPrefix}-error`} {...errorMessage} />}
      <div className={classNames('govuk-checkboxes', classes)}>
        {items.map((item, index) => {
          const itemId = item.id ?? (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const itemHintId = `${itemId}-item-hint`;
          // Without a fieldset the group's hint and error describe each checkbox instead.
          const itemDescribedBy = [fieldset ? undefined : describedBy, item.hint ? itemHintId : undefined].filter(Boolean).join(' ') || undefined;
          return (
            <div key={item.value} className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={itemId}
                name={name}
                type="checkbox"
                value={item.value}
                checked={values.includes(item.value)}
                disabled={item.disabled}
                aria-describedby={itemDescribedBy}
                onChange={(event) => handleToggle(item.value, event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                {item.html ?? item.text}
              </label>
              {item.hint && <Hint id={itemHintId} {...item.hint} classes={classNames('govuk-checkboxes__hint', item.hint.classes)} />}
            </div>
          );
        })}
      </div>
    </>
  );

  return (
    <div className={classNames('govuk-form-group', errorMessage && 'govuk-form-group--error', formGroup?.classes)}>
      {fieldset ? (
        <Fieldset legend={fieldset.legend} classes={fieldset.classes} describedBy={describedBy}>
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </div>
  );
}
