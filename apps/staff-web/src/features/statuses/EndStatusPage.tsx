import { Button, DateInput, Link, LoadingStatus, PageHeading, SummaryList, emptyDateParts, formatDate, ukDateOf, usePageTitle } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { CaseChild, CaseStatusView, CaseWorkspace } from '../../api/casesTypes';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, casePath, useReturnToCase } from '../cases/CaseActionPage';
import { useReloadCase } from '../cases/useCaseChange';
import { statusText } from '../people/StatusTags';
import { validateCaseStatusEnd } from './statusForm';
import { useEndCaseStatus } from './useStatuses';

const title = 'End a status';

function EndStatusForm({ workspace, child, status }: { workspace: CaseWorkspace; child: CaseChild; status: CaseStatusView }) {
  const returnToCase = useReturnToCase(workspace.id);
  const reloadCase = useReloadCase(workspace.id);
  const [endedOn, setEndedOn] = useState(emptyDateParts);
  const problems = useFormProblems();
  const end = useEndCaseStatus(workspace.id);
  const { errors, dateParts } = problems;
  usePageTitle(title, { hasErrors: problems.showsErrors });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (end.isPending) return;
    const result = validateCaseStatusEnd(endedOn, status.startedOn, ukDateOf(new Date()));
    if (result.errors) {
      problems.show(result.errors, result.dateParts);
      return;
    }
    problems.clear();
    end.mutate(
      { statusId: status.id, personId: child.personId, endedOn: result.endedOn },
      {
        onSuccess: () => returnToCase(`${statusText(status)} ended for ${child.name}`),
        onError: (error) => {
          const apiError = problems.showApiError(error);
          if (apiError.status === 409) reloadCase();
        },
      },
    );
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={[{ name: 'endedOn', id: `endedOn-${dateParts[0] ?? 'day'}` }]} notSaved="The status has not been ended. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <SummaryList
        rows={[
          { key: { text: 'Child' }, value: { text: child.name } },
          { key: { text: 'Status' }, value: { text: statusText(status) } },
          { key: { text: 'Started' }, value: { text: formatDate(status.startedOn) } },
        ]}
      />
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <DateInput
          id="endedOn"
          fieldset={{ legend: { text: 'When did it end?', classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: 'For example, 17 2 2026' }}
          items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: endedOn[part], error: errors.endedOn !== undefined && dateParts.includes(part) }))}
          errorMessage={fieldError(errors, 'endedOn')}
          onChange={(part, value) => setEndedOn((current) => ({ ...current, [part]: value }))}
        />
        <div className="govuk-button-group">
          <Button disabled={end.isPending} text={end.isPending ? 'Ending the status…' : 'End the status'} />
          <Link className="govuk-link" href={casePath(workspace.id)}>
            Cancel
          </Link>
        </div>
        <LoadingStatus text={end.isPending ? 'Ending the status' : ''} visuallyHidden />
      </form>
    </>
  );
}

function StatusNotCurrent() {
  usePageTitle(title);
  return (
    <>
      <PageHeading classes="govuk-heading-l">This status has already ended</PageHeading>
      <p className="govuk-body">Go back to the case to see the children’s statuses now.</p>
    </>
  );
}

/** The status as it was when the page opened: the workspace the API answers with no longer lists it. */
function EndStatus({ workspace, statusId }: { workspace: CaseWorkspace; statusId: string }) {
  const [opened] = useState(() => {
    const child = workspace.children.find((candidate) => candidate.statuses.some((status) => status.id === statusId));
    const status = child?.statuses.find((candidate) => candidate.id === statusId);
    return child && status ? { child, status } : null;
  });
  return opened ? <EndStatusForm workspace={workspace} child={opened.child} status={opened.status} /> : <StatusNotCurrent />;
}

/** /cases/:caseId/statuses/:statusId/end */
export function EndStatusPage() {
  const { statusId = '' } = useParams();
  return (
    <CaseActionPage title={title} permission="recordStatus" what="end statuses on this case">
      {(workspace) => <EndStatus workspace={workspace} statusId={statusId} />}
    </CaseActionPage>
  );
}
