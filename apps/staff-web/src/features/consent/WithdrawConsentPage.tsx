import { Button, Link, LoadingStatus, PageHeading, SummaryList, Textarea, WarningText, formatDate, usePageTitle } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { CaseWorkspace, ConsentRecord } from '../../api/casesTypes';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, casePath, useReturnToCase } from '../cases/CaseActionPage';
import { useReloadCase } from '../cases/useCaseChange';
import { labelOf } from '../people/personFormat';
import { consentPurposeText } from './ConsentSection';
import { validateConsentWithdrawal } from './consentForm';
import { useWithdrawConsent } from './useConsent';

const title = 'Withdraw consent';

function WithdrawConsentForm({ workspace, consent }: { workspace: CaseWorkspace; consent: ConsentRecord }) {
  const returnToCase = useReturnToCase(workspace.id);
  const reloadCase = useReloadCase(workspace.id);
  const [note, setNote] = useState('');
  const problems = useFormProblems();
  const withdraw = useWithdrawConsent(workspace.id);
  usePageTitle(title, { hasErrors: problems.showsErrors });
  const agency = labelOf(consent.agencyLabel, consent.agency);
  const purpose = consentPurposeText(consent);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (withdraw.isPending) return;
    const result = validateConsentWithdrawal(note);
    if (result.errors) {
      problems.show(result.errors);
      return;
    }
    problems.clear();
    withdraw.mutate(
      { consentId: consent.id, withdrawal: result.withdrawal },
      {
        onSuccess: () => returnToCase(`Consent withdrawn: ${agency} – ${purpose}`),
        onError: (error) => {
          const apiError = problems.showApiError(error);
          if (apiError.status === 409) reloadCase();
        },
      },
    );
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={[{ name: 'note', id: 'note' }]} notSaved="The consent has not been withdrawn. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <SummaryList
        rows={[
          { key: { text: 'Agency' }, value: { text: agency } },
          { key: { text: 'What the family agreed to' }, value: { text: purpose } },
          { key: { text: 'Given by' }, value: { text: consent.givenBy ?? 'The whole family' } },
          { key: { text: 'Given on' }, value: { text: formatDate(consent.givenAt) } },
        ]}
      />
      <WarningText>Staff from that agency lose access at once.</WarningText>
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <Textarea
          name="note"
          rows={3}
          label={{ text: 'Note (optional)', classes: 'govuk-label--s' }}
          hint={{ text: 'For example, who withdrew it and how they told you.' }}
          value={note}
          errorMessage={fieldError(problems.errors, 'note')}
          onChange={setNote}
        />
        <div className="govuk-button-group">
          <Button disabled={withdraw.isPending} classes="govuk-button--warning" text={withdraw.isPending ? 'Withdrawing consent…' : 'Withdraw consent'} />
          <Link className="govuk-link" href={casePath(workspace.id)}>
            Cancel
          </Link>
        </div>
        <LoadingStatus text={withdraw.isPending ? 'Withdrawing the consent' : ''} visuallyHidden />
      </form>
    </>
  );
}

function NoCurrentConsent() {
  usePageTitle(title);
  return (
    <>
      <PageHeading classes="govuk-heading-l">This consent has already been withdrawn</PageHeading>
      <p className="govuk-body">Go back to the case to see the consent the family has given.</p>
    </>
  );
}

/** The consent as it was when the page opened: the workspace the API answers with shows it withdrawn. */
function WithdrawConsent({ workspace, consentId }: { workspace: CaseWorkspace; consentId: string }) {
  const [opened] = useState(() => workspace.consent.find((candidate) => candidate.id === consentId && candidate.withdrawnAt === null));
  return opened ? <WithdrawConsentForm workspace={workspace} consent={opened} /> : <NoCurrentConsent />;
}

/** /cases/:caseId/consent/:consentId/withdraw: a confirmation step, because access is lost at once. */
export function WithdrawConsentPage() {
  const { consentId = '' } = useParams();
  return (
    <CaseActionPage title={title} permission="recordConsent" what="withdraw consent on this case">
      {(workspace) => <WithdrawConsent workspace={workspace} consentId={consentId} />}
    </CaseActionPage>
  );
}
