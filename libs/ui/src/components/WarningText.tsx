import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface WarningTextProps {
  text?: string;
  html?: ReactNode;
  children?: ReactNode;
  /** Read by screen readers in place of the "!" icon; the GOV.UK default is "Warning". */
  iconFallbackText?: string;
  classes?: string;
}

/** Mirrors govukWarningText: the "!" is decorative, the hidden fallback text says it is a warning. */
export function WarningText({ text, html, children, iconFallbackText = 'Warning', classes }: WarningTextProps) {
  return (
    <div className={classNames('govuk-warning-text', classes)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span>
        {children ?? html ?? text}
      </strong>
    </div>
  );
}
