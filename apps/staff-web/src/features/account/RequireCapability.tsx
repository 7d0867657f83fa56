import type { Capability } from '@childfirst/domain/access';
import { LoadingStatus, PageHeading, ProblemNotice, usePageTitle } from '@childfirst/ui';
import type { ReactNode } from 'react';
import { useStaffProfile } from './useStaffProfile';

export interface RequireCapabilityProps {
  capability: Capability;
  /** What the person cannot reach, finishing "You do not have access to …". */
  what: string;
  children: ReactNode;
}

function NoAccess({ what }: { what: string }) {
  const heading = `You do not have access to ${what}`;
  usePageTitle(heading);
  return (
    <>
      <PageHeading classes="govuk-heading-l">{heading}</PageHeading>
      <p className="govuk-body">Your account does not have the permission needed to see this page.</p>
      <p className="govuk-body">If you need it for your work, ask your team manager to request it for you.</p>
    </>
  );
}

function CheckingAccess() {
  usePageTitle('Checking your access');
  return (
    <>
      <PageHeading classes="govuk-heading-l">Checking your access</PageHeading>
      <LoadingStatus text="Checking your access" />
    </>
  );
}

function AccessProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  usePageTitle('Sorry, there is a problem');
  return (
    <>
      <PageHeading classes="govuk-heading-l">Sorry, there is a problem</PageHeading>
      <ProblemNotice error={error} onRetry={onRetry} />
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
  if (profile.isError) return <AccessProblem error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!profile.data.capabilities.includes(capability)) return <NoAccess what={what} />;
  return <>{children}</>;
}
