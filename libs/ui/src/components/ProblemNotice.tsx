import { ApiError, titleForStatus } from '../http/ApiError';
import { Button } from './Button';

export interface ProblemNoticeProps {
  error: unknown;
  /** Offers "Try again" when given. */
  onRetry?: () => void;
  /** Heading level for the title; h2 by default because the page keeps its own h1. */
  headingLevel?: 2 | 3;
}

/** Says what went wrong loading something, in the API's words where it gave some, and offers a retry. */
export function ProblemNotice({ error, onRetry, headingLevel = 2 }: ProblemNoticeProps) {
  const title = error instanceof ApiError ? error.problem.title : titleForStatus(500);
  const detail = error instanceof ApiError ? error.problem.detail : undefined;
  const Heading = `h${headingLevel}` as const;
  return (
    <div role="alert" className="govuk-!-margin-bottom-6">
      <Heading className="govuk-heading-m">{title}</Heading>
      {detail && <p className="govuk-body">{detail}</p>}
      {onRetry && <Button type="button" classes="govuk-button--secondary" text="Try again" onClick={onRetry} />}
    </div>
  );
}
