import { Footer, GenericHeader, Link, LoadingStatus, PhaseBanner, ServiceNavigation, SkipLink, useAuth, useRouteFocus, type ServiceNavigationItem } from '@childfirst/ui';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import type { StaffCapability } from '../api/staffApi';
import { useStaffProfile } from '../features/account/useStaffProfile';
import { PageOutcomeProvider } from '../forms/pageOutcome';
import { homePageFor, type HomePage } from './homePage';

/**
 * The service navigation shows what the signed-in person's capabilities open to them. "/" is their
 * home page (homePage.ts), so the entry for that page is current there too.
 */
function navigationFor(capabilities: readonly StaffCapability[], home: HomePage | null, path: string): ServiceNavigationItem[] {
  const isCurrent = (href: string, page: HomePage) => path === href || (path === '/' && home === page);
  const items: ServiceNavigationItem[] = [];
  if (capabilities.includes('referral:triage:view')) {
    items.push(
      { href: '/', text: 'Triage queue', current: isCurrent('/', 'triage-queue'), active: path.startsWith('/referrals/') && path !== '/referrals/new' },
      { href: '/decided', text: 'Decided', current: path === '/decided' },
    );
  }
  if (capabilities.includes('record:view')) {
    items.push(
      { href: '/caseload', text: 'My caseload', current: isCurrent('/caseload', 'caseload'), active: path.startsWith('/cases/') },
      { href: '/people', text: 'Find a person', current: isCurrent('/people', 'find-a-person'), active: path.startsWith('/people/') || path.startsWith('/families/') },
      { href: '/tasks', text: 'Information requests', current: isCurrent('/tasks', 'information-requests'), active: path.startsWith('/tasks/') },
      { href: '/referrals/new', text: 'Make a referral', current: path === '/referrals/new' },
    );
  }
  if (home === 'administration') items.push({ href: '/', text: 'Administration', current: path === '/', active: path.endsWith('/viewers') });
  return items;
}

export function Layout() {
  const location = useLocation();
  // Focus moves to the h1 when the page changes, not when only its query does: a chronology filter
  // or a search result keeps the person where they are, and the page announces what changed.
  useRouteFocus(location.pathname);
  const { profile } = useAuth();
  const staffProfile = useStaffProfile();
  const displayName = staffProfile.data?.displayName ?? profile.name;
  const path = location.pathname;

  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <GenericHeader logoText="Children, schools and families" url="/" />
        <ServiceNavigation
          serviceName="Childfirst"
          serviceUrl="/"
          navigationLabel="Menu"
          navigation={navigationFor(staffProfile.data?.capabilities ?? [], homePageFor(staffProfile.data?.roles ?? []), path)}
          slots={{
            navigationEnd: (
              <>
                {displayName && (
                  <li className="govuk-service-navigation__item">
                    <span className="govuk-service-navigation__text">
                      <span className="govuk-visually-hidden">Signed in as </span>
                      {displayName}
                    </span>
                  </li>
                )}
                <li className="govuk-service-navigation__item">
                  <Link className="govuk-service-navigation__link" href="/sign-out">
                    Sign out
                  </Link>
                </li>
              </>
            ),
          }}
        />
      </header>
      <PhaseBanner tag={{ text: 'Beta' }} text="This is a new service. Tell the Childfirst team if something does not work for you." />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {/* A page loading its code has no h1 yet: focus moves to it when it arrives (PageHeading). */}
          <Suspense fallback={<LoadingStatus text="Loading the page" />}>
            {/* A new page starts with no success or problem carried over from the last one. */}
            <PageOutcomeProvider key={path}>
              <Outlet />
            </PageOutcomeProvider>
          </Suspense>
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer contentLicence={null} copyright={{ text: '© Children, schools and families directorate' }} />
      </footer>
    </>
  );
}
