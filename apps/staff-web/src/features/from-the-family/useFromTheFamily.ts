import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FamilySubmissionKind, StaffReading } from '../../api/familySubmissionsTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';

export function useFamilyDocuments(caseId: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.familyDocuments(caseId), queryFn: () => api.listFamilyDocuments(caseId) });
}

export function useFamilyViews(caseId: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.familyViews(caseId), queryFn: () => api.listFamilyViews(caseId) });
}

interface ReadableList {
  items: { id: string; read: StaffReading | null }[];
  unread: number;
}

/** The list with the item shown as read, as the API answered (the first reading, whoever it was). */
function withReading<List extends ReadableList>(list: List | undefined, itemId: string, reading: StaffReading): List | undefined {
  if (!list) return list;
  const wasUnread = list.items.some((item) => item.id === itemId && !item.read);
  return { ...list, items: list.items.map((item) => (item.id === itemId ? { ...item, read: reading } : item)), unread: list.unread - (wasUnread ? 1 : 0) };
}

/**
 * Someone who may write to the case has opened one of the family's documents or views: it is
 * marked read, shown so at once, and the caseload's counts are asked for again.
 */
export function useMarkFamilyItemRead(caseId: string, kind: FamilySubmissionKind) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<StaffReading, unknown, string>({
    mutationFn: (itemId) => (kind === 'document' ? api.markFamilyDocumentRead(caseId, itemId) : api.markFamilyViewRead(caseId, itemId)),
    onSuccess: (reading, itemId) => {
      const key = kind === 'document' ? queryKeys.familyDocuments(caseId) : queryKeys.familyViews(caseId);
      queryClient.setQueryData<ReadableList>(key, (list) => withReading(list, itemId, reading));
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseload, exact: true });
    },
  });
}
