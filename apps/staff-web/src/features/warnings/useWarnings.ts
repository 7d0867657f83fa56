import type { NewWarning } from '../../api/casesTypes';
import { queryKeys } from '../../api/queryKeys';
import { useCaseChange } from '../cases/useCaseChange';

export interface AddWarningVariables {
  personId: string;
  warning: NewWarning;
  idempotencyKey: string;
}

/** A warning shows on the person's record and on the case of their family. */
export function useAddWarning(caseId: string) {
  return useCaseChange(caseId, (api, { personId, warning, idempotencyKey }: AddWarningVariables) => api.addWarning(personId, warning, idempotencyKey), {
    alsoChanges: ({ personId }) => [queryKeys.person(personId)],
  });
}

export interface WarningVersionVariables {
  warningId: string;
  personId: string;
  version: number;
}

export function useSignOffWarning(caseId: string) {
  return useCaseChange(caseId, (api, { warningId, version }: WarningVersionVariables) => api.signOffWarning(warningId, version), {
    alsoChanges: ({ personId }) => [queryKeys.person(personId)],
  });
}

export function useEndWarning(caseId: string) {
  return useCaseChange(caseId, (api, { warningId, version, reason }: WarningVersionVariables & { reason: string }) => api.endWarning(warningId, version, reason), {
    alsoChanges: ({ personId }) => [queryKeys.person(personId)],
  });
}
