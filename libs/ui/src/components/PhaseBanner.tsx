import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { Tag } from './Tag';

export interface PhaseBannerProps {
  tag: { text?: string; html?: ReactNode; classes?: string };
  text?: string;
  html?: ReactNode;
  classes?: string;
}

export function PhaseBanner({ tag, text, html, classes }: PhaseBannerProps) {
  return (
    <div className={classNames('govuk-phase-banner govuk-width-container', classes)}>
      <p className="govuk-phase-banner__content">
        <Tag {...tag} classes={classNames('govuk-phase-banner__content__tag', tag.classes)} />
        <span className="govuk-phase-banner__text">{html ?? text}</span>
      </p>
    </div>
  );
}
