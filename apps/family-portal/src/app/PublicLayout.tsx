import { useRouteFocus } from '@childfirst/ui';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/i18n';
import { PageSuspense } from './PageSuspense';
import { PortalFrame } from './PortalFrame';

/** The layout of pages anyone can use without signing in: no navigation, nothing about an account. */
export function PublicLayout({ routeKey, children }: { routeKey: string; children: ReactNode }) {
  useRouteFocus(routeKey);
  const { t } = useTranslation();
  return (
    <PortalFrame serviceUrl="/start" phaseBanner={t('phaseBanner.public')}>
      <PageSuspense>{children}</PageSuspense>
    </PortalFrame>
  );
}
