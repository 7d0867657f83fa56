import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';
import type { StaffCapability } from '../../api/staffApi';

/** Who is signed in and what they may do, as the API decides it (GET /staff/me). */
export function useStaffProfile() {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.staffProfile, queryFn: () => api.getStaffProfile(), staleTime: 5 * 60_000 });
}

export function useHasCapability(capability: StaffCapability): boolean | undefined {
  const profile = useStaffProfile();
  return profile.data ? profile.data.capabilities.includes(capability) : undefined;
}
