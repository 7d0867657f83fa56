import { Button, DateInput, LoadingStatus, PageHeading, Radios, usePageTitle } from '@childfirst/ui';
import { caseStatusTypes, childProtectionCategories, lookedAfterLegalStatuses } from '@childfirst/domain/cases';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseWorkspace } from '../../api/casesTypes';
import { CodeListRadios, CodeListSelect } from '../../forms/CodeList';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, useReturnToCase } from '../cases/CaseActionPage';
import { formatOptionalDate } from '../people/personFormat';
import { caseStatusFields, validateCaseStatus, type CaseStatusFormValues } from './statusForm';
import { useRecordCaseStatus } from './useStatuses';

const title = 'Record a status';

function RecordStatusForm({ workspace, personId }: { workspace: CaseWorkspace; personId: string }) {
  const returnToCase = useReturnToCase(workspace.id);
  const [values, setValues] = useState<CaseStatusFormValues>({
    personId: workspace.children.some((child) => child.personId === personId) ? personId : '',
    statusType: '',
    category: '',
    legalStatus: '',
    startedOn: { day: '', month: '', year: '' },
  });
  const problems = useFormProblems();
  const record = useRecordCaseStatus(workspace.id);
  const { errors, dateParts } = problems;
  usePageTitle(title, { hasErrors: problems.showsErrors });

  function update<Field extends keyof CaseStatusFormValues>(field: Field, value: CaseStatusFormValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const result = validateCaseStatus(values);
    if (result.errors) {
      problems.show(result.errors, result.dateParts);
      return;
    }
    problems.clear();
    const { status } = result;
    const child = workspace.children.find((candidate) => candidate.personId === status.personId)?.name ?? 'the child';
    record.mutate(status, {
      onSuccess: () => returnToCase(`${caseStatusTypes[status.statusType].label} recorded for ${child}`),
      onError: (error) => problems.showApiError(error),
    });
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={caseStatusFields(dateParts)} notSaved="The status has not been recorded. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <Radios
          name="personId"
          fieldset={{ legend: { text: 'Which child?', classes: 'govuk-fieldset__legend--m' } }}
          value={values.personId}
          errorMessage={fieldError(errors, 'personId')}
          onChange={(value) => update('personId', value)}
          items={workspace.children.map((child) => ({ value: child.personId, text: child.name, hint: { text: `Born ${formatOptionalDate(child.dateOfBirth)}` } }))}
        />
        <CodeListRadios
          name="statusType"
          codes={caseStatusTypes}
          fieldset={{ legend: { text: 'Status', classes: 'govuk-fieldset__legend--m' } }}
          value={values.statusType}
          errorMessage={fieldError(errors, 'statusType')}
          onChange={(value) => update('statusType', value)}
          conditionals={{
            'child-protection-plan': (
              <CodeListRadios
                name="category"
                codes={childProtectionCategories}
                fieldset={{ legend: { text: 'Category of abuse or neglect', classes: 'govuk-fieldset__legend--s' } }}
                hint={{ text: 'As the child protection conference decided it.' }}
                classes="govuk-radios--small"
                value={values.category}
                errorMessage={fieldError(errors, 'category')}
                onChange={(value) => update('category', value)}
              />
            ),
            'looked-after': (
              <CodeListSelect
                name="legalStatus"
                codes={lookedAfterLegalStatuses}
                textOf={(code, label) => `${code} – ${label}`}
                emptyOption="Choose the legal status"
                label={{ text: 'Legal status', classes: 'govuk-label--s' }}
                value={values.legalStatus}
                errorMessage={fieldError(errors, 'legalStatus')}
                onChange={(value) => update('legalStatus', value)}
              />
            ),
          }}
        />
        <DateInput
          id="startedOn"
          fieldset={{ legend: { text: 'When did it start?', classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: 'For example, 3 11 2025' }}
          items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: values.startedOn[part], error: errors.startedOn !== undefined && dateParts.includes(part) }))}
          errorMessage={fieldError(errors, 'startedOn')}
          onChange={(part, value) => update('startedOn', { ...values.startedOn, [part]: value })}
        />
        <Button disabled={record.isPending} text={record.isPending ? 'Recording the status…' : 'Record the status'} />
        <LoadingStatus text={record.isPending ? 'Recording the status' : ''} visuallyHidden />
      </form>
    </>
  );
}

/** /cases/:caseId/statuses/new?personId=… */
export function RecordStatusPage() {
  const [searchParams] = useSearchParams();
  return (
    <CaseActionPage title={title} permission="recordStatus" what="record statuses on this case">
      {(workspace) => <RecordStatusForm workspace={workspace} personId={searchParams.get('personId') ?? ''} />}
    </CaseActionPage>
  );
}
