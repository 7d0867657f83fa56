import { Button, Checkboxes, DateInput, ErrorMessage, Hint, LoadingStatus, PageHeading, Radios, ukDateOf, usePageTitle } from '@childfirst/ui';
import { agencies, agencyCodes, type Agency } from '@childfirst/domain/agencies';
import { consentPurposes, type ConsentPurpose } from '@childfirst/domain/cases';
import { useState, type FormEvent } from 'react';
import type { CaseWorkspace } from '../../api/casesTypes';
import { codeListItems } from '../../forms/CodeList';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, useReturnToCase } from '../cases/CaseActionPage';
import { codeAsWords } from '../people/personFormat';
import { consentErrorsFromApi, consentFields, validateConsent, wholeFamily, type ConsentFormValues } from './consentForm';
import { useRecordConsent } from './useConsent';

const title = 'Record consent';
const purposeItems = codeListItems(consentPurposes);

function RecordConsentForm({ workspace }: { workspace: CaseWorkspace }) {
  const returnToCase = useReturnToCase(workspace.id);
  const [values, setValues] = useState<ConsentFormValues>({ givenBy: '', purposes: {}, givenOn: { day: '', month: '', year: '' } });
  // One key for this form: sending it again after a failure records the consent once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const problems = useFormProblems();
  const record = useRecordConsent(workspace.id);
  const { errors, dateParts } = problems;
  usePageTitle(title, { hasErrors: problems.showsErrors });

  // Adults give consent for the family; the children are not asked here.
  const childIds = new Set(workspace.children.map((child) => child.personId));
  const adults = workspace.members.filter((member) => !childIds.has(member.personId));
  const current = new Set(workspace.consent.filter((consent) => consent.withdrawnAt === null).map((consent) => `${consent.agency}:${consent.purpose}`));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const now = new Date();
    const result = validateConsent(values, now, ukDateOf(now));
    if (result.errors) {
      problems.show(result.errors, result.dateParts);
      return;
    }
    problems.clear();
    record.mutate(
      { consent: result.consent, idempotencyKey },
      {
        onSuccess: () => returnToCase('Consent recorded'),
        onError: (error) => problems.showApiError(error, consentErrorsFromApi),
      },
    );
  }

  function setPurposes(agency: Agency, purposes: ConsentPurpose[]) {
    setValues((currentValues) => ({ ...currentValues, purposes: { ...currentValues.purposes, [agency]: purposes } }));
  }

  const scopesError = fieldError(errors, 'scopes');
  return (
    <>
      <FormErrorSummary problems={problems} fields={consentFields(dateParts)} notSaved="The consent has not been recorded. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <Radios
          name="givenBy"
          fieldset={{ legend: { text: 'Who gave consent?', classes: 'govuk-fieldset__legend--m' } }}
          value={values.givenBy}
          errorMessage={fieldError(errors, 'givenBy')}
          onChange={(givenBy) => setValues((currentValues) => ({ ...currentValues, givenBy }))}
          items={[
            ...adults.map((member) => ({ value: member.personId, text: member.name, hint: { text: codeAsWords(member.memberRole) } })),
            { value: wholeFamily, text: 'The whole family' },
          ]}
        />
        <div className={`govuk-form-group${scopesError ? ' govuk-form-group--error' : ''}`}>
          <h2 className="govuk-heading-m">What has the family agreed to?</h2>
          <Hint id="scopes-hint" text="Select what each agency may do. Leave an agency unticked if the family has not agreed to anything for it." />
          {scopesError && <ErrorMessage id="scopes-error" text={scopesError.text} />}
          {agencyCodes.map((agency) => (
            <Checkboxes<ConsentPurpose>
              key={agency}
              name={`scopes-${agency}`}
              fieldset={{ legend: { text: agencies[agency].label, classes: 'govuk-fieldset__legend--s' }, describedBy: scopesError ? 'scopes-hint scopes-error' : 'scopes-hint' }}
              classes="govuk-checkboxes--small"
              values={values.purposes[agency] ?? []}
              onChange={(purposes) => setPurposes(agency, purposes)}
              items={purposeItems.map((purpose) => ({
                ...purpose,
                ...(current.has(`${agency}:${purpose.value}`) ? { hint: { text: 'Consent already recorded' } } : {}),
              }))}
            />
          ))}
        </div>
        <DateInput
          id="givenOn"
          fieldset={{ legend: { text: 'When was consent given?', classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: 'For example, 27 3 2026' }}
          items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: values.givenOn[part], error: errors.givenOn !== undefined && dateParts.includes(part) }))}
          errorMessage={fieldError(errors, 'givenOn')}
          onChange={(part, value) => setValues((currentValues) => ({ ...currentValues, givenOn: { ...currentValues.givenOn, [part]: value } }))}
        />
        <Button disabled={record.isPending} text={record.isPending ? 'Recording consent…' : 'Record consent'} />
        <LoadingStatus text={record.isPending ? 'Recording the consent' : ''} visuallyHidden />
      </form>
    </>
  );
}

/** /cases/:caseId/consent/new */
export function RecordConsentPage() {
  return (
    <CaseActionPage title={title} permission="recordConsent" what="record consent on this case">
      {(workspace) => <RecordConsentForm workspace={workspace} />}
    </CaseActionPage>
  );
}
