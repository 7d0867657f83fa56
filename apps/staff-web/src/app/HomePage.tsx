import { CaseloadPage } from '../features/cases/CaseloadPage';
import { RequireCapability } from '../features/account/RequireCapability';
import { useStaffProfile } from '../features/account/useStaffProfile';
import { TriageQueuePage } from '../features/referrals/TriageQueuePage';

/** Whether the signed-in person's home page is their caseload (everyone with the record but not triage). */
export function useHomeIsCaseload(): boolean {
  const capabilities = useStaffProfile().data?.capabilities;
  return capabilities !== undefined && !capabilities.includes('referral:triage:view') && capabilities.includes('record:view');
}

/** Triage managers start at the triage queue; practitioners start at their caseload. */
export function HomePage() {
  const homeIsCaseload = useHomeIsCaseload();
  if (homeIsCaseload) return <CaseloadPage />;
  return (
    <RequireCapability capability="referral:triage:view" what="the triage queue">
      <TriageQueuePage status="awaiting-decision" />
    </RequireCapability>
  );
}
