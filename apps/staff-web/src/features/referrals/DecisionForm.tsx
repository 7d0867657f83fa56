import {
  triageDecisionV2Schema,
  triageOutcomeConsequences,
  triageOutcomeLabels,
  triageOutcomes,
  type TriageDecisionV2,
  type TriageOutcome,
} from '@childfirst/domain/referrals';
import { Button, Input, LoadingStatus, Radios, Textarea, fieldErrorsFromIssues, type FieldErrors } from '@childfirst/ui';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';
import type { Practitioner } from '../../api/casesTypes';
import { ErrorSummaryAtTop, asApiError, fieldError, useFormProblems } from '../../forms/formProblems';
import { ResultChoice } from '../../forms/ResultChoice';
import { usePractitionerSearch } from '../cases/useCase';
import { practitionerDescription } from '../people/personFormat';
import { decisionClockStateAt } from './liveClock';
import { handleReferralError, useErrorsShown, type ReferralFormProps } from './referralForms';
import { useDecideReferral } from './useDecideReferral';

export interface DecisionFormProps extends ReferralFormProps {
  onDecided: (referral: FrontDoorReferral) => void;
  /** The time now (useNow): once the decision is overdue, the form asks why it is late. */
  now: number;
}

export interface DecisionFormValues {
  outcome: TriageOutcome | '';
  reason: string;
  keyWorkerPractitionerId: string;
  signpostServices: string;
  lateReason: string;
}

/**
 * The decision as the API takes it (triageDecisionV2Schema): the key worker only for early help,
 * the services only for signposting, whatever was typed under another outcome before it changed;
 * why it is late only once it is (`late`), when the API requires it.
 */
export function validateDecision(values: DecisionFormValues, late: boolean): { decision: TriageDecisionV2; errors?: undefined } | { decision?: undefined; errors: FieldErrors } {
  const result = triageDecisionV2Schema.safeParse({
    outcome: values.outcome || undefined,
    reason: values.reason,
    ...(values.outcome === 'early-help' && values.keyWorkerPractitionerId ? { keyWorkerPractitionerId: values.keyWorkerPractitionerId } : {}),
    ...(values.outcome === 'signpost-universal-services' && values.signpostServices.trim() ? { signpostServices: values.signpostServices } : {}),
    ...(late ? { lateReason: values.lateReason } : {}),
  });
  return result.success ? { decision: result.data } : { errors: fieldErrorsFromIssues(result.error.issues) };
}

/** What happens next, under each outcome. */
function consequenceHint(outcome: TriageOutcome): string {
  const consequence = triageOutcomeConsequences[outcome];
  const family = consequence.tellFamilyAutomatically ? '' : ' The family is not told automatically: a social worker decides when it is safe to tell them.';
  return `The referrer is told: “${consequence.forReferrer}”${family}`;
}

function KeyWorkerChoice({ name, selected, error, onSelect }: { name: string; selected: string; error?: string; onSelect: (id: string) => void }) {
  const practitioners = usePractitionerSearch(name);
  return (
    <ResultChoice
      results={practitioners}
      name="keyWorkerPractitionerId"
      legend={(count) => `Choose the key worker (${count} found)`}
      loadingText="Finding practitioners"
      noneFound={`No practitioners called ‘${name}’ were found. Check the spelling or search for their last name only.`}
      itemOf={(practitioner: Practitioner) => ({
        value: practitioner.id,
        text: practitioner.name,
        hint: { text: practitionerDescription(practitioner) },
      })}
      selected={selected}
      error={error}
      onSelect={onSelect}
    />
  );
}

export function DecisionForm({ referral, now, onDecided, onConflict, onErrorsShown, errorSummaryContainer }: DecisionFormProps) {
  const [values, setValues] = useState<DecisionFormValues>({ outcome: '', reason: '', keyWorkerPractitionerId: '', signpostServices: '', lateReason: '' });
  // Asked once the clock here says overdue, or the API said so (a device clock can run behind);
  // once asked, it stays asked.
  const [apiSaysLate, setApiSaysLate] = useState(false);
  const late = apiSaysLate || decisionClockStateAt(referral, now) === 'overdue';
  const [nameTyped, setNameTyped] = useState('');
  const [searchedName, setSearchedName] = useState('');
  const practitioners = usePractitionerSearch(searchedName);
  const problems = useFormProblems();
  useErrorsShown(problems, onErrorsShown);
  const decide = useDecideReferral({ onDecided });

  function update<Field extends keyof DecisionFormValues>(field: Field, value: DecisionFormValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function searchKeyWorker() {
    const name = nameTyped.trim();
    if (name.length < 2) {
      problems.show({ keyWorkerName: 'Enter at least 2 letters of the key worker’s name' });
      return;
    }
    problems.clear();
    update('keyWorkerPractitionerId', '');
    setSearchedName(name);
  }

  // The search sits inside the decision form: Enter in its box searches rather than records the decision.
  function handleSearchKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' && (event.target as HTMLElement).id === 'keyWorkerName') {
      event.preventDefault();
      searchKeyWorker();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decide.isPending) return;
    const result = validateDecision(values, late);
    if (result.errors) {
      problems.show(result.errors);
      return;
    }
    problems.clear();
    decide.mutate(
      { id: referral.id, decision: result.decision, version: referral.version },
      {
        onError: (error) => {
          if (asApiError(error).fieldErrors.lateReason) setApiSaysLate(true);
          handleReferralError(error, problems, onConflict);
        },
      },
    );
  }

  const resultsShown = searchedName !== '' && (practitioners.data?.length ?? 0) > 0;
  const fields = [
    { name: 'outcome' },
    { name: 'keyWorkerName' },
    // Until there are results to choose from, "choose the key worker" takes the person to the search box.
    { name: 'keyWorkerPractitionerId', id: resultsShown ? 'keyWorkerPractitionerId' : 'keyWorkerName' },
    { name: 'signpostServices' },
    { name: 'reason' },
    { name: 'lateReason' },
  ];
  const keyWorkerError = problems.errors.keyWorkerName ?? (resultsShown ? undefined : problems.errors.keyWorkerPractitionerId);

  const keyWorkerQuestion = (
    <div onKeyDown={handleSearchKey}>
      <Input
        name="keyWorkerName"
        label={{ text: 'Find the key worker by name', classes: 'govuk-label--s' }}
        hint={{ text: 'Practitioners from every agency are found. The key worker offers the family early help.' }}
        autocomplete="off"
        spellcheck={false}
        value={nameTyped}
        errorMessage={keyWorkerError ? { text: keyWorkerError } : undefined}
        onChange={setNameTyped}
      />
      <Button type="button" classes="govuk-button--secondary" text="Find key worker" onClick={searchKeyWorker} />
      {searchedName && (
        <KeyWorkerChoice
          name={searchedName}
          selected={values.keyWorkerPractitionerId}
          error={resultsShown ? problems.errors.keyWorkerPractitionerId : undefined}
          onSelect={(id) => update('keyWorkerPractitionerId', id)}
        />
      )}
    </div>
  );

  const signpostQuestion = (
    <Textarea
      name="signpostServices"
      rows={4}
      label={{ text: 'Which services is the family being signposted to?', classes: 'govuk-label--s' }}
      hint={{ text: 'For example, the parenting course at the family centre, or the school nurse drop-in. The family is sent these details.' }}
      value={values.signpostServices}
      errorMessage={fieldError(problems.errors, 'signpostServices')}
      onChange={(services) => update('signpostServices', services)}
    />
  );

  return (
    <>
      <ErrorSummaryAtTop container={errorSummaryContainer} problems={problems} fields={fields} notSaved="The decision has not been recorded. Try again." />
      <form noValidate onSubmit={handleSubmit} aria-labelledby="decision-heading">
        <h2 className="govuk-heading-l" id="decision-heading">
          Decide this referral
        </h2>
        <Radios<TriageOutcome>
          name="outcome"
          fieldset={{ legend: { text: 'What is your decision?', classes: 'govuk-fieldset__legend--m' } }}
          value={values.outcome}
          errorMessage={fieldError(problems.errors, 'outcome')}
          onChange={(outcome) => update('outcome', outcome)}
          items={triageOutcomes.map((value) => ({
            value,
            text: triageOutcomeLabels[value],
            hint: { text: consequenceHint(value) },
            ...(value === 'early-help' ? { conditional: { html: keyWorkerQuestion } } : {}),
            ...(value === 'signpost-universal-services' ? { conditional: { html: signpostQuestion } } : {}),
          }))}
        />
        <Textarea
          name="reason"
          rows={5}
          label={{ text: 'Reason for the decision', classes: 'govuk-label--m' }}
          hint={{ text: 'This is kept on the referral record. The family does not see it in the family portal.' }}
          value={values.reason}
          errorMessage={fieldError(problems.errors, 'reason')}
          onChange={(reason) => update('reason', reason)}
        />
        {late && (
          <Textarea
            name="lateReason"
            rows={3}
            label={{ text: 'Why is the decision late?', classes: 'govuk-label--m' }}
            hint={{ text: 'The decision was due within one working day. The reason is kept with the missed deadline and reported.' }}
            value={values.lateReason}
            errorMessage={fieldError(problems.errors, 'lateReason')}
            onChange={(lateReason) => update('lateReason', lateReason)}
          />
        )}
        <Button disabled={decide.isPending} text={decide.isPending ? 'Recording decision…' : 'Record decision'} />
        <LoadingStatus text={decide.isPending ? 'Recording the decision' : ''} visuallyHidden />
      </form>
    </>
  );
}
