import { LoadingStatus, PageHeading, usePageTitle } from '@childfirst/ui';
import type { ReactNode } from 'react';
import type { StaffCapability } from '../../api/staffApi';
import { NoAccess } from './NoAccess';
import { ServiceProblem } from './RecordProblem';
import { useStaffProfile } from './useStaffProfile';

export interface RequireCapabilityProps {
  capability: StaffCapability;
  /** What the person cannot reach, finishing "You do not have access to …". */
  what: string;
  children: ReactNode;
}

export function CheckingAccess() {
  usePageTitle('Checking your access');
  return (
    <>
      <PageHeading classes="govuk-heading-l">Checking your access</PageHeading>
      <LoadingStatus text="Checking your access" />
    </>
  );
}

/**
 * Shows the page only to people whose role grants the capability. This is for a clear page, not
 * for security: the API checks every request itself.
 */
export function RequireCapability({ capability, what, children }: RequireCapabilityProps) {
  const profile = useStaffProfile();
  if (profile.isPending) return <CheckingAccess />;
  if (profile.isError) return <ServiceProblem error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!profile.data.capabilities.includes(capability)) return <NoAccess what={what} />;
  return <>{children}</>;
}
