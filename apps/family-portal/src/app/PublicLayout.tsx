import { useRouteFocus } from '@childfirst/ui';
import { Outlet, useLocation } from 'react-router';
import { PortalFrame } from './PortalFrame';

/** The layout of pages anyone can use without signing in: no navigation, nothing about an account. */
export function PublicLayout() {
  const location = useLocation();
  useRouteFocus(location.key);
  return (
    <PortalFrame serviceUrl="/start" phaseBanner={<>This is a new service.</>}>
      <Outlet />
    </PortalFrame>
  );
}
