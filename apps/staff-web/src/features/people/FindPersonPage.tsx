import {
  Button,
  Link,
  LoadingStatus,
  PageHeading,
  ProblemNotice,
  ScrollableTable,
  Table,
  Tag,
  formatDate,
  ukDateOf,
  usePageTitle,
  type TableCell,
} from '@childfirst/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { PersonSearchCriteria, PersonSearchResult } from '../../api/peopleTypes';
import { ageOn, formatAge } from './personFormat';
import { PersonSearchForm } from './PersonSearchForm';
import type { PersonSearchFormValues } from './personSearchForm';
import { usePersonSearch } from './usePersonSearch';
import { IdentifiersNotShown, addressText, nhsNumberText } from './searchResultFormat';
import { useHasCapability } from '../account/useStaffProfile';

/**
 * The search is kept in the history entry's state, not the address: names, dates of birth and NHS
 * numbers in a URL end up in browser history and logs. Back from a person still shows the results.
 */
interface SubmittedSearch {
  values: PersonSearchFormValues;
  criteria: PersonSearchCriteria;
}

function submittedSearchOf(state: unknown): SubmittedSearch | null {
  const search = (state as { personSearch?: SubmittedSearch } | null)?.personSearch;
  return search && typeof search === 'object' && search.criteria ? search : null;
}

function resultRow(person: PersonSearchResult, today: string): TableCell[] {
  const name = `${person.givenName} ${person.familyName}`;
  const age = person.dateOfBirth ? ageOn(person.dateOfBirth, today) : null;
  return [
    {
      html: (
        <>
          <Link className="govuk-link" href={`/people/${encodeURIComponent(person.id)}`}>
            {name}
          </Link>
          {person.restricted && (
            <>
              {' '}
              <Tag text="Restricted record" classes="govuk-tag--red" />
            </>
          )}
        </>
      ),
    },
    { text: person.dateOfBirth ? formatDate(person.dateOfBirth) : 'Not known' },
    { text: formatAge(age) || 'Not known' },
    { text: addressText(person) },
    { text: nhsNumberText(person) },
  ];
}

function NoOneFound() {
  return (
    <>
      <p className="govuk-body">Improve your results by:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>checking the spelling, or searching with fewer details, for example only the last name and date of birth</li>
        <li>searching for a previous name or a name the person is also known by</li>
        <li>searching for the postcode of an address they lived at before</li>
      </ul>
      <p className="govuk-body">
        If the person is not known to the directorate they will not have a record yet. You cannot see restricted records unless you are named on them.
      </p>
    </>
  );
}

function SearchResults({ criteria, searchKey }: { criteria: PersonSearchCriteria; searchKey: string }) {
  const search = usePersonSearch(criteria);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const today = ukDateOf(new Date());
  const results = search.data;

  // Screen reader and keyboard users land on the outcome of each search, as a new page would put them.
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (results && focusedFor.current !== searchKey) {
      focusedFor.current = searchKey;
      headingRef.current?.focus();
    }
  }, [results, searchKey]);

  if (search.isPending) return <LoadingStatus text="Searching" />;
  if (search.isError) return <ProblemNotice error={search.error} onRetry={() => void search.refetch()} />;
  const count = search.data.length;
  return (
    <>
      <h2 className="govuk-heading-m" tabIndex={-1} ref={headingRef}>
        {count === 0 ? 'No one found' : count === 1 ? '1 person found' : `${count} people found`}
      </h2>
      {count === 0 ? (
        <NoOneFound />
      ) : (
        <>
          {criteria.name && <p className="govuk-body">The closest matches are first, including people whose names are spelled differently.</p>}
          <IdentifiersNotShown results={search.data} />
          <ScrollableTable label="People found">
            <Table
              caption="People found"
              captionClasses="govuk-visually-hidden"
              head={[{ text: 'Name' }, { text: 'Date of birth' }, { text: 'Age' }, { text: 'Address' }, { text: 'NHS number' }]}
              rows={search.data.map((person) => resultRow(person, today))}
              rowKeys={search.data.map((person) => person.id)}
            />
          </ScrollableTable>
        </>
      )}
    </>
  );
}

export function FindPersonPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const submitted = submittedSearchOf(location.state);
  const [formShowsErrors, setFormShowsErrors] = useState(false);
  const canAdd = useHasCapability('record:edit');
  usePageTitle('Find a person', { hasErrors: formShowsErrors });

  const handleSearch = useCallback(
    (values: PersonSearchFormValues, criteria: PersonSearchCriteria) => {
      navigate('/people', { state: { personSearch: { values, criteria } satisfies SubmittedSearch } });
    },
    [navigate],
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PersonSearchForm
          // A new entry from the navigation ("Find a person") starts an empty form.
          key={submitted ? 'with-search' : location.key}
          initialValues={submitted?.values}
          onSearch={handleSearch}
          onErrorsShown={setFormShowsErrors}
          intro={
            <>
              <PageHeading classes="govuk-heading-l">Find a person</PageHeading>
              <p className="govuk-body">Search for a child or adult known to any service in the directorate. Give any of these details.</p>
            </>
          }
        />
        {submitted && <SearchResults criteria={submitted.criteria} searchKey={location.key} />}
        {canAdd && (
          <>
            <p className="govuk-body govuk-!-margin-top-6">Search first. If the person does not have a record yet, you can add them.</p>
            <Button href="/people/new" classes="govuk-button--secondary" text="Add a person" />
          </>
        )}
      </div>
    </div>
  );
}
