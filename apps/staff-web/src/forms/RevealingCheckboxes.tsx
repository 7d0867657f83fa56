import { ErrorMessage, Fieldset, Hint, type ErrorMessageParams, type FieldsetLegend, type HintParams } from '@childfirst/ui';
import { Fragment, type ReactNode } from 'react';

export interface RevealingCheckboxesItem<Value extends string> {
  value: Value;
  text: string;
  hint?: string;
  /** Revealed below the checkbox while it is ticked (GOV.UK "conditionally revealing a related question"). */
  conditional?: ReactNode;
}

export interface RevealingCheckboxesProps<Value extends string> {
  name: string;
  /** Ids are idPrefix, idPrefix-2…: the first has no suffix so an error summary can link to it. */
  idPrefix?: string;
  legend: FieldsetLegend;
  hint?: HintParams;
  errorMessage?: ErrorMessageParams;
  items: RevealingCheckboxesItem<Value>[];
  values: readonly Value[];
  classes?: string;
  onChange: (values: Value[]) => void;
}

/**
 * govukCheckboxes with conditional reveals, which @childfirst/ui's Checkboxes does not offer: a
 * question that belongs to one ticked box (the question for one agency) appears right under it.
 * The revealed question stays in the page when hidden, so what was typed survives unticking.
 */
export function RevealingCheckboxes<Value extends string>({ name, idPrefix = name, legend, hint, errorMessage, items, values, classes, onChange }: RevealingCheckboxesProps<Value>) {
  const describedBy = [hint && `${idPrefix}-hint`, errorMessage && `${idPrefix}-error`].filter(Boolean).join(' ') || undefined;

  function handleToggle(value: Value, checked: boolean) {
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(items.map((item) => item.value).filter((itemValue) => next.has(itemValue)));
  }

  return (
    <div className={['govuk-form-group', errorMessage && 'govuk-form-group--error'].filter(Boolean).join(' ')}>
      <Fieldset legend={legend} describedBy={describedBy}>
        {hint && <Hint id={`${idPrefix}-hint`} {...hint} />}
        {errorMessage && <ErrorMessage id={`${idPrefix}-error`} {...errorMessage} />}
        <div className={['govuk-checkboxes', classes].filter(Boolean).join(' ')}>
          {items.map((item, index) => {
            const itemId = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            const conditionalId = `conditional-${itemId}`;
            const checked = values.includes(item.value);
            return (
              <Fragment key={item.value}>
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id={itemId}
                    name={name}
                    type="checkbox"
                    value={item.value}
                    checked={checked}
                    aria-controls={item.conditional ? conditionalId : undefined}
                    aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                    onChange={(event) => handleToggle(item.value, event.target.checked)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                    {item.text}
                  </label>
                  {item.hint && <Hint id={`${itemId}-item-hint`} text={item.hint} classes="govuk-checkboxes__hint" />}
                </div>
                {item.conditional && (
                  <div className={['govuk-checkboxes__conditional', !checked && 'govuk-checkboxes__conditional--hidden'].filter(Boolean).join(' ')} id={conditionalId}>
                    {item.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
