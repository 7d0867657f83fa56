import { useQuery } from '@tanstack/react-query';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';

export function useFamilyProfile() {
  const api = useFamilyApi();
  return useQuery({ queryKey: queryKeys.familyProfile, queryFn: () => api.getFamilyProfile(), staleTime: 5 * 60_000 });
}
