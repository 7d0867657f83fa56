import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FrontDoorQueue, PreventionAlert, TriageQueueQuery } from '../../api/frontDoorTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

/** New referrals arrive all day (about 52 a working day in a large county); poll so they appear. */
export const triageQueuePollMs = 60_000;

/** Keeps showing the previous list while a new filter loads, so the table does not jump away. */
export function useTriageQueue(query: TriageQueueQuery) {
  const api = useStaffApi();
  return useQuery({
    queryKey: queryKeys.triageQueue(query),
    queryFn: () => api.listTriageQueue(query),
    placeholderData: keepPreviousData,
    refetchInterval: query.status === 'awaiting-decision' ? triageQueuePollMs : false,
  });
}

/** `onAcknowledged` is a hook option so it runs even if the alert's row has gone. */
export function useAcknowledgePreventionAlert({ onAcknowledged }: { onAcknowledged?: (alert: PreventionAlert) => void } = {}) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<PreventionAlert, unknown, string>({
    mutationFn: (alertId) => api.acknowledgePreventionAlert(alertId),
    onSuccess: (acknowledged) => {
      // An acknowledged alert is no longer open: take it off every list at once, then check with the API.
      queryClient.setQueriesData<FrontDoorQueue>({ queryKey: queryKeys.triageQueues }, (queue) =>
        queue ? { ...queue, alerts: queue.alerts.filter((alert) => alert.id !== acknowledged.id) } : queue,
      );
      onAcknowledged?.(acknowledged);
      // Referral pages list their alerts too; the queue itself refreshes on its next poll.
      void queryClient.invalidateQueries({ queryKey: ['staff', 'referrals', 'detail'] });
    },
  });
}
