import { Fragment, type ReactNode } from 'react';
import { classNames } from './classNames';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset, type FieldsetLegend } from './Fieldset';
import { describedByIds, type ErrorMessageParams, type HintParams } from './formField';
import { Hint } from './Hint';

export interface RadiosItem<Value extends string = string> {
  value: Value;
  text?: string;
  html?: ReactNode;
  id?: string;
  hint?: HintParams;
  disabled?: boolean;
  /** Revealed below the item while it is selected (GOV.UK "conditionally revealing a related question"). */
  conditional?: { html: ReactNode };
}

export interface RadiosProps<Value extends string = string> {
  name: string;
  /** Ids are idPrefix, idPrefix-2, idPrefix-3…: the first has no suffix so an error summary can link to it. */
  idPrefix?: string;
  items: RadiosItem<Value>[];
  value?: Value | '';
  fieldset?: { legend?: FieldsetLegend; classes?: string; describedBy?: string };
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  /** Modifiers such as "govuk-radios--inline" or "govuk-radios--small". */
  classes?: string;
  formGroup?: { classes?: string };
  onChange?: (value: Value) => void;
}

export function Radios<Value extends string = string>({
  name,
  idPrefix: givenIdPrefix,
  items,
  value,
  fieldset,
  hint,
  errorMessage,
  classes,
  formGroup,
  onChange,
}: RadiosProps<Value>) {
  const idPrefix = givenIdPrefix ?? name;
  const describedBy = describedByIds(idPrefix, { describedBy: fieldset?.describedBy, hint, errorMessage });

  const inner = (
    <>
      {hint && <Hint id={`${idPrefix}-hint`} {...hint} />}
      {errorMessage && <ErrorMessage id={`${idPrefix}-error`} {...errorMessage} />}
      <div className={classNames('govuk-radios', classes)}>
        {items.map((item, index) => {
          const itemId = item.id ?? (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const conditionalId = `conditional-${itemId}`;
          const isChecked = value === item.value;
          const itemHintId = `${itemId}-item-hint`;
          return (
            <Fragment key={item.value}>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={isChecked}
                  disabled={item.disabled}
                  // govuk-frontend also sets aria-expanded here, but ARIA does not allow it on a radio
                  // (axe: aria-allowed-attr), and the revealed question follows in reading order anyway.
                  aria-controls={item.conditional ? conditionalId : undefined}
                  aria-describedby={item.hint ? itemHintId : undefined}
                  onChange={() => onChange?.(item.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.html ?? item.text}
                </label>
                {item.hint && <Hint id={itemHintId} {...item.hint} classes={classNames('govuk-radios__hint', item.hint.classes)} />}
              </div>
              {item.conditional && (
                <div
                  className={classNames('govuk-radios__conditional', !isChecked && 'govuk-radios__conditional--hidden')}
                  id={conditionalId}
                >
                  {item.conditional.html}
                </div>
              )}
            </Fragment>
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
