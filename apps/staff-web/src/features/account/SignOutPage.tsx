import { LoadingStatus, PageHeading, useAuth, usePageTitle } from '@childfirst/ui';
import { useEffect } from 'react';

/** A route rather than a button, so "Sign out" is an ordinary link in the navigation. */
export function SignOutPage() {
  const { signOut } = useAuth();
  usePageTitle('Signing you out');
  useEffect(() => {
    void signOut();
  }, [signOut]);
  return (
    <>
      <PageHeading>Signing you out</PageHeading>
      <LoadingStatus text="Signing you out" />
    </>
  );
}
