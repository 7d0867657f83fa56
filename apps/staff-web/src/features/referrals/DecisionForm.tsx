import { triageDecisionSchema, triageOutcomeLabels, triageOutcomes, type ReferralDetail, type TriageOutcome } from '@childfirst/domain/referrals';
import {
  ApiError,
  Button,
  ErrorSummary,
  LoadingStatus,
  Radios,
  Textarea,
  errorSummaryItems,
  fieldErrorsFromIssues,
  hasFieldErrors,
  type FieldErrors,
} from '@childfirst/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useDecideReferral } from './useDecideReferral';

export interface DecisionFormProps {
  referral: ReferralDetail;
  onDecided: (referral: ReferralDetail) => void;
  /** The referral was decided or changed by someone else meanwhile (409): the page shows why and reloads it. */
  onConflict: (error: ApiError) => void;
  /** Lets the page put "Error: " in its title while the form shows errors. */
  onErrorsShown?: (shown: boolean) => void;
  /** Where the error summary goes: the top of the page's main content, as GOV.UK asks. Inline if not given. */
  errorSummaryContainer?: HTMLElement | null;
}

const decisionFields = [{ name: 'outcome' }, { name: 'reason' }] as const;

export function DecisionForm({ referral, onDecided, onConflict, onErrorsShown, errorSummaryContainer }: DecisionFormProps) {
  const [outcome, setOutcome] = useState<TriageOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const decide = useDecideReferral({ onDecided });

  const showsErrors = hasFieldErrors(errors) || problem !== null;
  useEffect(() => onErrorsShown?.(showsErrors), [showsErrors, onErrorsShown]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decide.isPending) return;
    const result = triageDecisionSchema.safeParse({ outcome: outcome || undefined, reason });
    setProblem(null);
    if (!result.success) {
      setErrors(fieldErrorsFromIssues(result.error.issues));
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    decide.mutate(
      { id: referral.id, decision: result.data, version: referral.version },
      {
        onError: (error) => {
          const apiError = error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
          if (apiError.status === 409) {
            onConflict(apiError);
            return;
          }
          if (apiError.hasFieldErrors) setErrors(apiError.fieldErrors);
          else setProblem(apiError);
          setAttempt((count) => count + 1);
        },
      },
    );
  }

  const errorSummary = showsErrors && (
    <ErrorSummary
      key={attempt}
      titleText={problem ? problem.problem.title : 'There is a problem'}
      descriptionText={problem ? (problem.problem.detail ?? 'The decision has not been recorded. Try again.') : undefined}
      errorList={errorSummaryItems(errors, decisionFields)}
    />
  );

  return (
    <>
      {errorSummaryContainer ? errorSummary && createPortal(errorSummary, errorSummaryContainer) : errorSummary}
      <form noValidate onSubmit={handleSubmit}>
        <h2 className="govuk-heading-m">Decide this referral</h2>
        <Radios<TriageOutcome>
          name="outcome"
          fieldset={{ legend: { text: 'What is your decision?', classes: 'govuk-fieldset__legend--s' } }}
          value={outcome}
          errorMessage={errors.outcome ? { text: errors.outcome } : undefined}
          onChange={setOutcome}
          items={triageOutcomes.map((value) => ({ value, text: triageOutcomeLabels[value] }))}
        />
        <Textarea
          name="reason"
          rows={5}
          label={{ text: 'Reason for the decision', classes: 'govuk-label--s' }}
          hint={{ text: 'This is kept on the referral record. The family does not see it in the family portal.' }}
          value={reason}
          errorMessage={errors.reason ? { text: errors.reason } : undefined}
          onChange={setReason}
        />
        <Button disabled={decide.isPending} text={decide.isPending ? 'Recording decision…' : 'Record decision'} />
        <LoadingStatus text={decide.isPending ? 'Recording the decision' : ''} visuallyHidden />
      </form>
    </>
  );
}
