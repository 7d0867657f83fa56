import { AuthProvider, LoadingStatus, UiProvider, createJsonClient, silentCheckSsoInitOptions, useAuth, type AuthStatus, type KeycloakClient } from '@childfirst/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, useCallback, useEffect, useMemo, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from '../i18n/i18n';
import type { FamilyMe } from '@childfirst/domain/portal';
import { createFamilyApi, type FamilyApi } from '../api/familyApi';
import { FamilyApiProvider } from '../api/FamilyApiProvider';
import { createFileTransport } from '../api/files';
import { useFamilyMe } from '../features/account/useFamilyMe';
import { ReportConcernLink } from '../features/start/ReportConcernLink';
import { ProblemNotice } from '../components/ProblemNotice';
import { createQueryClient } from './createQueryClient';
import { Layout } from './Layout';
import { PortalFrame } from './PortalFrame';
import { RouterLink } from './RouterLink';
import { SIGN_IN_PATH } from './publicNavigation';
import { navigate, Route, Switch } from './router';

/** Every page is its own chunk, downloaded when it is first opened. */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const HomePage = page(() => import('../features/home/HomePage'), 'HomePage');
const MessagesPage = page(() => import('../features/messages/MessagesPage'), 'MessagesPage');
const NewMessagePage = page(() => import('../features/messages/NewMessagePage'), 'NewMessagePage');
const ThreadPage = page(() => import('../features/messages/ThreadPage'), 'ThreadPage');
const HelpRequestsPage = page(() => import('../features/help-requests/HelpRequestsPage'), 'HelpRequestsPage');
const AskForHelpPage = page(() => import('../features/help-requests/AskForHelpPage'), 'AskForHelpPage');
const TellUsAboutAChangePage = page(() => import('../features/changes/TellUsAboutAChangePage'), 'TellUsAboutAChangePage');
const DocumentsPage = page(() => import('../features/documents/DocumentsPage'), 'DocumentsPage');
const YourViewsPage = page(() => import('../features/views/YourViewsPage'), 'YourViewsPage');
const ConsentPage = page(() => import('../features/consent/ConsentPage'), 'ConsentPage');
const WithdrawConsentPage = page(() => import('../features/consent/WithdrawConsentPage'), 'WithdrawConsentPage');
const LinkAccountPage = page(() => import('../features/account/LinkAccountPage'), 'LinkAccountPage');
const AccountSecurityPage = page(() => import('../features/account/AccountSecurityPage'), 'AccountSecurityPage');
const SignOutPage = page(() => import('../features/account/SignOutPage'), 'SignOutPage');
const NotFoundPage = page(() => import('../features/not-found/NotFoundPage'), 'NotFoundPage');

/** Signed in through the start page's "Sign in": the home page. */
function SignedInAlready() {
  useEffect(() => navigate('/', { replace: true }), []);
  return null;
}

/** The pages of a family whose account is linked. */
export function FamilyPortalRoutes({ me }: { me: FamilyMe }) {
  return (
    <Layout me={me}>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/messages" component={MessagesPage} />
        <Route path="/messages/new" component={NewMessagePage} />
        <Route path="/messages/:threadId" component={ThreadPage} />
        <Route path="/help-requests" component={HelpRequestsPage} />
        <Route path="/ask-for-help" component={AskForHelpPage} />
        <Route path="/tell-us-about-a-change" component={TellUsAboutAChangePage} />
        <Route path="/documents" component={DocumentsPage} />
        <Route path="/your-views" component={YourViewsPage} />
        <Route path="/consent" component={ConsentPage} />
        <Route path="/consent/:consentId/withdraw" component={WithdrawConsentPage} />
        <Route path="/account-security" component={AccountSecurityPage} />
        <Route path="/sign-out" component={SignOutPage} />
        <Route path={SIGN_IN_PATH} component={SignedInAlready} />
        <Route component={NotFoundPage} />
      </Switch>
    </Layout>
  );
}

/** Until the account is linked, every address shows the invitation code form; only signing out is possible. */
function NotLinkedRoutes({ me }: { me: FamilyMe }) {
  return (
    <Layout me={me}>
      <Switch>
        <Route path="/account-security" component={AccountSecurityPage} />
        <Route path="/sign-out" component={SignOutPage} />
        <Route path={SIGN_IN_PATH} component={SignedInAlready} />
        <Route component={LinkAccountPage} />
      </Switch>
    </Layout>
  );
}

/** Which pages the person may see: the family's, or only "Link your account". */
function AccountGate() {
  const me = useFamilyMe();
  const { t } = useTranslation();
  if (me.isPending || me.isError) {
    return (
      <PortalFrame serviceUrl="/" phaseBanner={t('phaseBanner.signedIn')}>
        {me.isPending ? <LoadingStatus text={t('loading.account')} /> : <ProblemNotice error={me.error} onRetry={() => void me.refetch()} />}
      </PortalFrame>
    );
  }
  // An API that does not say (before linking existed) treats every family account as linked.
  return me.data.linked === false ? <NotLinkedRoutes me={me.data} /> : <FamilyPortalRoutes me={me.data} />;
}

interface SignedInAppProps {
  apiUrl: string;
  fetch?: typeof fetch;
}

/** Rendered once the person is signed in (inside AuthProvider). */
function SignedInApp({ apiUrl, fetch }: SignedInAppProps) {
  const { token } = useAuth();
  const [queryClient] = useState(createQueryClient);
  const api = useMemo<FamilyApi>(
    () => createFamilyApi(createJsonClient({ baseUrl: apiUrl, getToken: token, fetch }), createFileTransport({ baseUrl: apiUrl, getToken: token, fetch })),
    [apiUrl, token, fetch],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <FamilyApiProvider api={api}>
        <AccountGate />
      </FamilyApiProvider>
    </QueryClientProvider>
  );
}

/** While keycloak-js asks Keycloak whether the browser is signed in, or when Keycloak cannot be reached. */
function SignInStatus({ status, retry }: { status: AuthStatus; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <PortalFrame serviceUrl="/start" phaseBanner={t('phaseBanner.public')}>
      {status === 'signing-in' ? (
        <LoadingStatus text={t('signIn.signingIn')} />
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-l">{t('signIn.failedTitle')}</h1>
            <p className="govuk-body">{t('signIn.failedBody')}</p>
            <button type="button" className="govuk-button" onClick={retry}>
              {t('actions.tryAgain')}
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
 * Where someone without a Keycloak session goes: the portal's address ("/") shows the start page
 * (what the service is, reporting a concern, signing in); the start page's "Sign in" and any other
 * address (a link in an e-mail, a bookmark) go to the sign-in page, and back there afterwards.
 */
export function whenSignedOut(keycloak: KeycloakClient): void {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  if (path === '/') navigate('/start', { replace: true });
  else void keycloak.login({ redirectUri: path === SIGN_IN_PATH ? `${window.location.origin}/` : window.location.href });
}

/**
 * Everything behind sign-in, loaded as one chunk when a signed-in page is first opened. keycloak-js
 * starts here, never for the public pages, and checks for a session without leaving the page
 * (check-sso in a hidden iframe, public/silent-check-sso.html): a signed-in family sees its page at
 * once, anyone else is sent on by whenSignedOut.
 */
export function SignedInPortal({ keycloak, ...app }: SignedInPortalProps) {
  const [initOptions] = useState(() => silentCheckSsoInitOptions(`${window.location.origin}/silent-check-sso.html`));
  const onSignedOut = useCallback(() => whenSignedOut(keycloak), [keycloak]);
  return (
    <UiProvider linkComponent={RouterLink}>
      <AuthProvider keycloak={keycloak} initOptions={initOptions} onSignedOut={onSignedOut} renderStatus={(status, retry) => <SignInStatus status={status} retry={retry} />}>
        <SignedInApp {...app} />
      </AuthProvider>
    </UiProvider>
  );
}
