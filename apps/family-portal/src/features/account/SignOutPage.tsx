import { LoadingStatus, PageHeading, useAuth, usePageTitle } from '@childfirst/ui';
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/i18n';

/** A route rather than a button, so "Sign out" is an ordinary link in the navigation. */
export function SignOutPage() {
  const { signOut } = useAuth();
  const { t } = useTranslation();
  usePageTitle(t('signOut.title'));
  useEffect(() => {
    void signOut();
  }, [signOut]);
  return (
    <>
      <PageHeading>{t('signOut.title')}</PageHeading>
      <LoadingStatus text={t('signOut.title')} />
    </>
  );
}
