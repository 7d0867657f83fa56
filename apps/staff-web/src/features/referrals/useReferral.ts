import type { InitialDecision } from '@childfirst/domain/referrals';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

export function useReferral(id: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.referral(id), queryFn: () => api.getReferral(id) });
}

/** Every change to a referral answers with the referral as it is now: show that, and refresh the queues. */
function useReferralChanged() {
  const queryClient = useQueryClient();
  return (referral: FrontDoorReferral) => {
    queryClient.setQueryData(queryKeys.referral(referral.id), referral);
    void queryClient.invalidateQueries({ queryKey: queryKeys.triageQueues });
  };
}

export interface InformationGatheringVariables {
  decision: InitialDecision;
  version: number;
}

/** `onSaved` is a hook option, not a `mutate` callback, so it runs even if the form has unmounted. */
export function useStartInformationGathering(referralId: string, { onSaved }: { onSaved?: (referral: FrontDoorReferral, sent: InitialDecision) => void } = {}) {
  const api = useStaffApi();
  const changed = useReferralChanged();
  return useMutation<FrontDoorReferral, unknown, InformationGatheringVariables>({
    mutationFn: ({ decision, version }) => api.startInformationGathering(referralId, decision, version),
    onSuccess: (referral, { decision }) => {
      onSaved?.(referral, decision);
      changed(referral);
    },
  });
}

export interface AssignReferralVariables {
  practitionerId: string | null;
  version: number;
}

export function useAssignReferral(referralId: string) {
  const api = useStaffApi();
  const changed = useReferralChanged();
  return useMutation<FrontDoorReferral, unknown, AssignReferralVariables>({
    mutationFn: ({ practitionerId, version }) => api.assignReferral(referralId, practitionerId, version),
    onSuccess: changed,
  });
}

export interface MatchSubjectVariables {
  subjectId: string;
  personId: string;
}

export function useMatchSubject(referralId: string, { onMatched }: { onMatched?: (referral: FrontDoorReferral, subjectId: string) => void } = {}) {
  const api = useStaffApi();
  const changed = useReferralChanged();
  return useMutation<FrontDoorReferral, unknown, MatchSubjectVariables>({
    mutationFn: ({ subjectId, personId }) => api.matchReferralSubject(referralId, subjectId, personId),
    onSuccess: (referral, { subjectId }) => {
      onMatched?.(referral, subjectId);
      changed(referral);
    },
  });
}
