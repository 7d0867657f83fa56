import type { FamilyHelpRequest, HelpRequestSubmission } from '@childfirst/domain/referrals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';

export interface SubmitHelpRequestVariables {
  submission: HelpRequestSubmission;
  idempotencyKey: string;
}

export function useSubmitHelpRequest() {
  const api = useFamilyApi();
  const queryClient = useQueryClient();
  return useMutation<FamilyHelpRequest, unknown, SubmitHelpRequestVariables>({
    mutationFn: ({ submission, idempotencyKey }) => api.submitHelpRequest(submission, idempotencyKey),
    onSuccess: (sent) => {
      queryClient.setQueryData<FamilyHelpRequest[]>(queryKeys.helpRequests, (requests) =>
        requests ? [sent, ...requests.filter((request) => request.id !== sent.id)] : requests,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.helpRequests });
    },
  });
}
