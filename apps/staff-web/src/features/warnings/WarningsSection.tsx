import { Button, LoadingStatus, SummaryList, Tag, formatDate, ukDateOf, type SummaryListRow } from '@childfirst/ui';
import type { FormEvent } from 'react';
import type { CaseWarning, CaseWorkspace } from '../../api/casesTypes';
import { ErrorSummaryAtTop, useFormProblems } from '../../forms/formProblems';
import { useConfirmOnCase } from '../cases/CaseActionPage';
import { useReloadCase } from '../cases/useCaseChange';
import { labelOf } from '../people/personFormat';
import { useSignOffWarning } from './useWarnings';
import { SignOffState, toldText } from './warningText';

function warningRows(warning: CaseWarning, today: string): SummaryListRow[] {
  return [
    { key: { text: 'What happened' }, value: { html: <span className="childfirst-preserve-lines">{warning.description}</span> } },
    {
      key: { text: 'Review by' },
      value: {
        html: (
          <>
            {formatDate(warning.reviewOn)} {warning.reviewOn < today && <Tag text="Review overdue" classes="govuk-tag--red" />}
          </>
        ),
      },
    },
    {
      key: { text: 'Person told' },
      value: { text: warning.personNotToldReason ? `${toldText(warning.personTold)} ${warning.personNotToldReason}` : toldText(warning.personTold) },
    },
    { key: { text: 'Recorded by' }, value: { text: warning.recordedBy ?? 'Not known' } },
    { key: { text: 'Sign-off' }, value: { html: <SignOffState signedOff={warning.signedOff} /> } },
  ];
}

function SignOffButton({ warning, pending, onSignOff }: { warning: CaseWarning; pending: boolean; onSignOff: (warning: CaseWarning) => void }) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSignOff(warning);
  }
  return (
    <form noValidate onSubmit={handleSubmit}>
      <p className="govuk-body">Sign the warning off once you have read it and agree it is needed.</p>
      <Button disabled={pending} classes="govuk-button--secondary govuk-!-margin-bottom-0">
        {pending ? 'Signing off…' : 'Sign off'}
        <span className="govuk-visually-hidden">
          {' '}
          the warning on {warning.personName}: {labelOf(warning.warningTypeLabel, warning.warningType)}
        </span>
      </Button>
    </form>
  );
}

export interface WarningsSectionProps {
  workspace: CaseWorkspace;
  /** Where an error summary goes: the top of the page's main content. */
  errorSummaryContainer: HTMLElement | null;
}

/**
 * The case's staff-safety warnings, to add, sign off (managers) and end. The banner at the top of
 * the page shows them too, so nobody visits without seeing them; this is where they are managed.
 */
export function WarningsSection({ workspace, errorSummaryContainer }: WarningsSectionProps) {
  const { writeNotes, signOffWarnings } = workspace.permissions;
  const casePath = `/cases/${encodeURIComponent(workspace.id)}`;
  const confirm = useConfirmOnCase();
  const reloadCase = useReloadCase(workspace.id);
  const signOff = useSignOffWarning(workspace.id);
  const problems = useFormProblems();
  const today = ukDateOf(new Date());

  function handleSignOff(warning: CaseWarning) {
    if (signOff.isPending) return;
    problems.clear();
    signOff.mutate(
      { warningId: warning.id, personId: warning.personId, version: warning.version },
      {
        onSuccess: () => confirm(`Warning signed off: ${labelOf(warning.warningTypeLabel, warning.warningType)} for ${warning.personName}`),
        onError: (error) => {
          const apiError = problems.showApiError(error);
          // Changed or signed off by someone else meanwhile: show the warnings as they are now.
          if (apiError.status === 409) reloadCase();
        },
      },
    );
  }

  return (
    <section aria-labelledby="warnings-heading" className="govuk-!-margin-bottom-8">
      <ErrorSummaryAtTop container={errorSummaryContainer} problems={problems} fields={[]} notSaved="The warning has not been signed off. Try again." />
      <h2 className="govuk-heading-l" id="warnings-heading">
        Warnings for staff safety
      </h2>
      {workspace.warnings.length === 0 && <p className="govuk-body">No warnings for staff safety are recorded on this family.</p>}
      {workspace.warnings.map((warning) => (
        <SummaryList
          key={warning.id}
          card={{
            title: { text: `${warning.personName}: ${labelOf(warning.warningTypeLabel, warning.warningType)}`, headingLevel: 3 },
            actions: writeNotes ? { items: [{ href: `${casePath}/warnings/${encodeURIComponent(warning.id)}/end`, text: 'End warning' }] } : undefined,
          }}
          rows={[
            ...warningRows(warning, today),
            ...(signOffWarnings && !warning.signedOff
              ? [{ key: { text: 'Manager' }, value: { html: <SignOffButton warning={warning} pending={signOff.isPending} onSignOff={handleSignOff} /> } }]
              : []),
          ]}
        />
      ))}
      <LoadingStatus text={signOff.isPending ? 'Signing off the warning' : ''} visuallyHidden />
      {writeNotes && <Button href={`${casePath}/warnings/new`} classes="govuk-button--secondary" text="Add a warning" />}
    </section>
  );
}
