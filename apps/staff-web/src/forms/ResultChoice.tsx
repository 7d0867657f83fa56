import { LoadingStatus, ProblemNotice, Radios, type RadiosItem } from '@childfirst/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export interface ResultChoiceProps<Result> {
  /** The search whose results are offered. */
  results: UseQueryResult<Result[]>;
  /** Results that cannot be chosen (the record being merged) are left out. */
  include?: (result: Result) => boolean;
  /** The radios' name, and the id an error summary links to. */
  name: string;
  /** The question, given how many were found: "Choose the new key worker (2 found)". */
  legend: (count: number) => string;
  loadingText: string;
  /** Said when nothing was found: what to try instead. */
  noneFound: ReactNode;
  itemOf: (result: Result) => RadiosItem;
  selected: string;
  error?: string;
  onSelect: (value: string) => void;
}

/**
 * "Choose one of the results": the results of a search as radios, with its loading, failure and
 * nothing-found states (choosing a key worker, choosing the record to keep).
 */
export function ResultChoice<Result>({ results, include, name, legend, loadingText, noneFound, itemOf, selected, error, onSelect }: ResultChoiceProps<Result>) {
  if (results.isPending) return <LoadingStatus text={loadingText} />;
  if (results.isError) return <ProblemNotice error={results.error} onRetry={() => void results.refetch()} />;
  const offered = include ? results.data.filter(include) : results.data;
  if (offered.length === 0) {
    return (
      <p className="govuk-body" role="status">
        {noneFound}
      </p>
    );
  }
  return (
    <Radios
      name={name}
      fieldset={{ legend: { text: legend(offered.length), classes: 'govuk-fieldset__legend--m' } }}
      value={selected}
      errorMessage={error ? { text: error } : undefined}
      onChange={onSelect}
      items={offered.map(itemOf)}
    />
  );
}
