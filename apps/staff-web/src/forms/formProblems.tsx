import { ApiError, ErrorSummary, errorSummaryItems, hasFieldErrors, type DatePart, type FieldErrors } from '@childfirst/ui';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useFormOutcome } from './pageOutcome';

/** The error message parameter of a GOV.UK field, if the field has an error. */
export function fieldError(errors: FieldErrors, field: string) {
  const text = errors[field];
  return text ? { text } : undefined;
}

/** Anything a request failed with, as the ApiError the page can show. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
}

export interface FormProblems {
  errors: FieldErrors;
  /** The parts of the date in error, to highlight only those. */
  dateParts: DatePart[];
  /** A problem the API answered with that is not about a field. */
  problem: ApiError | null;
  /** Counts failed attempts: the summary is remounted each time, so it takes focus and is announced again. */
  attempt: number;
  showsErrors: boolean;
  show: (errors: FieldErrors, dateParts?: DatePart[]) => void;
  /** The API's field errors on their fields (through `mapFields` when the form names them differently), or the problem itself. */
  showApiError: (error: unknown, mapFields?: (errors: Record<string, string>) => FieldErrors) => ApiError;
  clear: () => void;
}

/**
 * The errors a form shows, kept the same way on every form (GOV.UK error summary and messages).
 * They give way to a success message shown after them anywhere on the page, and take away one
 * shown before them (pageOutcome.tsx).
 */
export function useFormProblems(): FormProblems {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dateParts, setDateParts] = useState<DatePart[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  function clear() {
    setErrors({});
    setDateParts([]);
    setProblem(null);
  }
  const { problemShown } = useFormOutcome(clear);

  function show(next: FieldErrors, nextDateParts: DatePart[] = []) {
    setErrors(next);
    setDateParts(nextDateParts);
    setProblem(null);
    setAttempt((count) => count + 1);
    problemShown();
  }

  return {
    errors,
    dateParts,
    problem,
    attempt,
    showsErrors: hasFieldErrors(errors) || problem !== null,
    show,
    showApiError: (error, mapFields = (fieldErrors) => fieldErrors) => {
      const apiError = asApiError(error);
      if (apiError.hasFieldErrors) {
        show(mapFields(apiError.fieldErrors));
      } else {
        setErrors({});
        setDateParts([]);
        setProblem(apiError);
        setAttempt((count) => count + 1);
        problemShown();
      }
      return apiError;
    },
    clear,
  };
}

export interface FormErrorSummaryProps {
  problems: FormProblems;
  /** The form's fields in page order, keyed as the errors are, with the id each error links to. */
  fields: readonly { name: string; id?: string }[];
  /** Said under the API's title when it gave no detail: what happened to what was typed. */
  notSaved: string;
}

/** The error summary of a form: the fields in error, or the problem the API answered with. */
export function FormErrorSummary({ problems, fields, notSaved }: FormErrorSummaryProps) {
  if (!problems.showsErrors) return null;
  const { problem } = problems;
  return (
    <ErrorSummary
      key={problems.attempt}
      titleText={problem ? problem.problem.title : 'There is a problem'}
      descriptionText={problem ? (problem.problem.detail ?? notSaved) : undefined}
      errorList={errorSummaryItems(problems.errors, fields)}
    />
  );
}

/** The form's error summary, at the top of the page's main content when the page gives a place for it (GOV.UK); inline if not. */
export function ErrorSummaryAtTop({ container, ...summary }: FormErrorSummaryProps & { container?: HTMLElement | null }) {
  const rendered = <FormErrorSummary {...summary} />;
  return container ? createPortal(rendered, container) : rendered;
}
