import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

export function usePerson(id: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.person(id), queryFn: () => api.getPerson(id) });
}

export function useRecordViewers(personId: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.recordViewers(personId), queryFn: () => api.listRecordViewers(personId) });
}
