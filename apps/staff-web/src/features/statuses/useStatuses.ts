import type { NewCaseStatus } from '../../api/casesTypes';
import { queryKeys } from '../../api/queryKeys';
import { useCaseChange, workspaceAnswer } from '../cases/useCaseChange';

/** A status shows on the child's record and in the caseload as well as on the case. */
const alsoChanges = ({ personId }: { personId: string }) => [queryKeys.person(personId), queryKeys.caseload];

export function useRecordCaseStatus(caseId: string) {
  return useCaseChange(caseId, (api, status: NewCaseStatus) => api.recordCaseStatus(caseId, status), { answersWithWorkspace: workspaceAnswer, alsoChanges });
}

export function useEndCaseStatus(caseId: string) {
  return useCaseChange(caseId, (api, { statusId, endedOn }: { statusId: string; personId: string; endedOn: string }) => api.endCaseStatus(caseId, statusId, endedOn), {
    answersWithWorkspace: workspaceAnswer,
    alsoChanges,
  });
}
