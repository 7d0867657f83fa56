import { useEffect, type ReactNode } from 'react';
import { classNames } from '../components/classNames';
import { takePendingHeadingFocus } from './pageFocus';

export interface PageHeadingProps {
  children: ReactNode;
  /** A caption above the heading, e.g. "Referral". */
  caption?: string;
  /** "govuk-heading-xl" by default; "govuk-heading-l" for pages with dense content. */
  classes?: string;
}

/** The page's one h1. It can take focus (tabIndex -1) so navigation can move focus to it. */
export function PageHeading({ children, caption, classes = 'govuk-heading-xl' }: PageHeadingProps) {
  useEffect(() => takePendingHeadingFocus(), []);
  const captionSize = classes.includes('heading-xl') ? 'govuk-caption-xl' : classes.includes('heading-m') ? 'govuk-caption-m' : 'govuk-caption-l';
  return (
    <>
      {caption && <span className={captionSize}>{caption}</span>}
      <h1 className={classNames(classes)} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
