import { AuthProvider, UiProvider, type KeycloakClient } from '@childfirst/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { StaffRoutes } from '../App';
import { RouterLink } from '../app/RouterLink';
import type { StaffApi, StaffProfile } from '../api/staffApi';
import { StaffApiProvider } from '../api/StaffApiProvider';

export const triageManager: StaffProfile = {
  displayName: 'Tara Triage',
  roles: ['triage-manager'],
  capabilities: ['referral:triage:view', 'referral:triage:decide'],
};

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

/** Renders the staff app's routes at `path` over a fake API, as a signed-in user. */
export function renderStaffApp(path: string, api: Partial<StaffApi>) {
  const fullApi: StaffApi = {
    getStaffProfile: async () => triageManager,
    listTriageQueue: async () => [],
    getReferral: async () => Promise.reject(new Error('getReferral not faked')),
    decideReferral: async () => Promise.reject(new Error('decideReferral not faked')),
    ...api,
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <AuthProvider keycloak={signedInKeycloak()}>
      <QueryClientProvider client={queryClient}>
        <StaffApiProvider api={fullApi}>
          <UiProvider linkComponent={RouterLink} serviceName="Childfirst">
            <MemoryRouter initialEntries={[path]}>
              <StaffRoutes />
            </MemoryRouter>
          </UiProvider>
        </StaffApiProvider>
      </QueryClientProvider>
    </AuthProvider>,
  );
  return { api: fullApi, queryClient };
}
