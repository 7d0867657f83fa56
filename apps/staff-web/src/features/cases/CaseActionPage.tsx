import { BackLink } from '@childfirst/ui';
import type { ReactNode } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { CasePermission, CaseWorkspace } from '../../api/casesTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { NoAccess } from '../account/NoAccess';
import { RecordProblem } from '../account/RecordProblem';
import type { CaseWorkspaceLocationState } from './CaseWorkspacePage';
import { useCase } from './useCase';

export function casePath(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}`;
}

/** Back to the workspace with a success banner saying what was done. */
export function useReturnToCase(caseId: string): (done: string) => void {
  const navigate = useNavigate();
  return (done) => {
    const state: CaseWorkspaceLocationState = { done };
    navigate(casePath(caseId), { state });
  };
}

/** The same page again with a success banner, for an action taken on the workspace itself; the chronology filters stay. */
export function useConfirmOnCase(): (done: string) => void {
  const navigate = useNavigate();
  const location = useLocation();
  return (done) => {
    const state: CaseWorkspaceLocationState = { done };
    navigate({ pathname: location.pathname, search: location.search }, { state, replace: true });
  };
}

export interface CaseActionPageProps {
  /** The page's title while the case loads. */
  title: string;
  /** What the workspace must say the signed-in practitioner may do; none for a page anyone who sees the case may open. */
  permission?: CasePermission;
  /** What they cannot do otherwise, finishing "You do not have access to …". */
  what: string;
  children: (workspace: CaseWorkspace) => ReactNode;
}

/**
 * A page that changes a case: loads the workspace, offers the way back, and shows the form only to
 * someone the API says may use it (the API checks again when it is sent).
 */
export function CaseActionPage({ title, permission, what, children }: CaseActionPageProps) {
  const { caseId = '' } = useParams();
  const workspace = useCase(caseId);
  if (workspace.isError) return <RecordProblem error={workspace.error} what="this case" onRetry={() => void workspace.refetch()} />;
  return (
    <>
      <BackLink href={casePath(caseId)} text="Back to the case" />
      {!workspace.data ? (
        <LoadingPage title={title} text="Loading the case" />
      ) : permission && !workspace.data.permissions[permission] ? (
        <NoAccess what={what} />
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">{children(workspace.data)}</div>
        </div>
      )}
    </>
  );
}
