import { LoadingStatus, UiProvider, createJsonClient, useAuth } from '@childfirst/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, useMemo, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createFamilyApi, type FamilyApi } from './api/familyApi';
import { FamilyApiProvider } from './api/FamilyApiProvider';
import { createQueryClient } from './app/createQueryClient';
import { Layout } from './app/Layout';
import { RouterLink } from './app/RouterLink';
import { SignOutPage } from './features/account/SignOutPage';
import { HelpRequestsPage } from './features/help-requests/HelpRequestsPage';
import { NotFoundPage } from './features/not-found/NotFoundPage';

/**
 * The form (and the validation library it shares with the API) loads only when someone asks for
 * help, which keeps the first page inside the portal's 100 KB (gzipped) JavaScript budget.
 */
const AskForHelpPage = lazy(() => import('./features/help-requests/AskForHelpPage').then((module) => ({ default: module.AskForHelpPage })));

export function FamilyPortalRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HelpRequestsPage />} />
        <Route
          path="ask-for-help"
          element={
            <Suspense fallback={<LoadingStatus text="Loading" />}>
              <AskForHelpPage />
            </Suspense>
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
  const api = useMemo<FamilyApi>(() => createFamilyApi(createJsonClient({ baseUrl: apiUrl, getToken: token })), [apiUrl, token]);
  return (
    <QueryClientProvider client={queryClient}>
      <FamilyApiProvider api={api}>
        <UiProvider linkComponent={RouterLink} serviceName="Childfirst family portal">
          <BrowserRouter>
            <FamilyPortalRoutes />
          </BrowserRouter>
        </UiProvider>
      </FamilyApiProvider>
    </QueryClientProvider>
  );
}
