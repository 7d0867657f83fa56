import { skipToken, useQuery } from '@tanstack/react-query';
import type { PersonSearchCriteria } from '../../api/peopleTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

/** Searches only once criteria (with their purpose) have been submitted (null until then). */
export function usePersonSearch(criteria: PersonSearchCriteria | null) {
  const api = useStaffApi();
  return useQuery({
    queryKey: queryKeys.personSearch(criteria),
    queryFn: criteria ? () => api.searchPeople(criteria) : skipToken,
  });
}
