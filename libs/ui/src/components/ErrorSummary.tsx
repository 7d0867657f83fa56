import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { classNames } from './classNames';

export interface ErrorSummaryItem {
  text?: string;
  html?: ReactNode;
  /** "#field-id": the id of the input (for radios, the first radio) the error is about. */
  href?: string;
}

export interface ErrorSummaryProps {
  titleText?: string;
  titleHtml?: ReactNode;
  descriptionText?: string;
  descriptionHtml?: ReactNode;
  errorList: ErrorSummaryItem[];
  /** Summaries take focus when they appear, so the person hears the problems first. */
  disableAutoFocus?: boolean;
  classes?: string;
}

/**
 * Moves focus to the field and scrolls its question into view: following the link natively would
 * put the input at the very top of the viewport with its label or legend hidden above it.
 */
function focusField(fieldId: string): boolean {
  const input = document.getElementById(fieldId);
  if (!input) return false;
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = 'labels' in input ? (input as HTMLInputElement).labels?.[0] : undefined;
  const question = legend ?? label ?? input;
  question.scrollIntoView?.();
  input.focus({ preventScroll: true });
  return true;
}

export function ErrorSummary({
  titleText = 'There is a problem',
  titleHtml,
  descriptionText,
  descriptionHtml,
  errorList,
  disableAutoFocus,
  classes,
}: ErrorSummaryProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!disableAutoFocus) rootRef.current?.focus();
  }, [disableAutoFocus]);

  function handleLinkClick(event: MouseEvent<HTMLAnchorElement>, href: string) {
    if (href.startsWith('#') && focusField(href.slice(1))) event.preventDefault();
  }

  const description = descriptionHtml ?? descriptionText;
  return (
    <div className={classNames('govuk-error-summary', classes)} ref={rootRef} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{titleHtml ?? titleText}</h2>
        <div className="govuk-error-summary__body">
          {description && <p>{description}</p>}
          {errorList.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errorList.map((item, index) => (
                <li key={item.href ?? index}>
                  {item.href ? (
                    <a href={item.href} onClick={(event) => handleLinkClick(event, item.href as string)}>
                      {item.html ?? item.text}
                    </a>
                  ) : (
                    (item.html ?? item.text)
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
