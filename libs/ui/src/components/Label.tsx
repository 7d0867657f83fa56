import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface LabelProps {
  text?: string;
  html?: ReactNode;
  for?: string;
  /** Wraps the label in the page's h1, for one-question pages. */
  isPageHeading?: boolean;
  classes?: string;
}

export function Label({ text, html, for: htmlFor, isPageHeading, classes }: LabelProps) {
  if (!text && !html) return null;
  const label = (
    <label className={classNames('govuk-label', classes)} htmlFor={htmlFor}>
      {html ?? text}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
