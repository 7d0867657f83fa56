import { AuthProvider, LoadingStatus, createJsonClient, useAuth, type AuthStatus, type KeycloakClient } from '@childfirst/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, useMemo, useState } from 'react';
import { Route, Routes } from 'react-router';
import { createFamilyApi, type FamilyApi } from '../api/familyApi';
import { FamilyApiProvider } from '../api/FamilyApiProvider';
import { SignOutPage } from '../features/account/SignOutPage';
import { HelpRequestsPage } from '../features/help-requests/HelpRequestsPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { ReportConcernLink } from '../features/start/ReportConcernLink';
import { createQueryClient } from './createQueryClient';
import { Layout } from './Layout';
import { PortalFrame } from './PortalFrame';

/** The form (and the validation library it shares with the API) loads only when someone asks for help. */
const AskForHelpPage = lazy(() => import('../features/help-requests/AskForHelpPage').then((module) => ({ default: module.AskForHelpPage })));

/** The pages of a signed-in family. */
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

interface SignedInAppProps {
  apiUrl: string;
  fetch?: typeof fetch;
}

/** Rendered once the person is signed in (inside AuthProvider). */
function SignedInApp({ apiUrl, fetch }: SignedInAppProps) {
  const { token } = useAuth();
  const [queryClient] = useState(createQueryClient);
  const api = useMemo<FamilyApi>(() => createFamilyApi(createJsonClient({ baseUrl: apiUrl, getToken: token, fetch })), [apiUrl, token, fetch]);
  return (
    <QueryClientProvider client={queryClient}>
      <FamilyApiProvider api={api}>
        <FamilyPortalRoutes />
      </FamilyApiProvider>
    </QueryClientProvider>
  );
}

/** While keycloak-js starts (it then sends the person to the sign-in page), or when it cannot be reached. */
function SignInStatus({ status, retry }: { status: AuthStatus; retry: () => void }) {
  return (
    <PortalFrame serviceUrl="/start" phaseBanner={<>This is a new service.</>}>
      {status === 'signing-in' ? (
        <LoadingStatus text="Signing you in" />
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-l">Sorry, you cannot sign in at the moment</h1>
            <p className="govuk-body">We could not reach the sign-in service. Try again in a few minutes.</p>
            <button type="button" className="govuk-button" onClick={retry}>
              Try again
            </button>
            <ReportConcernLink />
          </div>
        </div>
      )}
    </PortalFrame>
  );
}

export interface SignedInPortalProps extends SignedInAppProps {
  keycloak: KeycloakClient;
}

/**
 * Everything behind sign-in, loaded as one chunk when a signed-in page is first opened. Sign-in
 * starts here (keycloak-js, 'login-required'), never for the public pages.
 */
export function SignedInPortal({ keycloak, ...app }: SignedInPortalProps) {
  return (
    <AuthProvider keycloak={keycloak} renderStatus={(status, retry) => <SignInStatus status={status} retry={retry} />}>
      <SignedInApp {...app} />
    </AuthProvider>
  );
}
