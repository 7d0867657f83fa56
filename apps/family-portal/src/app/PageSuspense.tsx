import { LoadingStatus } from '@childfirst/ui';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from '../i18n/i18n';

/** Inside the page frame, while a page's code or text downloads. */
export function PageSuspense({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<LoadingStatus text={t('loading.page')} />}>{children}</Suspense>;
}
