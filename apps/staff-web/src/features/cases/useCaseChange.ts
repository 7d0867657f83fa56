import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { CaseWorkspace } from '../../api/casesTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';
import type { StaffApi } from '../../api/staffApi';

export interface CaseChangeOptions<Variables, Result> {
  /** The API answers with the workspace as it now is: shown at once, without asking again. */
  answersWithWorkspace?: (result: Result) => CaseWorkspace;
  /** Other records the change shows on (a person's warnings or statuses, the caseload). */
  alsoChanges?: (variables: Variables) => QueryKey[];
}

/**
 * A change to a case. Afterwards everything about the case is asked for again (the workspace, the
 * chronology the change may add to, the notes), with anything else it shows on.
 */
export function useCaseChange<Variables, Result>(
  caseId: string,
  change: (api: StaffApi, variables: Variables) => Promise<Result>,
  { answersWithWorkspace, alsoChanges }: CaseChangeOptions<Variables, Result> = {},
) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<Result, unknown, Variables>({
    mutationFn: (variables) => change(api, variables),
    onSuccess: (result, variables) => {
      const workspaceKey = JSON.stringify(queryKeys.case(caseId));
      if (answersWithWorkspace) queryClient.setQueryData(queryKeys.case(caseId), answersWithWorkspace(result));
      void queryClient.invalidateQueries({
        queryKey: queryKeys.caseAll(caseId),
        // The workspace the API answered with is already the newest: no need to ask for it again.
        predicate: (query) => !answersWithWorkspace || JSON.stringify(query.queryKey) !== workspaceKey,
      });
      for (const queryKey of alsoChanges?.(variables) ?? []) void queryClient.invalidateQueries({ queryKey });
    },
  });
}

export const workspaceAnswer = (workspace: CaseWorkspace) => workspace;

/** Asks for the workspace again: after a refusal because someone changed it, show it as it is now. */
export function useReloadCase(caseId: string): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });
}
