import type { ApiError } from '@childfirst/ui';
import { useEffect, type ReactNode } from 'react';
import { asApiError, type FormProblems } from '../../forms/formProblems';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';

/** What every form on the referral page is given by the page. */
export interface ReferralFormProps {
  referral: FrontDoorReferral;
  /** The referral was changed or decided by someone else meanwhile (409): the page says why and reloads it. */
  onConflict: (error: ApiError) => void;
  /** Lets the page put "Error: " in its title while the form shows errors. */
  onErrorsShown?: (shown: boolean) => void;
  /** Where the error summary goes: the top of the page's main content, as GOV.UK asks. Inline if not given. */
  errorSummaryContainer?: HTMLElement | null;
}

/** Tells the page whether the form shows errors, for its title. */
export function useErrorsShown(problems: FormProblems, onErrorsShown?: (shown: boolean) => void) {
  const shown = problems.showsErrors;
  useEffect(() => onErrorsShown?.(shown), [shown, onErrorsShown]);
  useEffect(() => () => onErrorsShown?.(false), [onErrorsShown]);
}

/**
 * A change refused because the referral moved on (409) goes to the page, which reloads it; any
 * other refusal is shown on the form, on its fields where the API named them.
 */
export function handleReferralError(error: unknown, problems: FormProblems, onConflict: (error: ApiError) => void, mapFields?: (errors: Record<string, string>) => Record<string, string>) {
  const apiError = asApiError(error);
  if (apiError.status === 409) {
    problems.clear();
    onConflict(apiError);
    return;
  }
  problems.showApiError(apiError, mapFields);
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
