import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface InsetTextProps {
  text?: string;
  html?: ReactNode;
  children?: ReactNode;
  id?: string;
  classes?: string;
}

export function InsetText({ text, html, children, id, classes }: InsetTextProps) {
  return (
    <div id={id} className={classNames('govuk-inset-text', classes)}>
      {children ?? html ?? text}
    </div>
  );
}
