import { Button, DateInput, InsetText, LoadingStatus, PageHeading, Radios, Textarea, emptyDateParts, ukDateOf, usePageTitle } from '@childfirst/ui';
import { personToldAnswers, warningTypes } from '@childfirst/domain/cases';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseWorkspace } from '../../api/casesTypes';
import { CodeListRadios } from '../../forms/CodeList';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, useReturnToCase } from '../cases/CaseActionPage';
import { codeAsWords, labelOf } from '../people/personFormat';
import { useAddWarning } from './useWarnings';
import { notToldReasonId, validateWarning, warningFields, type WarningFormValues } from './warningForm';

const title = 'Add a warning for staff safety';

function AddWarningForm({ workspace, personId }: { workspace: CaseWorkspace; personId: string }) {
  const returnToCase = useReturnToCase(workspace.id);
  const [values, setValues] = useState<WarningFormValues>({
    personId: workspace.members.some((member) => member.personId === personId) ? personId : '',
    type: '',
    description: '',
    reviewOn: emptyDateParts,
    personTold: '',
    personNotToldReason: '',
  });
  // One key for this form: sending it again after a failure records the warning once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const problems = useFormProblems();
  const add = useAddWarning(workspace.id);
  const { errors, dateParts } = problems;
  usePageTitle(title, { hasErrors: problems.showsErrors });

  function update<Field extends keyof WarningFormValues>(field: Field, value: WarningFormValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const result = validateWarning(values, ukDateOf(new Date()));
    if (result.errors) {
      problems.show(result.errors, result.dateParts);
      return;
    }
    problems.clear();
    const about = workspace.members.find((member) => member.personId === result.personId)?.name ?? 'the person';
    add.mutate(
      { personId: result.personId, warning: result.warning, idempotencyKey },
      {
        onSuccess: (warning) =>
          returnToCase(`Warning added for ${about}: ${labelOf(warning.warningTypeLabel, warning.warningType)}. It shows as awaiting manager sign-off until a manager signs it off.`),
        onError: (error) => problems.showApiError(error),
      },
    );
  }

  const reason = (told: 'no' | 'not-yet') => (
    <Textarea
      id={notToldReasonId(told)}
      name="personNotToldReason"
      rows={3}
      label={{ text: 'Why has the person not been told?', classes: 'govuk-label--s' }}
      value={values.personNotToldReason}
      errorMessage={values.personTold === told ? fieldError(errors, 'personNotToldReason') : undefined}
      onChange={(value) => update('personNotToldReason', value)}
    />
  );

  return (
    <>
      <FormErrorSummary problems={problems} fields={warningFields(values, dateParts)} notSaved="The warning has not been added. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <InsetText>The warning shows to everyone who opens the person’s record or the case, at once. It is marked ‘Awaiting manager sign-off’ until a manager signs it off.</InsetText>
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <Radios
          name="personId"
          fieldset={{ legend: { text: 'Who is the warning about?', classes: 'govuk-fieldset__legend--m' } }}
          value={values.personId}
          errorMessage={fieldError(errors, 'personId')}
          onChange={(value) => update('personId', value)}
          items={workspace.members.map((member) => ({ value: member.personId, text: member.name, hint: { text: codeAsWords(member.memberRole) } }))}
        />
        <CodeListRadios
          name="type"
          codes={warningTypes}
          fieldset={{ legend: { text: 'What is the risk?', classes: 'govuk-fieldset__legend--m' } }}
          value={values.type}
          errorMessage={fieldError(errors, 'type')}
          onChange={(value) => update('type', value)}
        />
        <Textarea
          name="description"
          rows={5}
          label={{ text: 'What happened, and what should staff do?', classes: 'govuk-label--m' }}
          hint={{ text: 'Say what happened and when, so the warning can be justified when it is reviewed. At least 10 characters.' }}
          value={values.description}
          errorMessage={fieldError(errors, 'description')}
          onChange={(value) => update('description', value)}
        />
        <DateInput
          id="reviewOn"
          fieldset={{ legend: { text: 'When should the warning be reviewed?', classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: 'For example, 30 9 2026' }}
          items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: values.reviewOn[part], error: errors.reviewOn !== undefined && dateParts.includes(part) }))}
          errorMessage={fieldError(errors, 'reviewOn')}
          onChange={(part, value) => update('reviewOn', { ...values.reviewOn, [part]: value })}
        />
        <CodeListRadios
          name="personTold"
          codes={personToldAnswers}
          fieldset={{ legend: { text: 'Has the person been told about the warning?', classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: 'Tell them unless telling them would itself put someone at risk.' }}
          value={values.personTold}
          errorMessage={fieldError(errors, 'personTold')}
          onChange={(value) => update('personTold', value)}
          conditionals={{ no: reason('no'), 'not-yet': reason('not-yet') }}
        />
        <Button disabled={add.isPending} text={add.isPending ? 'Adding the warning…' : 'Add the warning'} />
        <LoadingStatus text={add.isPending ? 'Adding the warning' : ''} visuallyHidden />
      </form>
    </>
  );
}

/** /cases/:caseId/warnings/new?personId=…: a staff-safety warning on a member of the family. */
export function AddWarningPage() {
  const [searchParams] = useSearchParams();
  return (
    <CaseActionPage title={title} permission="writeNotes" what="add a warning on this case">
      {(workspace) => <AddWarningForm workspace={workspace} personId={searchParams.get('personId') ?? ''} />}
    </CaseActionPage>
  );
}
