import { Footer, GenericHeader, Link, PhaseBanner, ServiceNavigation, SkipLink, useAuth, useRouteFocus } from '@childfirst/ui';
import { Outlet, useLocation } from 'react-router';
import { useFamilyProfile } from '../features/account/useFamilyProfile';

export function Layout() {
  const location = useLocation();
  useRouteFocus(location.key);
  const { profile } = useAuth();
  const familyProfile = useFamilyProfile();
  const displayName = familyProfile.data?.displayName ?? profile.name;

  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <GenericHeader logoText="Children, schools and families" url="/" />
        <ServiceNavigation
          serviceName="Childfirst family portal"
          serviceUrl="/"
          navigationLabel="Menu"
          navigation={[
            { href: '/', text: 'Your requests', current: location.pathname === '/' },
            { href: '/ask-for-help', text: 'Ask for help', current: location.pathname === '/ask-for-help' },
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
      <PhaseBanner
        tag={{ text: 'Beta' }}
        html={<>This is a new service. Tell your key worker if something does not work for you.</>}
      />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <Outlet />
        </main>
      </div>
      <footer className="govuk-template__footer">
        {/* The accessibility statement and privacy notice links go in meta when those pages exist. */}
        <Footer copyright={{ text: '© Children, schools and families directorate' }} />
      </footer>
    </>
  );
}
