import { lazy } from 'react';
import { CaseloadPage } from '../features/cases/CaseloadPage';
import { CheckingAccess } from '../features/account/RequireCapability';
import { NoAccess } from '../features/account/NoAccess';
import { ServiceProblem } from '../features/account/RecordProblem';
import { useStaffProfile } from '../features/account/useStaffProfile';
import { TriageQueuePage } from '../features/referrals/TriageQueuePage';
import { homePageFor } from './homePage';

// Loaded when someone starts there: the triage queue and caseload stay the small first pages.
const AgencyTasksPage = lazy(() => import('../features/tasks/AgencyTasksPage').then((module) => ({ default: module.AgencyTasksPage })));
const FindPersonPage = lazy(() => import('../features/people/FindPersonPage').then((module) => ({ default: module.FindPersonPage })));
const AdministrationPage = lazy(() => import('../features/administration/AdministrationPage').then((module) => ({ default: module.AdministrationPage })));

/** "/": the page that fits the signed-in person's role (homePage.ts). */
export function HomePage() {
  const profile = useStaffProfile();
  if (profile.isPending) return <CheckingAccess />;
  if (profile.isError) return <ServiceProblem error={profile.error} onRetry={() => void profile.refetch()} />;
  switch (homePageFor(profile.data.roles)) {
    case 'triage-queue':
      return <TriageQueuePage status="awaiting-decision" />;
    case 'caseload':
      return <CaseloadPage />;
    case 'information-requests':
      return <AgencyTasksPage />;
    case 'find-a-person':
      return <FindPersonPage />;
    case 'administration':
      return <AdministrationPage />;
    case null:
      return <NoAccess what="the staff service" />;
  }
}
