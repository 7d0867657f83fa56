import { Button, ProblemNotice } from '@childfirst/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';
import { useHasCapability } from '../account/useStaffProfile';

/**
 * After a strategy discussion the family is not told automatically. A social worker or manager with
 * a relationship to the family's case records when telling them is safe; the portal then shows the
 * family the outcome's own message (never who referred or what they said).
 */
export function TellFamily({ referral, onTold }: { referral: FrontDoorReferral; onTold: (heading: string, detail: string) => void }) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  const mayTell = useHasCapability('referral:tell-family');
  const tell = useMutation({
    mutationFn: () => api.tellFamily(referral.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.referral(referral.id) });
      onTold('The family has been told', 'They have a message in the family portal saying that someone was worried about their child and that a social worker will contact them. It does not say who referred or what they said.');
    },
  });
  if (referral.outcome !== 'strategy-discussion' || referral.familyToldAt || mayTell !== true) return null;
  return (
    <section aria-labelledby="tell-family-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="tell-family-heading">
        Telling the family
      </h2>
      <p className="govuk-body">The family has not been told. Tell them only when the strategy discussion has agreed it is safe for the child.</p>
      {tell.isError && <ProblemNotice error={tell.error} />}
      <Button type="button" onClick={() => tell.mutate()} disabled={tell.isPending}>
        It is safe to tell the family
      </Button>
    </section>
  );
}
