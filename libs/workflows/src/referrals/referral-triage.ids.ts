/** Task queue served by the referrals worker. */
export const REFERRALS_TASK_QUEUE = 'referrals';

/** Business id as workflow id: one triage workflow per referral, so a second start is refused by Temporal. */
export function referralTriageWorkflowId(referralId: string): string {
  return `referral:${referralId}`;
}
