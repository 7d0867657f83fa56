import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface TagProps {
  text?: string;
  html?: ReactNode;
  /** Colour modifiers such as "govuk-tag--yellow". Colour is never the only signal: the text says it. */
  classes?: string;
}

export function Tag({ text, html, classes }: TagProps) {
  return <strong className={classNames('govuk-tag', classes)}>{html ?? text}</strong>;
}
