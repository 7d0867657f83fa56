import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface ErrorMessageProps {
  id?: string;
  text?: string;
  html?: ReactNode;
  /** Read before the message by screen readers; the GOV.UK default is "Error". */
  visuallyHiddenText?: string | false;
  classes?: string;
}

export function ErrorMessage({ id, text, html, visuallyHiddenText = 'Error', classes }: ErrorMessageProps) {
  return (
    <p id={id} className={classNames('govuk-error-message', classes)}>
      {visuallyHiddenText ? (
        <>
          <span className="govuk-visually-hidden">{visuallyHiddenText}:</span> {html ?? text}
        </>
      ) : (
        (html ?? text)
      )}
    </p>
  );
}
