import { UiProvider } from '@childfirst/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Suspense, type ReactElement } from 'react';
import type { FamilyApi } from '../api/familyApi';
import { FamilyApiProvider } from '../api/FamilyApiProvider';
import { RouterLink } from '../app/RouterLink';
import { navigate, Route, Switch, useLocation } from '../app/router';

export interface RenderPageOptions {
  /** The address the page is opened at. */
  path?: string;
  /** The route pattern the page is mounted on (for its parameters); any address if not given. */
  route?: string;
  /** Navigation state, as a navigation that opened the page would give it. */
  state?: unknown;
}

/** Shows where in-app navigation went, for tests to read. */
function CurrentLocation() {
  const location = useLocation();
  return <div data-testid="location" hidden>{location.pathname}</div>;
}

/** One signed-in page with a FamilyApi double, at its address (jsdom's History API), and a fresh query cache (no retries). */
export function renderPage(page: ReactElement, api: FamilyApi, { path = '/', route, state }: RenderPageOptions = {}): RenderResult & { user: UserEvent; queryClient: QueryClient } {
  navigate(path, { replace: true, state });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <UiProvider linkComponent={RouterLink} serviceName="Childfirst family portal">
      <QueryClientProvider client={queryClient}>
        <FamilyApiProvider api={api}>
          <main>
            <Suspense fallback={<p>Loading the page</p>}>
              <Switch>
                {route ? <Route path={route}>{page}</Route> : <Route>{page}</Route>}
                <Route>
                  <p>Somewhere else</p>
                </Route>
              </Switch>
            </Suspense>
          </main>
          <CurrentLocation />
        </FamilyApiProvider>
      </QueryClientProvider>
    </UiProvider>,
  );
    // A file picker's "All files" lets people choose any file despite `accept`: the page must check it.
  return { ...result, queryClient, user: userEvent.setup({ applyAccept: false }) };
}

/** A File as the browser gives it (jsdom's File has no contents we need, only name, type and size). */
export function fileOf(name: string, type: string, size = 2048): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

/** A valid UUID for test data, distinct per number. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
