import { Button, Checkboxes, Link, ProblemNotice, Tag, formatDateTime } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { Chronology, ChronologyEntry, ChronologyFilters } from '../../api/casesTypes';
import { labelOf } from '../people/personFormat';
import { useChronology } from './useCase';

/** The filters live in the address (?agency=health&eventType=referral), so a filtered view can be bookmarked and shared. */
export function chronologyFiltersOf(searchParams: URLSearchParams): ChronologyFilters {
  return { agency: searchParams.getAll('agency'), eventType: searchParams.getAll('eventType') };
}

function FilterForm({ chronology, applied, onApply, clearHref }: { chronology: Chronology; applied: ChronologyFilters; onApply: (filters: ChronologyFilters) => void; clearHref: string }) {
  const [selected, setSelected] = useState<ChronologyFilters>(applied);
  // Back, forward or "Clear filters" change the address: the boxes follow it. The form is not
  // remounted for that, so focus stays on the button that applied the filters.
  const appliedKey = JSON.stringify(applied);
  const [shownKey, setShownKey] = useState(appliedKey);
  if (shownKey !== appliedKey) {
    setShownKey(appliedKey);
    setSelected(applied);
  }
  const isFiltered = applied.agency.length > 0 || applied.eventType.length > 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(selected);
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Filter the chronology">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Checkboxes
            name="agency"
            idPrefix="chronology-agency"
            fieldset={{ legend: { text: 'Agency', classes: 'govuk-fieldset__legend--s' } }}
            classes="govuk-checkboxes--small"
            values={selected.agency}
            onChange={(agency) => setSelected((current) => ({ ...current, agency }))}
            items={chronology.filters.agencies.map((option) => ({ value: option.value, text: option.label }))}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Checkboxes
            name="eventType"
            idPrefix="chronology-event-type"
            fieldset={{ legend: { text: 'Event', classes: 'govuk-fieldset__legend--s' } }}
            classes="govuk-checkboxes--small"
            values={selected.eventType}
            onChange={(eventType) => setSelected((current) => ({ ...current, eventType }))}
            items={chronology.filters.eventTypes.map((option) => ({ value: option.value, text: option.label }))}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button text="Apply filters" classes="govuk-button--secondary" />
        {isFiltered && (
          <Link className="govuk-link" href={clearHref}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}

function Entry({ entry }: { entry: ChronologyEntry }) {
  return (
    <li className="childfirst-chronology__entry">
      <div className="childfirst-chronology__meta">
        <span className="govuk-body-s govuk-!-margin-bottom-0">{formatDateTime(entry.occurredAt)}</span>
        <Tag text={labelOf(entry.agencyLabel, entry.agency)} classes="govuk-tag--grey" />
      </div>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        {labelOf(entry.eventLabel, entry.eventType)}
        {entry.personName && <span className="govuk-!-font-weight-regular"> – {entry.personName}</span>}
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-1 childfirst-preserve-lines">{entry.summary}</p>
      <p className="govuk-body-s govuk-!-margin-bottom-0 govuk-hint">
        {entry.recordedBy ? `Recorded by ${entry.recordedBy}` : entry.source === 'automatic' ? 'Recorded automatically' : 'Recorded by someone no longer named'}
      </p>
    </li>
  );
}

function describeFilters(chronology: Chronology, applied: ChronologyFilters): string {
  const labelOf = (options: { value: string; label: string }[], value: string) => options.find((option) => option.value === value)?.label ?? value;
  const parts = [
    ...applied.agency.map((value) => labelOf(chronology.filters.agencies, value)),
    ...applied.eventType.map((value) => labelOf(chronology.filters.eventTypes, value)),
  ];
  return parts.length > 0 ? ` filtered by ${parts.join(', ')}` : '';
}

export function ChronologySection({ caseId, canAdd = false }: { caseId: string; /** Offer "Add an event to the chronology". */ canAdd?: boolean }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const applied = chronologyFiltersOf(searchParams);
  const chronology = useChronology(caseId, applied);

  function handleApply(filters: ChronologyFilters) {
    const next = new URLSearchParams();
    filters.agency.forEach((agency) => next.append('agency', agency));
    filters.eventType.forEach((eventType) => next.append('eventType', eventType));
    // Focus stays on the button; the count below is announced when the entries arrive.
    setSearchParams(next);
  }

  const data = chronology.data;
  const entries = data ? [...data.items].sort((one, other) => other.occurredAt.localeCompare(one.occurredAt)) : [];
  const status = chronology.isFetching
    ? 'Loading the chronology'
    : data
      ? `${entries.length === 1 ? '1 entry' : `${entries.length} entries`}${describeFilters(data, applied)}, newest first`
      : '';

  return (
    <section aria-labelledby="chronology-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="chronology-heading">
        Chronology
      </h2>
      <p className="govuk-body">Significant events from every agency working with the family.</p>
      {canAdd && <Button href={`/cases/${encodeURIComponent(caseId)}/chronology/new`} classes="govuk-button--secondary" text="Add an event to the chronology" />}
      {data && <FilterForm chronology={data} applied={applied} onApply={handleApply} clearHref={`/cases/${encodeURIComponent(caseId)}`} />}
      <p className="govuk-body govuk-!-font-weight-bold" role="status" aria-live="polite">
        {status}
      </p>
      {chronology.isError && <ProblemNotice error={chronology.error} onRetry={() => void chronology.refetch()} headingLevel={3} />}
      {data && entries.length === 0 && <p className="govuk-body">No entries{describeFilters(data, applied)}.</p>}
      {entries.length > 0 && (
        <ol className="childfirst-chronology" aria-label="Chronology, newest first">
          {entries.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
