import { UiProvider, createJsonClient, useAuth } from '@childfirst/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createStaffApi, type StaffApi } from './api/staffApi';
import { StaffApiProvider } from './api/StaffApiProvider';
import { createQueryClient } from './app/createQueryClient';
import { Layout } from './app/Layout';
import { RouterLink } from './app/RouterLink';
import { RequireCapability } from './features/account/RequireCapability';
import { SignOutPage } from './features/account/SignOutPage';
import { NotFoundPage } from './features/not-found/NotFoundPage';
import { ReferralPage } from './features/referrals/ReferralPage';
import { TriageQueuePage } from './features/referrals/TriageQueuePage';

export function StaffRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route
          index
          element={
            <RequireCapability capability="referral:triage:view" what="the triage queue">
              <TriageQueuePage status="awaiting-decision" />
            </RequireCapability>
          }
        />
        <Route
          path="decided"
          element={
            <RequireCapability capability="referral:triage:view" what="the triage queue">
              <TriageQueuePage status="decided" />
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
  const api = useMemo<StaffApi>(() => createStaffApi(createJsonClient({ baseUrl: apiUrl, getToken: token })), [apiUrl, token]);
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
