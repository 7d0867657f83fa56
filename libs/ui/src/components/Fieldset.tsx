import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface FieldsetLegend {
  text?: string;
  html?: ReactNode;
  isPageHeading?: boolean;
  classes?: string;
}

export interface FieldsetProps {
  legend?: FieldsetLegend;
  describedBy?: string;
  classes?: string;
  role?: string;
  children?: ReactNode;
}

export function Fieldset({ legend, describedBy, classes, role, children }: FieldsetProps) {
  const legendContent = legend?.html ?? legend?.text;
  return (
    <fieldset className={classNames('govuk-fieldset', classes)} role={role} aria-describedby={describedBy || undefined}>
      {legendContent && (
        <legend className={classNames('govuk-fieldset__legend', legend?.classes)}>
          {legend?.isPageHeading ? <h1 className="govuk-fieldset__heading">{legendContent}</h1> : legendContent}
        </legend>
      )}
      {children}
    </fieldset>
  );
}
