import { warningTypes } from '@childfirst/domain/cases';
import { labelOf } from './code-labels';

/** A warning as staff see it (warningViewSchema), from its row with the recorder's and signer's names. */
export function toWarningView(row: {
  id: string;
  warningType: string;
  description: string;
  reviewOn: string;
  personTold: string;
  personNotToldReason: string | null;
  recordedBy: string | null;
  signedOffBy: string | null;
  signedOffAt: Date | null;
  version: number;
}) {
  const { signedOffBy, signedOffAt, ...rest } = row;
  return {
    ...rest,
    warningTypeLabel: labelOf(warningTypes, row.warningType),
    personTold: row.personTold as 'yes' | 'no' | 'not-yet',
    signedOff: signedOffBy && signedOffAt ? { by: signedOffBy, at: signedOffAt.toISOString() } : null,
  };
}
