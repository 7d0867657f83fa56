import { AuthProvider, UiProvider, type KeycloakClient } from '@childfirst/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { StaffRoutes } from '../App';
import { RouterLink } from '../app/RouterLink';
import type { StaffApi, StaffProfile } from '../api/staffApi';
import { StaffApiProvider } from '../api/StaffApiProvider';

export const triageManager: StaffProfile = {
  displayName: 'Tara Triage',
  roles: ['triage-manager'],
  capabilities: ['referral:triage:view', 'referral:triage:decide'],
  practitionerId: null,
};

/** A key worker: the record and their caseload, no triage. */
export const keyWorker: StaffProfile = {
  displayName: 'Kim Okafor',
  roles: ['key-worker'],
  capabilities: ['record:view', 'case:write-notes'],
  practitionerId: 'practitioner-kim',
};

/** A team manager who may also change key workers and see who viewed a record. */
export const teamManager: StaffProfile = {
  displayName: 'Tom Manager',
  roles: ['team-manager'],
  capabilities: ['referral:triage:view', 'referral:triage:decide', 'record:view', 'record:viewers', 'case:assign-key-worker', 'case:write-notes'],
  practitionerId: 'practitioner-tom',
};

function notFaked(name: string) {
  return async () => Promise.reject(new Error(`${name} not faked`));
}

/** A signed-in session without Keycloak: the provider runs for real over a stand-in client. */
function signedInKeycloak(): KeycloakClient {
  return {
    token: 'test-token',
    tokenParsed: { sub: 'u1', name: 'Tara Triage', realm_access: { roles: ['triage-manager'] } },
    init: async () => true,
    updateToken: async () => false,
    login: async () => undefined,
    logout: async () => undefined,
  };
}

/** Where the app is now, for tests that check the address (a bookmarkable filter, a redirect). */
export interface CurrentLocation {
  current: Location | null;
}

function LocationProbe({ into }: { into: CurrentLocation }) {
  into.current = useLocation();
  return null;
}

/** Renders the staff app's routes at `path` over a fake API, as a signed-in user. */
export function renderStaffApp(path: string | { pathname: string; search?: string; state?: unknown }, api: Partial<StaffApi>) {
  const fullApi: StaffApi = {
    getStaffProfile: async () => triageManager,
    listTriageQueue: async () => ({ items: [], alerts: [] }),
    getReferral: notFaked('getReferral'),
    createReferral: notFaked('createReferral'),
    startInformationGathering: notFaked('startInformationGathering'),
    decideReferral: notFaked('decideReferral'),
    assignReferral: notFaked('assignReferral'),
    tellFamily: notFaked('tellFamily'),
    matchReferralSubject: notFaked('matchReferralSubject'),
    acknowledgePreventionAlert: notFaked('acknowledgePreventionAlert'),
    listInformationRequests: notFaked('listInformationRequests'),
    respondToInformationRequest: notFaked('respondToInformationRequest'),
    searchPeople: notFaked('searchPeople'),
    getPerson: notFaked('getPerson'),
    createPerson: notFaked('createPerson'),
    mergePerson: notFaked('mergePerson'),
    updatePerson: notFaked('updatePerson'),
    addWarning: notFaked('addWarning'),
    signOffWarning: notFaked('signOffWarning'),
    endWarning: notFaked('endWarning'),
    listRecordViewers: notFaked('listRecordViewers'),
    getFamily: notFaked('getFamily'),
    getCase: notFaked('getCase'),
    getChronology: notFaked('getChronology'),
    listCaseNotes: notFaked('listCaseNotes'),
    addCaseNote: notFaked('addCaseNote'),
    assignKeyWorker: notFaked('assignKeyWorker'),
    addChronologyEntry: notFaked('addChronologyEntry'),
    recordConsent: notFaked('recordConsent'),
    withdrawConsent: notFaked('withdrawConsent'),
    recordConsentOverride: notFaked('recordConsentOverride'),
    recordCaseStatus: notFaked('recordCaseStatus'),
    endCaseStatus: notFaked('endCaseStatus'),
    searchPractitioners: notFaked('searchPractitioners'),
    listCaseload: notFaked('listCaseload'),
    requestBreakGlass: notFaked('requestBreakGlass'),
    // Every case workspace lists its conversations with the family: none unless a test says so.
    listCaseThreads: async () => [],
    getCaseThread: notFaked('getCaseThread'),
    markCaseThreadRead: notFaked('markCaseThreadRead'),
    startCaseThread: notFaked('startCaseThread'),
    replyToCaseThread: notFaked('replyToCaseThread'),
    downloadAttachment: notFaked('downloadAttachment'),
    createInvitation: notFaked('createInvitation'),
    addAppointment: notFaked('addAppointment'),
    // Every case workspace lists what the family shared: nothing unless a test says so.
    listFamilyDocuments: async () => ({ items: [], unread: 0 }),
    listFamilyViews: async () => ({ items: [], unread: 0 }),
    markFamilyDocumentRead: notFaked('markFamilyDocumentRead'),
    markFamilyViewRead: notFaked('markFamilyViewRead'),
    ...api,
  };
  const location: CurrentLocation = { current: null };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <AuthProvider keycloak={signedInKeycloak()}>
      <QueryClientProvider client={queryClient}>
        <StaffApiProvider api={fullApi}>
          <UiProvider linkComponent={RouterLink} serviceName="Childfirst">
            <MemoryRouter initialEntries={[path]}>
              <StaffRoutes />
              <LocationProbe into={location} />
            </MemoryRouter>
          </UiProvider>
        </StaffApiProvider>
      </QueryClientProvider>
    </AuthProvider>,
  );
  return { api: fullApi, queryClient, location };
}
