import type { TriageDecisionV2 } from '@childfirst/domain/referrals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

export interface DecideReferralVariables {
  id: string;
  decision: TriageDecisionV2;
  version: number;
}

/**
 * `onDecided` is a hook option, not a `mutate` callback: storing the decided referral re-renders
 * the page without the form, and react-query drops `mutate` callbacks of unmounted components.
 */
export function useDecideReferral({ onDecided }: { onDecided?: (referral: FrontDoorReferral) => void } = {}) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<FrontDoorReferral, unknown, DecideReferralVariables>({
    mutationFn: ({ id, decision, version }) => api.decideReferral(id, decision, version),
    onSuccess: (decided) => {
      onDecided?.(decided);
      queryClient.setQueryData(queryKeys.referral(decided.id), decided);
      void queryClient.invalidateQueries({ queryKey: queryKeys.triageQueues });
    },
  });
}
