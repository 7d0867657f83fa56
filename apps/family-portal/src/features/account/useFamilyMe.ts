import { useQuery } from '@tanstack/react-query';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';

/** Who is signed in, and whether their account is linked to a family yet. */
export function useFamilyMe() {
  const api = useFamilyApi();
  return useQuery({ queryKey: queryKeys.me, queryFn: () => api.getMe(), staleTime: 5 * 60_000 });
}
