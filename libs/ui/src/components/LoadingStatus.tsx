import { classNames } from './classNames';

export interface LoadingStatusProps {
  /**
   * What is happening, in words: "Loading your requests", "Sending your request". Keep the
   * component mounted with an empty text while idle if the change itself must be announced:
   * screen readers announce changes to a live region, not a region that appears already filled.
   */
  text: string;
  /** Keep the region but show nothing, e.g. when a button already shows the progress visually. */
  visuallyHidden?: boolean;
  classes?: string;
}

/**
 * A polite live region with a spinner. The region is announced by screen readers when its text
 * changes; the spinner is decorative and stops moving for people who ask for reduced motion.
 */
export function LoadingStatus({ text, visuallyHidden, classes }: LoadingStatusProps) {
  return (
    <div role="status" aria-live="polite" className={classNames('childfirst-loading-status', visuallyHidden && 'govuk-visually-hidden', classes)}>
      {text && !visuallyHidden && <span className="childfirst-loading-status__spinner" aria-hidden="true" />}
      <span className="childfirst-loading-status__text">{text}</span>
    </div>
  );
}
