import { Link, useAuth, useRouteFocus } from '@childfirst/ui';
import { Outlet, useLocation } from 'react-router';
import { useFamilyProfile } from '../features/account/useFamilyProfile';
import { PortalFrame } from './PortalFrame';

/** The signed-in pages' layout: the family's navigation, who is signed in, and sign out. */
export function Layout() {
  const location = useLocation();
  useRouteFocus(location.key);
  const { profile } = useAuth();
  const familyProfile = useFamilyProfile();
  const displayName = familyProfile.data?.displayName ?? profile.name;

  return (
    <PortalFrame
      serviceUrl="/"
      navigation={[
        { href: '/', text: 'Your requests', current: location.pathname === '/' },
        { href: '/ask-for-help', text: 'Ask for help', current: location.pathname === '/ask-for-help' },
      ]}
      navigationEnd={
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
      }
      phaseBanner={<>This is a new service. Tell your key worker if something does not work for you.</>}
    >
      <Outlet />
    </PortalFrame>
  );
}
