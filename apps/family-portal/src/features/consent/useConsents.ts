import { useQuery } from '@tanstack/react-query';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';

export function useConsents() {
  const api = useFamilyApi();
  return useQuery({ queryKey: queryKeys.consents, queryFn: () => api.listConsents() });
}
