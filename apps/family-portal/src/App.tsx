import { LoadingStatus, UiProvider, type KeycloakClient } from '@childfirst/ui';
import { Suspense, lazy, type ReactNode } from 'react';
import { useTranslation } from './i18n/i18n';
import { PublicLayout } from './app/PublicLayout';
import { isPublicPath } from './app/publicNavigation';
import { InAppLink, useLocation } from './app/router';
import { storedLanguage } from './i18n/i18n';

/**
 * Two parts, each loaded when first needed, so the first download stays small:
 * - public pages (the start page, reporting a concern), rendered without sign-in: keycloak-js is
 *   neither downloaded nor started, the API is called without a token, and no router is needed;
 * - everything else, behind sign-in (SignedInPortal: keycloak-js checks for a session without
 *   leaving the page; "/" without one shows the start page, any other address the sign-in page).
 * Every page is its own chunk, and so is each language's text (src/i18n).
 */
const StartPage = lazy(() => import('./features/start/StartPage').then((module) => ({ default: module.StartPage })));
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

/** Shown before the portal's own text has loaded, so it cannot come from the translation files. */
const loadingText = { en: 'Loading', cy: 'Wrthi’n llwytho' } as const;

function PageLoading() {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <LoadingStatus text={loadingText[storedLanguage()]} />
      </main>
    </div>
  );
}

export function PortalRoutes({ apiUrl, keycloak, frontDoorPhone, fetch }: FamilyPortalProps) {
  const location = useLocation();
  if (isPublicPath(location.pathname)) {
    return (
      <UiProvider linkComponent={InAppLink}>
        <PublicLayout routeKey={location.key}>
          {location.pathname.startsWith('/start') ? <StartPage /> : <ReportConcernPage apiUrl={apiUrl} frontDoorPhone={frontDoorPhone} fetch={fetch} />}
        </PublicLayout>
      </UiProvider>
    );
  }
  return (
    <Suspense fallback={<PageLoading />}>
      <SignedInPortal keycloak={keycloak} apiUrl={apiUrl} fetch={fetch} />
    </Suspense>
  );
}

/** Page titles end with the service's name in the page's language. */
function TranslatedUi({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <UiProvider serviceName={t('serviceName')}>{children}</UiProvider>;
}

export function FamilyPortal(props: FamilyPortalProps) {
  return (
    <Suspense fallback={<PageLoading />}>
      <TranslatedUi>
        <PortalRoutes {...props} />
      </TranslatedUi>
    </Suspense>
  );
}
