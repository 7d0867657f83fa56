import { useQuery } from '@tanstack/react-query';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';

/** The family's requests for help, newest first (the API's order). */
export function useHelpRequests() {
  const api = useFamilyApi();
  return useQuery({ queryKey: queryKeys.helpRequests, queryFn: () => api.listHelpRequests() });
}
