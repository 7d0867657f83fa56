import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface HintProps {
  id?: string;
  text?: string;
  html?: ReactNode;
  classes?: string;
}

export function Hint({ id, text, html, classes }: HintProps) {
  return (
    <div id={id} className={classNames('govuk-hint', classes)}>
      {html ?? text}
    </div>
  );
}
