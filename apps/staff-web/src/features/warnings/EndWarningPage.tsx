import { Button, Link, LoadingStatus, PageHeading, SummaryList, Textarea, formatDate, usePageTitle } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { CaseWarning, CaseWorkspace } from '../../api/casesTypes';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, casePath, useReturnToCase } from '../cases/CaseActionPage';
import { useReloadCase } from '../cases/useCaseChange';
import { labelOf } from '../people/personFormat';
import { useEndWarning } from './useWarnings';
import { validateWarningEnd } from './warningForm';

const title = 'End a warning';

function EndWarningForm({ workspace, warning }: { workspace: CaseWorkspace; warning: CaseWarning }) {
  const returnToCase = useReturnToCase(workspace.id);
  const reloadCase = useReloadCase(workspace.id);
  const [reason, setReason] = useState('');
  const problems = useFormProblems();
  const end = useEndWarning(workspace.id);
  usePageTitle(title, { hasErrors: problems.showsErrors });
  const warningName = `${labelOf(warning.warningTypeLabel, warning.warningType)} for ${warning.personName}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (end.isPending) return;
    const result = validateWarningEnd(warning.version, reason);
    if (result.errors) {
      problems.show(result.errors);
      return;
    }
    problems.clear();
    end.mutate(
      { warningId: warning.id, personId: warning.personId, version: warning.version, reason: result.reason },
      {
        onSuccess: () => returnToCase(`Warning ended: ${warningName}`),
        onError: (error) => {
          const apiError = problems.showApiError(error);
          // Changed by someone else meanwhile: show the warning as it is now, then they can try again.
          if (apiError.status === 409) reloadCase();
        },
      },
    );
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={[{ name: 'reason', id: 'reason' }]} notSaved="The warning has not been ended. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <SummaryList
        rows={[
          { key: { text: 'About' }, value: { text: warning.personName } },
          { key: { text: 'Risk' }, value: { text: labelOf(warning.warningTypeLabel, warning.warningType) } },
          { key: { text: 'What happened' }, value: { html: <span className="childfirst-preserve-lines">{warning.description}</span> } },
          { key: { text: 'Review by' }, value: { text: formatDate(warning.reviewOn) } },
        ]}
      />
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <Textarea
          name="reason"
          rows={4}
          label={{ text: 'Why does the warning no longer apply?', classes: 'govuk-label--m' }}
          hint={{ text: 'The reason is kept with the warning. At least 10 characters.' }}
          value={reason}
          errorMessage={fieldError(problems.errors, 'reason')}
          onChange={setReason}
        />
        <div className="govuk-button-group">
          <Button disabled={end.isPending} classes="govuk-button--warning" text={end.isPending ? 'Ending the warning…' : 'End the warning'} />
          <Link className="govuk-link" href={casePath(workspace.id)}>
            Cancel
          </Link>
        </div>
        <LoadingStatus text={end.isPending ? 'Ending the warning' : ''} visuallyHidden />
      </form>
    </>
  );
}

function WarningNotInForce() {
  usePageTitle(title);
  return (
    <>
      <PageHeading classes="govuk-heading-l">This warning is no longer in force</PageHeading>
      <p className="govuk-body">It may have been ended already. Go back to the case to see its warnings.</p>
    </>
  );
}

/** /cases/:caseId/warnings/:warningId/end */
export function EndWarningPage() {
  const { warningId = '' } = useParams();
  return (
    <CaseActionPage title={title} permission="writeNotes" what="end warnings on this case">
      {(workspace) => {
        const warning = workspace.warnings.find((candidate) => candidate.id === warningId);
        return warning ? <EndWarningForm workspace={workspace} warning={warning} /> : <WarningNotInForce />;
      }}
    </CaseActionPage>
  );
}
