import type { ConsentWithdrawal, NewConsent, NewConsentOverride } from '../../api/casesTypes';
import { useCaseChange, workspaceAnswer } from '../cases/useCaseChange';

export function useRecordConsent(caseId: string) {
  return useCaseChange(caseId, (api, { consent, idempotencyKey }: { consent: NewConsent; idempotencyKey: string }) => api.recordConsent(caseId, consent, idempotencyKey), {
    answersWithWorkspace: workspaceAnswer,
  });
}

export function useWithdrawConsent(caseId: string) {
  return useCaseChange(caseId, (api, { consentId, withdrawal }: { consentId: string; withdrawal: ConsentWithdrawal }) => api.withdrawConsent(caseId, consentId, withdrawal), {
    answersWithWorkspace: workspaceAnswer,
  });
}

export function useRecordConsentOverride(caseId: string) {
  return useCaseChange(caseId, (api, override: NewConsentOverride) => api.recordConsentOverride(caseId, override), { answersWithWorkspace: workspaceAnswer });
}
