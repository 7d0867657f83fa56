import { Footer, GenericHeader, Link, PhaseBanner, ServiceNavigation, SkipLink, useAuth, useRouteFocus } from '@childfirst/ui';
import { Outlet, useLocation } from 'react-router';
import { useStaffProfile } from '../features/account/useStaffProfile';

export function Layout() {
  const location = useLocation();
  useRouteFocus(location.key);
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
          navigation={[
            { href: '/', text: 'Triage queue', current: path === '/', active: path.startsWith('/referrals/') },
            { href: '/decided', text: 'Decided', current: path === '/decided' },
          ]}
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
          <Outlet />
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer contentLicence={null} copyright={{ text: '© Children, schools and families directorate' }} />
      </footer>
    </>
  );
}
