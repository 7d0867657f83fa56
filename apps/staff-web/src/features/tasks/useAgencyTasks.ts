import type { InformationResponse } from '@childfirst/domain/referrals';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyTask, InformationRequestView } from '../../api/frontDoorTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

/** Requests arrive while the list is open (a red referral's answer is due within 4 hours): poll so they appear. */
export const agencyTasksPollMs = 60_000;

export function useAgencyTasks() {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.informationRequests, queryFn: () => api.listInformationRequests(), refetchInterval: agencyTasksPollMs });
}

export interface AnswerRequestVariables {
  requestId: string;
  response: InformationResponse;
}

export function useAnswerRequest() {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<InformationRequestView, unknown, AnswerRequestVariables>({
    mutationFn: ({ requestId, response }) => api.respondToInformationRequest(requestId, response),
    onSuccess: (answered) => {
      // An answered request is no longer open: take it off the list at once, then check with the API.
      queryClient.setQueryData<AgencyTask[]>(queryKeys.informationRequests, (tasks) => tasks?.filter((task) => task.id !== answered.id));
      void queryClient.invalidateQueries({ queryKey: queryKeys.informationRequests });
    },
  });
}
