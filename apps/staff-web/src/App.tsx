import { UiProvider, createJsonClient, useAuth } from '@childfirst/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, useMemo, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createFileClient } from './api/fileClient';
import { createStaffApi, type StaffApi } from './api/staffApi';
import { StaffApiProvider } from './api/StaffApiProvider';
import { createQueryClient } from './app/createQueryClient';
import { HomePage } from './app/HomePage';
import { Layout } from './app/Layout';
import { RouterLink } from './app/RouterLink';
import { RequireCapability } from './features/account/RequireCapability';
import { SignOutPage } from './features/account/SignOutPage';
import { CaseloadPage } from './features/cases/CaseloadPage';
import { NotFoundPage } from './features/not-found/NotFoundPage';
import { ReferralPage } from './features/referrals/ReferralPage';
import { TriageQueuePage } from './features/referrals/TriageQueuePage';

// The record's pages load when first opened, so the triage queue stays small for the front door.
const FindPersonPage = lazy(() => import('./features/people/FindPersonPage').then((module) => ({ default: module.FindPersonPage })));
const PersonPage = lazy(() => import('./features/people/PersonPage').then((module) => ({ default: module.PersonPage })));
const AddPersonPage = lazy(() => import('./features/people/AddPersonPage').then((module) => ({ default: module.AddPersonPage })));
const MergePersonPage = lazy(() => import('./features/people/MergePersonPage').then((module) => ({ default: module.MergePersonPage })));
const PersonViewersPage = lazy(() => import('./features/people/PersonViewersPage').then((module) => ({ default: module.PersonViewersPage })));
const FamilyPage = lazy(() => import('./features/families/FamilyPage').then((module) => ({ default: module.FamilyPage })));
const CaseWorkspacePage = lazy(() => import('./features/cases/CaseWorkspacePage').then((module) => ({ default: module.CaseWorkspacePage })));
const ChangeKeyWorkerPage = lazy(() => import('./features/cases/ChangeKeyWorkerPage').then((module) => ({ default: module.ChangeKeyWorkerPage })));
const EditPersonPage = lazy(() => import('./features/people/EditPersonPage').then((module) => ({ default: module.EditPersonPage })));
const AddWarningPage = lazy(() => import('./features/warnings/AddWarningPage').then((module) => ({ default: module.AddWarningPage })));
const EndWarningPage = lazy(() => import('./features/warnings/EndWarningPage').then((module) => ({ default: module.EndWarningPage })));
const AddChronologyEntryPage = lazy(() => import('./features/cases/AddChronologyEntryPage').then((module) => ({ default: module.AddChronologyEntryPage })));
const RecordConsentPage = lazy(() => import('./features/consent/RecordConsentPage').then((module) => ({ default: module.RecordConsentPage })));
const WithdrawConsentPage = lazy(() => import('./features/consent/WithdrawConsentPage').then((module) => ({ default: module.WithdrawConsentPage })));
const ShareWithoutConsentPage = lazy(() => import('./features/consent/ShareWithoutConsentPage').then((module) => ({ default: module.ShareWithoutConsentPage })));
// The front door's own pages beyond the queue and a referral: making a referral, who works on one, agency requests.
const NewReferralPage = lazy(() => import('./features/referrals/new/NewReferralPage').then((module) => ({ default: module.NewReferralPage })));
const ChangeAssigneePage = lazy(() => import('./features/referrals/ChangeAssigneePage').then((module) => ({ default: module.ChangeAssigneePage })));
const AgencyTasksPage = lazy(() => import('./features/tasks/AgencyTasksPage').then((module) => ({ default: module.AgencyTasksPage })));
const AnswerRequestPage = lazy(() => import('./features/tasks/AnswerRequestPage').then((module) => ({ default: module.AnswerRequestPage })));
const RecordStatusPage = lazy(() => import('./features/statuses/RecordStatusPage').then((module) => ({ default: module.RecordStatusPage })));
const EndStatusPage = lazy(() => import('./features/statuses/EndStatusPage').then((module) => ({ default: module.EndStatusPage })));
// The staff side of the family portal: messages with the family, invitations to link an account, appointments.
const ThreadPage = lazy(() => import('./features/messages/ThreadPage').then((module) => ({ default: module.ThreadPage })));
const NewThreadPage = lazy(() => import('./features/messages/NewThreadPage').then((module) => ({ default: module.NewThreadPage })));
const NewInvitationPage = lazy(() => import('./features/family-portal/NewInvitationPage').then((module) => ({ default: module.NewInvitationPage })));
const NewAppointmentPage = lazy(() => import('./features/family-portal/NewAppointmentPage').then((module) => ({ default: module.NewAppointmentPage })));

/**
 * Pages that change a case. The route needs the record; whether this person may do each thing on
 * this case is the workspace's `permissions`, which the page checks (and the API again).
 */
const caseActionRoutes = [
  { path: 'cases/:caseId/warnings/new', Page: AddWarningPage },
  { path: 'cases/:caseId/warnings/:warningId/end', Page: EndWarningPage },
  { path: 'cases/:caseId/chronology/new', Page: AddChronologyEntryPage },
  { path: 'cases/:caseId/consent/new', Page: RecordConsentPage },
  { path: 'cases/:caseId/consent/:consentId/withdraw', Page: WithdrawConsentPage },
  { path: 'cases/:caseId/consent-overrides/new', Page: ShareWithoutConsentPage },
  { path: 'cases/:caseId/statuses/new', Page: RecordStatusPage },
  { path: 'cases/:caseId/statuses/:statusId/end', Page: EndStatusPage },
  { path: 'cases/:caseId/messages/new', Page: NewThreadPage },
  // Reading a conversation needs only the case; replying needs `writeNotes`, which the page checks.
  { path: 'cases/:caseId/messages/:threadId', Page: ThreadPage },
  { path: 'cases/:caseId/invitations/new', Page: NewInvitationPage },
  { path: 'cases/:caseId/appointments/new', Page: NewAppointmentPage },
];

export function StaffRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route
          path="decided"
          element={
            <RequireCapability capability="referral:triage:view" what="the triage queue">
              <TriageQueuePage status="decided" />
            </RequireCapability>
          }
        />
        <Route
          path="referrals/new"
          element={
            <RequireCapability capability="record:view" what="make a referral">
              <NewReferralPage />
            </RequireCapability>
          }
        />
        <Route
          path="referrals/:referralId"
          element={
            <RequireCapability capability="referral:triage:view" what="this referral">
              <ReferralPage />
            </RequireCapability>
          }
        />
        <Route
          path="referrals/:referralId/assignee"
          element={
            <RequireCapability capability="referral:triage:decide" what="change who is working on this referral">
              <ChangeAssigneePage />
            </RequireCapability>
          }
        />
        <Route
          path="tasks"
          element={
            <RequireCapability capability="record:view" what="your agency’s information requests">
              <AgencyTasksPage />
            </RequireCapability>
          }
        />
        <Route
          path="tasks/:requestId"
          element={
            <RequireCapability capability="record:view" what="this information request">
              <AnswerRequestPage />
            </RequireCapability>
          }
        />
        <Route
          path="caseload"
          element={
            <RequireCapability capability="record:view" what="a caseload">
              <CaseloadPage />
            </RequireCapability>
          }
        />
        <Route
          path="people"
          element={
            <RequireCapability capability="record:view" what="people’s records">
              <FindPersonPage />
            </RequireCapability>
          }
        />
        <Route
          path="people/new"
          element={
            <RequireCapability capability="record:edit" what="add a person">
              <AddPersonPage />
            </RequireCapability>
          }
        />
        <Route
          path="people/:personId/merge"
          element={
            <RequireCapability capability="record:merge" what="merge records">
              <MergePersonPage />
            </RequireCapability>
          }
        />
        <Route
          path="people/:personId"
          element={
            <RequireCapability capability="record:view" what="this person’s record">
              <PersonPage />
            </RequireCapability>
          }
        />
        <Route
          path="people/:personId/edit"
          element={
            <RequireCapability capability="record:edit" what="change people’s details">
              <EditPersonPage />
            </RequireCapability>
          }
        />
        <Route
          path="people/:personId/viewers"
          element={
            <RequireCapability capability="record:viewers" what="who has viewed this record">
              <PersonViewersPage />
            </RequireCapability>
          }
        />
        <Route
          path="families/:familyId"
          element={
            <RequireCapability capability="record:view" what="this family’s record">
              <FamilyPage />
            </RequireCapability>
          }
        />
        <Route
          path="cases/:caseId"
          element={
            <RequireCapability capability="record:view" what="this case">
              <CaseWorkspacePage />
            </RequireCapability>
          }
        />
        <Route
          path="cases/:caseId/key-worker"
          element={
            <RequireCapability capability="case:assign-key-worker" what="change the key worker">
              <ChangeKeyWorkerPage />
            </RequireCapability>
          }
        />
        {caseActionRoutes.map(({ path, Page }) => (
          <Route
            key={path}
            path={path}
            element={
              <RequireCapability capability="record:view" what="this case">
                <Page />
              </RequireCapability>
            }
          />
        ))}
        <Route path="sign-out" element={<SignOutPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Rendered once the person is signed in (inside AuthProvider). */
export function App({ apiUrl }: { apiUrl: string }) {
  const { token } = useAuth();
  const [queryClient] = useState(createQueryClient);
  const api = useMemo<StaffApi>(() => {
    const client = { baseUrl: apiUrl, getToken: token };
    return createStaffApi(createJsonClient(client), createFileClient(client));
  }, [apiUrl, token]);
  return (
    <QueryClientProvider client={queryClient}>
      <StaffApiProvider api={api}>
        <UiProvider linkComponent={RouterLink} serviceName="Childfirst">
          <BrowserRouter>
            <StaffRoutes />
          </BrowserRouter>
        </UiProvider>
      </StaffApiProvider>
    </QueryClientProvider>
  );
}
