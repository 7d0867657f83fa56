import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

export function useFamily(id: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.family(id), queryFn: () => api.getFamily(id) });
}
