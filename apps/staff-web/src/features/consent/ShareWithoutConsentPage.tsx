import { Button, LoadingStatus, PageHeading, Textarea, WarningText, usePageTitle } from '@childfirst/ui';
import { agencies } from '@childfirst/domain/agencies';
import { legalBases } from '@childfirst/domain/cases';
import { useState, type FormEvent } from 'react';
import type { CaseWorkspace } from '../../api/casesTypes';
import { CodeListRadios } from '../../forms/CodeList';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, useReturnToCase } from '../cases/CaseActionPage';
import { consentOverrideFields, validateConsentOverride, type ConsentOverrideFormValues } from './consentForm';
import { useRecordConsentOverride } from './useConsent';

const title = 'Share without consent';

function ShareWithoutConsentForm({ workspace }: { workspace: CaseWorkspace }) {
  const returnToCase = useReturnToCase(workspace.id);
  const [values, setValues] = useState<ConsentOverrideFormValues>({ agency: '', legalBasis: '', reason: '' });
  const problems = useFormProblems();
  const record = useRecordConsentOverride(workspace.id);
  usePageTitle(title, { hasErrors: problems.showsErrors });

  function update<Field extends keyof ConsentOverrideFormValues>(field: Field, value: ConsentOverrideFormValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const result = validateConsentOverride(values);
    if (result.errors) {
      problems.show(result.errors);
      return;
    }
    problems.clear();
    record.mutate(result.override, {
      onSuccess: () => returnToCase(`Sharing with ${agencies[result.override.agency].label} without consent recorded`),
      onError: (error) => problems.showApiError(error),
    });
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={consentOverrideFields} notSaved="Nothing has been shared. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <p className="govuk-body">
        Share the family’s information with an agency they have not agreed to only when the law allows it, for example to keep a child safe. Staff
        from the agency can see the case as soon as you record it.
      </p>
      <WarningText>This is recorded with your name and reason, and reviewed by the data protection officer.</WarningText>
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <CodeListRadios
          name="agency"
          codes={agencies}
          fieldset={{ legend: { text: 'Which agency needs the information?', classes: 'govuk-fieldset__legend--m' } }}
          value={values.agency}
          errorMessage={fieldError(problems.errors, 'agency')}
          onChange={(value) => update('agency', value)}
        />
        <CodeListRadios
          name="legalBasis"
          codes={legalBases}
          fieldset={{ legend: { text: 'What is the legal basis for sharing?', classes: 'govuk-fieldset__legend--m' } }}
          value={values.legalBasis}
          errorMessage={fieldError(problems.errors, 'legalBasis')}
          onChange={(value) => update('legalBasis', value)}
        />
        <Textarea
          name="reason"
          rows={5}
          label={{ text: 'Why must the information be shared without consent?', classes: 'govuk-label--m' }}
          hint={{ text: 'Be specific: the family may later ask why. At least 20 characters.' }}
          value={values.reason}
          errorMessage={fieldError(problems.errors, 'reason')}
          onChange={(value) => update('reason', value)}
        />
        <Button disabled={record.isPending} classes="govuk-button--warning" text={record.isPending ? 'Recording…' : 'Share without consent'} />
        <LoadingStatus text={record.isPending ? 'Recording sharing without consent' : ''} visuallyHidden />
      </form>
    </>
  );
}

/** /cases/:caseId/consent-overrides/new */
export function ShareWithoutConsentPage() {
  return (
    <CaseActionPage title={title} permission="overrideConsent" what="share this family’s information without consent">
      {(workspace) => <ShareWithoutConsentForm workspace={workspace} />}
    </CaseActionPage>
  );
}
