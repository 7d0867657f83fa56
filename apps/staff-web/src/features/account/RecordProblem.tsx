import { ApiError, PageHeading, ProblemNotice, usePageTitle } from '@childfirst/ui';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { NoAccess } from './NoAccess';

export interface RecordProblemProps {
  error: unknown;
  /** What could not be shown, finishing "You do not have access to …": "this person’s record". */
  what: string;
  onRetry: () => void;
}

/** The service failed: its words where it gave some, and a retry. */
export function ServiceProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  usePageTitle('Sorry, there is a problem');
  return (
    <>
      <PageHeading classes="govuk-heading-l">Sorry, there is a problem</PageHeading>
      <ProblemNotice error={error} onRetry={onRetry} />
    </>
  );
}

/**
 * The page to show when a record could not be loaded: the API refused it (403: no relationship to
 * the family, a restricted record), it does not exist (404), or the service failed (retry).
 */
export function RecordProblem({ error, what, onRetry }: RecordProblemProps) {
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  if (error instanceof ApiError && error.status === 403) return <NoAccess what={what} detail={error.problem.detail} />;
  return <ServiceProblem error={error} onRetry={onRetry} />;
}
