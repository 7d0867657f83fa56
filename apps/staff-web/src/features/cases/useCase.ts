import { ApiError } from '@childfirst/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseNote, CaseWorkspace, ChronologyFilters, NewCaseNote } from '../../api/casesTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

export function useCase(id: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.case(id), queryFn: () => api.getCase(id) });
}

/** Keeps showing the previous entries while a new filter loads, so the list does not jump away. */
export function useChronology(caseId: string, filters: ChronologyFilters, { enabled = true } = {}) {
  const api = useStaffApi();
  return useQuery({
    queryKey: queryKeys.chronology(caseId, filters),
    queryFn: () => api.getChronology(caseId, filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCaseNotes(caseId: string, { enabled = true } = {}) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.caseNotes(caseId), queryFn: () => api.listCaseNotes(caseId), enabled });
}

export interface AddCaseNoteVariables {
  note: NewCaseNote;
  idempotencyKey: string;
}

/** `onAdded` is a hook option, not a `mutate` callback, so it runs even if the form has unmounted. */
export function useAddCaseNote(caseId: string, { onAdded }: { onAdded?: (note: CaseNote) => void } = {}) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<CaseNote, unknown, AddCaseNoteVariables>({
    mutationFn: ({ note, idempotencyKey }) => api.addCaseNote(caseId, note, idempotencyKey),
    onSuccess: (added) => {
      onAdded?.(added);
      queryClient.setQueryData<CaseNote[]>(queryKeys.caseNotes(caseId), (notes) => (notes ? [added, ...notes.filter((note) => note.id !== added.id)] : notes));
      // A note may add an entry to the chronology.
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseAll(caseId) });
    },
  });
}

export interface AssignKeyWorkerVariables {
  practitionerId: string;
  version: number;
}

export function useAssignKeyWorker(caseId: string) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<CaseWorkspace, unknown, AssignKeyWorkerVariables>({
    mutationFn: ({ practitionerId, version }) => api.assignKeyWorker(caseId, practitionerId, version),
    onSuccess: (workspace) => {
      queryClient.setQueryData(queryKeys.case(caseId), workspace);
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseload });
    },
  });
}

export function useRequestBreakGlass(caseId: string) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.requestBreakGlass(caseId, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.caseAll(caseId) }),
    // 409: the person can already see the case (access given meanwhile), so load it.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: queryKeys.caseAll(caseId) });
    },
  });
}

export function usePractitionerSearch(name: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.practitioners(name), queryFn: () => api.searchPractitioners(name), enabled: name !== '' });
}

export function useCaseload() {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.caseload, queryFn: () => api.listCaseload() });
}
