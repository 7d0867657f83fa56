import type { ReferralStatus } from '@childfirst/domain/referrals';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

/** New referrals arrive all day (about 52 a working day in a large county); poll so they appear. */
export const triageQueuePollMs = 30_000;

export function useTriageQueue(status: ReferralStatus) {
  const api = useStaffApi();
  return useQuery({
    queryKey: queryKeys.triageQueue(status),
    queryFn: () => api.listTriageQueue(status),
    refetchInterval: status === 'awaiting-decision' ? triageQueuePollMs : false,
  });
}
