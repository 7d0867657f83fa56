import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewPerson, PersonChange, PersonCreated, PersonMerge, PersonRecord } from '../../api/peopleTypes';
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

export interface CreatePersonVariables {
  person: NewPerson;
  duplicatesReviewed: boolean;
  idempotencyKey: string;
}

export function useCreatePerson() {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<PersonCreated, unknown, CreatePersonVariables>({
    mutationFn: ({ person, duplicatesReviewed, idempotencyKey }) => api.createPerson(person, duplicatesReviewed, idempotencyKey),
    // Searches made before may now find the new person.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.personSearches }),
  });
}

export function useMergePerson(personId: string) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<PersonRecord, unknown, PersonMerge>({
    mutationFn: (merge) => api.mergePerson(personId, merge),
    onSuccess: (kept) => {
      queryClient.setQueryData(queryKeys.person(kept.id), kept);
      void queryClient.invalidateQueries({ queryKey: queryKeys.person(personId) });
      // The merged record no longer appears in searches.
      void queryClient.invalidateQueries({ queryKey: queryKeys.personSearches });
    },
  });
}

/** A change to a person's details shows wherever they are named: searches, their families and cases. */
export function useUpdatePerson(personId: string) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<PersonRecord, unknown, PersonChange>({
    mutationFn: (change) => api.updatePerson(personId, change),
    onSuccess: (person) => {
      queryClient.setQueryData(queryKeys.person(personId), person);
      for (const queryKey of [queryKeys.personSearches, queryKeys.families, queryKeys.cases, queryKeys.caseload]) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
