import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

export function useReferral(id: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.referral(id), queryFn: () => api.getReferral(id) });
}
