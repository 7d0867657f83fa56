import { ErrorMessage, Hint, Label, type ErrorMessageParams, type HintParams, type LabelParams } from '@childfirst/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/i18n';
import { useFormats } from '../i18n/formats';

export interface CharacterCountProps {
  id?: string;
  name: string;
  rows?: number;
  value: string;
  /** The most characters the answer may have (the schema's limit). */
  maxLength: number;
  label: LabelParams;
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false;
  spellcheck?: boolean;
  onChange: (value: string) => void;
}


/** How long typing must pause before the count is read out, as govuk-frontend waits (it would otherwise interrupt every key). */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * Mirrors govukCharacterCount with its JavaScript applied: the textarea is described by "You can
 * enter up to … characters"; sighted people see the count change as they type, and screen readers
 * hear it once typing pauses. Going over the limit is allowed (so pasted text is not cut off) and
 * shown as an error; the schema refuses it when the form is sent.
 */
export function CharacterCount({ id: givenId, name, rows = 5, value, maxLength, label, hint, errorMessage, spellcheck, onChange }: CharacterCountProps) {
  const id = givenId ?? name;
  const { t } = useTranslation();
  const formats = useFormats();
  const remaining = maxLength - value.length;
  const message =
    remaining >= 0
      ? t('characterCount.remaining', { count: remaining, formatted: formats.number(remaining) })
      : t('characterCount.tooMany', { count: -remaining, formatted: formats.number(-remaining) });
  const [announced, setAnnounced] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const isOver = value.length > maxLength;
  const describedBy = [`${id}-info`, hint ? `${id}-hint` : undefined, errorMessage ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group govuk-character-count${errorMessage ? ' govuk-form-group--error' : ''}`}>
      <Label {...label} for={id} />
      {hint && <Hint id={`${id}-hint`} {...hint} />}
      {errorMessage && <ErrorMessage id={`${id}-error`} visuallyHiddenText={t('errors.prefix')} {...errorMessage} />}
      <textarea
        className={`govuk-textarea govuk-js-character-count${errorMessage || isOver ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        spellCheck={spellcheck}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <div id={`${id}-info`} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
        {t('characterCount.limit', { limit: formats.number(maxLength) })}
      </div>
      <div className={`govuk-character-count__message govuk-character-count__status ${isOver ? 'govuk-error-message' : 'govuk-hint'}`} aria-hidden="true">
        {message}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </div>
  );
}
