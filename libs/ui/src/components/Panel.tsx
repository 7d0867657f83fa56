import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface PanelProps {
  titleText?: string;
  titleHtml?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  text?: string;
  html?: ReactNode;
  classes?: string;
}

export function Panel({ titleText, titleHtml, headingLevel = 1, text, html, classes }: PanelProps) {
  const Heading = `h${headingLevel}` as const;
  const body = html ?? text;
  return (
    <div className={classNames('govuk-panel govuk-panel--confirmation', classes)}>
      <Heading className="govuk-panel__title">{titleHtml ?? titleText}</Heading>
      {body && <div className="govuk-panel__body">{body}</div>}
    </div>
  );
}
