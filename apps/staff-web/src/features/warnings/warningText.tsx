import { Tag, formatDate } from '@childfirst/ui';
import type { WarningView } from '../../api/casesTypes';

const personToldText: Record<WarningView['personTold'], string> = {
  yes: 'The person has been told about this warning.',
  no: 'The person has not been told about this warning.',
  'not-yet': 'The person has not been told about this warning yet.',
};

export function toldText(told: WarningView['personTold']): string {
  return personToldText[told];
}

/**
 * Whether a manager has signed the warning off (ICO guidance on warning markers): a tag while it
 * waits, so it stands out; who and when once done.
 */
export function SignOffState({ signedOff }: Pick<WarningView, 'signedOff'>) {
  if (!signedOff) return <Tag text="Awaiting manager sign-off" classes="govuk-tag--yellow" />;
  return (
    <>
      Signed off by {signedOff.by} on {formatDate(signedOff.at)}
    </>
  );
}
