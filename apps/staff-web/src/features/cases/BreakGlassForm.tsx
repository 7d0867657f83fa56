import { ApiError, Button, ErrorSummary, LoadingStatus, PageHeading, Textarea, WarningText, usePageTitle } from '@childfirst/ui';
import { breakGlassRequestSchema } from '@childfirst/domain/casework';
import { useState, type FormEvent } from 'react';
import type { BreakGlassAccess } from '../../api/casesTypes';
import { useRequestBreakGlass } from './useCase';

/** As the API's breakGlassRequestSchema requires. */
export const breakGlassReasonMinLength = 20;

export interface BreakGlassFormProps {
  caseId: string;
  /** The API's explanation of why the case is not open to this person. */
  refusal: ApiError;
  onGranted: (access: BreakGlassAccess) => void;
}

/**
 * Emergency ("break-glass") access: the person has no relationship to the family, but may need the
 * case now, for example to keep a child safe out of hours. The reason is recorded and reviewed.
 */
export function BreakGlassForm({ caseId, refusal, onGranted }: BreakGlassFormProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const request = useRequestBreakGlass(caseId);
  usePageTitle('You do not have access to this case', { hasErrors: error !== null || problem !== null });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    setProblem(null);
    // The API's own schema, so the person sees the same message before and after sending.
    const result = breakGlassRequestSchema.safeParse({ reason });
    if (!result.success) {
      setError(result.error.issues[0]?.message ?? 'Give the reason in at least 20 characters');
      setAttempt((count) => count + 1);
      return;
    }
    setError(null);
    request.mutate(result.data.reason, {
      onSuccess: onGranted,
      onError: (failure) => {
        const apiError = failure instanceof ApiError ? failure : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
        // Access was given meanwhile (by a grant or a new relationship): the case is being reloaded.
        if (apiError.status === 409) return;
        if (apiError.fieldErrors.reason) setError(apiError.fieldErrors.reason);
        else setProblem(apiError);
        setAttempt((count) => count + 1);
      },
    });
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {(error || problem) && (
          <ErrorSummary
            key={attempt}
            titleText={problem ? problem.problem.title : 'There is a problem'}
            descriptionText={problem?.problem.detail}
            errorList={error ? [{ text: error, href: '#reason' }] : []}
          />
        )}
        <PageHeading classes="govuk-heading-l">You do not have access to this case</PageHeading>
        {refusal.problem.detail && <p className="govuk-body">{refusal.problem.detail}</p>}
        <p className="govuk-body">
          A case is open to the people working with the family. In an emergency, for example to keep a child safe when the key worker cannot be
          reached, you can still see it.
        </p>
        <WarningText>Your reason, and everything you look at, is recorded. Your team manager and the data protection officer will review it.</WarningText>
        <form noValidate onSubmit={handleSubmit}>
          <Textarea
            name="reason"
            rows={5}
            label={{ text: 'Give a reason to see this case in an emergency', classes: 'govuk-label--m' }}
            hint={{ text: `Say what the emergency is and why it cannot wait for the key worker. At least ${breakGlassReasonMinLength} characters.` }}
            value={reason}
            errorMessage={error ? { text: error } : undefined}
            onChange={setReason}
          />
          <Button classes="govuk-button--warning" disabled={request.isPending} text={request.isPending ? 'Opening the case…' : 'See this case in an emergency'} />
          <LoadingStatus text={request.isPending ? 'Recording your reason' : ''} visuallyHidden />
        </form>
      </div>
    </div>
  );
}
