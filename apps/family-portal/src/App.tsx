import { LoadingStatus, UiProvider, type KeycloakClient } from '@childfirst/ui';
import { Suspense, lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { PublicLayout } from './app/PublicLayout';
import { RouterLink } from './app/RouterLink';
import { StartPage } from './features/start/StartPage';

/**
 * Two parts, each loaded when first needed, so the first download stays inside the portal's
 * budget (100 KB of gzipped JavaScript):
 * - public pages (the start page, reporting a concern), rendered without sign-in: keycloak-js is
 *   neither downloaded nor started, and the API is called without a token;
 * - everything else, behind sign-in as before (SignedInPortal: keycloak-js 'login-required').
 */
const ReportConcernPage = lazy(() => import('./features/report-a-concern/ReportConcernPage').then((module) => ({ default: module.ReportConcernPage })));
const SignedInPortal = lazy(() => import('./app/SignedInPortal').then((module) => ({ default: module.SignedInPortal })));

export interface FamilyPortalProps {
  apiUrl: string;
  /** Started only when a signed-in page is opened. */
  keycloak: KeycloakClient;
  /** The front door's phone number, for people who cannot use the form. */
  frontDoorPhone: string;
  /** For tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
}

function PageLoading() {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <LoadingStatus text="Loading" />
      </main>
    </div>
  );
}

export function PortalRoutes({ apiUrl, keycloak, frontDoorPhone, fetch }: FamilyPortalProps) {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="start" element={<StartPage />} />
        <Route
          path="report-a-concern"
          element={
            <Suspense fallback={<LoadingStatus text="Loading" />}>
              <ReportConcernPage apiUrl={apiUrl} frontDoorPhone={frontDoorPhone} fetch={fetch} />
            </Suspense>
          }
        />
      </Route>
      <Route
        path="*"
        element={
          <Suspense fallback={<PageLoading />}>
            <SignedInPortal keycloak={keycloak} apiUrl={apiUrl} fetch={fetch} />
          </Suspense>
        }
      />
    </Routes>
  );
}

export function FamilyPortal(props: FamilyPortalProps) {
  return (
    <UiProvider linkComponent={RouterLink} serviceName="Childfirst family portal">
      <BrowserRouter>
        <PortalRoutes {...props} />
      </BrowserRouter>
    </UiProvider>
  );
}
