import {
  BackLink,
  InsetText,
  Link,
  PageHeading,
  ScrollableTable,
  SummaryList,
  Table,
  Tag,
  formatDate,
  formatDateTime,
  usePageTitle,
  type SummaryListRow,
} from '@childfirst/ui';
import { useEffect, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import type { Address, PersonAlias, PersonRecord } from '../../api/peopleTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { SuccessBanner } from '../../forms/pageOutcome';
import { RecordProblem } from '../account/RecordProblem';
import { useHasCapability } from '../account/useStaffProfile';
import { aliasTypes, formatNhsNumber } from '@childfirst/domain/people';
import { formatAge, formatOptionalDate, labelOf, midSentence } from './personFormat';
import { StatusTags } from './StatusTags';
import { usePerson } from './usePerson';
import { WarningNotes } from './WarningNotes';

/** Set by the pages that bring the person here after changing records. */
export interface PersonPageLocationState {
  personAdded?: boolean;
  recordsMerged?: boolean;
  personChanged?: boolean;
}

/** "Sam Jones (previous name)"; a record merged into this one reads "Merged record: Robyn Quinnell". */
function aliasText(alias: PersonAlias): ReactNode {
  const name = [alias.givenName, alias.familyName].filter(Boolean).join(' ');
  if (alias.aliasType === 'merged-record') return `Merged record: ${name}`;
  const type = labelOf((aliasTypes as Record<string, { label: string } | undefined>)[alias.aliasType]?.label, alias.aliasType);
  return (
    <>
      {name} <span className="govuk-hint govuk-!-display-inline">({midSentence(type)})</span>
    </>
  );
}

function fullName(person: Pick<PersonRecord, 'givenName' | 'middleNames' | 'familyName'>): string {
  return [person.givenName, person.middleNames, person.familyName].filter(Boolean).join(' ');
}

function orNotRecorded(value: string | null | undefined): { text: string } {
  return { text: value || 'Not recorded' };
}

function linesOf(lines: (string | null | undefined)[]): ReactNode {
  return <span className="childfirst-preserve-lines">{lines.filter(Boolean).join('\n')}</span>;
}

function addressLines(address: Address): ReactNode {
  return linesOf([address.line1, address.line2, address.town, address.postcode]);
}

function dateOfBirthValue(person: PersonRecord): string {
  if (person.dateOfBirth) {
    const age = formatAge(person.age);
    return age ? `${formatDate(person.dateOfBirth)} (age ${age.toLowerCase()})` : formatDate(person.dateOfBirth);
  }
  if (person.expectedDateOfBirth) return `Not born yet – expected ${formatDate(person.expectedDateOfBirth)}`;
  return 'Not known';
}

function recordRows(person: PersonRecord): SummaryListRow[] {
  const rows: SummaryListRow[] = [{ key: { text: 'Name' }, value: { text: fullName(person) } }];
  if (person.preferredName) rows.push({ key: { text: 'Preferred name' }, value: { text: person.preferredName } });
  rows.push(
    {
      key: { text: 'Other names' },
      value:
        person.aliases.length === 0
          ? { text: 'None recorded' }
          : {
              html: (
                <ul className="govuk-list">
                  {person.aliases.map((alias, index) => (
                    <li key={index}>{aliasText(alias)}</li>
                  ))}
                </ul>
              ),
            },
    },
    { key: { text: 'Date of birth' }, value: { text: dateOfBirthValue(person) } },
    { key: { text: 'Sex' }, value: orNotRecorded(person.sexLabel ?? (person.sex === 'U' ? 'Not known' : null)) },
    { key: { text: 'Gender' }, value: orNotRecorded(person.genderIdentity && labelOf(person.genderIdentityLabel, person.genderIdentity)) },
    { key: { text: 'Ethnicity' }, value: orNotRecorded(person.ethnicityLabel) },
    { key: { text: 'First language' }, value: orNotRecorded(person.firstLanguageLabel) },
    { key: { text: 'Interpreter needed' }, value: { text: person.interpreterNeeded ? 'Yes' : 'No' } },
    { key: { text: 'Religion' }, value: orNotRecorded(person.religionLabel) },
    {
      key: { text: 'Disabilities' },
      value:
        person.disabilities.length === 0
          ? { text: 'None recorded' }
          : {
              html: (
                <ul className="govuk-list">
                  {person.disabilities.map((disability) => (
                    <li key={disability.code}>{disability.label}</li>
                  ))}
                </ul>
              ),
            },
    },
    { key: { text: 'NHS number' }, value: orNotRecorded(person.nhsNumber && formatNhsNumber(person.nhsNumber)) },
    { key: { text: 'Unique pupil number (UPN)' }, value: orNotRecorded(person.upn) },
    { key: { text: 'School' }, value: orNotRecorded(person.school?.name) },
    { key: { text: 'GP practice' }, value: orNotRecorded(person.gpPractice?.name) },
    {
      key: { text: 'Current address' },
      value: person.addressWithheld
        ? {
            html: (
              <>
                <strong>Address withheld</strong>
                <span className="govuk-hint govuk-!-margin-bottom-0">This address is confidential. Ask the key worker if you need to contact the person.</span>
              </>
            ),
          }
        : person.currentAddress
          ? { html: addressLines(person.currentAddress) }
          : { text: 'Not recorded' },
    },
  );
  return rows;
}

function AddressHistory({ person }: { person: PersonRecord }) {
  if (person.addressWithheld) return <p className="govuk-body">The address history is withheld with the address.</p>;
  if (person.addressHistory.length === 0) return <p className="govuk-body">No previous addresses recorded.</p>;
  return (
    <ScrollableTable label="Address history">
      <Table
        caption="Address history"
        captionClasses="govuk-visually-hidden"
        head={[{ text: 'Address' }, { text: 'Moved in' }, { text: 'Moved out' }]}
        rows={person.addressHistory.map((entry) => [
          { html: linesOf([entry.line1, entry.town, entry.postcode]) },
          { text: formatOptionalDate(entry.movedInOn) },
          { text: entry.movedOutOn ? formatDate(entry.movedOutOn) : 'Current address' },
        ])}
      />
    </ScrollableTable>
  );
}

function Statuses({ person }: { person: PersonRecord }) {
  if (person.statuses.length === 0) return <p className="govuk-body">None recorded.</p>;
  return (
    <ScrollableTable label="Statuses">
      <Table
        caption="Statuses"
        captionClasses="govuk-visually-hidden"
        head={[{ text: 'Status' }, { text: 'Started' }, { text: 'Ended' }]}
        rows={person.statuses.map((status) => [
          { html: <StatusTags statuses={[status]} /> },
          { text: formatDate(status.startedOn) },
          { text: status.endedOn ? formatDate(status.endedOn) : 'Current' },
        ])}
      />
    </ScrollableTable>
  );
}

function Families({ person }: { person: PersonRecord }) {
  if (person.families.length === 0) return <p className="govuk-body">Not a member of a family in the record.</p>;
  return (
    <ul className="govuk-list">
      {person.families.map((family) => (
        <li key={family.id}>
          <Link className="govuk-link" href={`/families/${encodeURIComponent(family.id)}`}>
            {family.familyName} family
          </Link>{' '}
          ({family.reference})
          {family.caseId && (
            <>
              {' – '}
              <Link className="govuk-link" href={`/cases/${encodeURIComponent(family.caseId)}`}>
                case workspace<span className="govuk-visually-hidden"> of the {family.familyName} family</span>
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function MergedRecords({ person }: { person: PersonRecord }) {
  return (
    <ScrollableTable label="Merged records">
      <Table
        caption="Merged records"
        captionClasses="govuk-visually-hidden"
        head={[{ text: 'Merged' }, { text: 'By' }, { text: 'Why' }]}
        rows={person.merges.map((merge) => [
          { text: formatDateTime(merge.mergedAt) },
          { text: merge.mergedBy },
          { html: <span className="childfirst-preserve-lines">{merge.reason}</span> },
        ])}
        rowKeys={person.merges.map((merge) => merge.personId)}
      />
    </ScrollableTable>
  );
}

const changeBanners = {
  personAdded: 'Person added',
  recordsMerged: 'Records merged',
  personChanged: 'Details changed',
} as const;

/** The outcome of adding, merging or changing records, when that is what brought the person here. */
function ChangeBanner() {
  const location = useLocation();
  const state = location.state as PersonPageLocationState | null;
  const outcome = (Object.keys(changeBanners) as (keyof typeof changeBanners)[]).find((key) => state?.[key]);
  const message = outcome ? changeBanners[outcome] : null;
  // Arriving moves focus to the h1 (Layout); the confirmation above it must be heard first.
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => document.getElementById('person-change-banner')?.focus());
    return () => window.clearTimeout(timer);
  }, [message, location.key]);
  if (!message) return null;
  return (
    <SuccessBanner id="person-change-banner">
      <p className="govuk-notification-banner__heading">{message}</p>
    </SuccessBanner>
  );
}

function PersonRecordView({ person }: { person: PersonRecord }) {
  const canSeeViewers = useHasCapability('record:viewers');
  const canMerge = useHasCapability('record:merge');
  const canEdit = useHasCapability('record:edit');
  const canWriteToCase = useHasCapability('case:write-notes');
  // Warnings are added from the case of the person's family, where the team around them sees them.
  const caseId = person.families.find((family) => family.caseId)?.caseId;
  // The person's name stays out of the title: browsers keep titles in their history.
  usePageTitle('Person');
  return (
    <>
      <ChangeBanner />
      <WarningNotes warnings={person.warnings} />
      <PageHeading caption="Person" classes="govuk-heading-l">
        {fullName(person)}
      </PageHeading>
      {person.restricted && (
        <>
          <p className="govuk-body">
            <Tag text="Restricted record" classes="govuk-tag--red" />
          </p>
          <InsetText text="Only the people named on this record can see it. Every time it is opened is recorded." />
        </>
      )}
      {person.statuses.some((status) => !status.endedOn) && (
        <div className="govuk-!-margin-bottom-6">
          <StatusTags statuses={person.statuses.filter((status) => !status.endedOn)} />
        </div>
      )}
      <SummaryList
        card={{
          title: { text: 'Record' },
          actions: canEdit ? { items: [{ href: `/people/${encodeURIComponent(person.id)}/edit`, text: 'Change details' }] } : undefined,
        }}
        rows={recordRows(person)}
      />
      {canWriteToCase && caseId && (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/cases/${encodeURIComponent(caseId)}/warnings/new?personId=${encodeURIComponent(person.id)}`}>
            Add a warning for staff safety
          </Link>
        </p>
      )}
      <h2 className="govuk-heading-m">Address history</h2>
      <AddressHistory person={person} />
      <h2 className="govuk-heading-m">Statuses</h2>
      <Statuses person={person} />
      <h2 className="govuk-heading-m">Families</h2>
      <Families person={person} />
      {person.merges.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Merged records</h2>
          <p className="govuk-body">These records were found to be the same person and are shown as part of this one.</p>
          <MergedRecords person={person} />
        </>
      )}
      {canMerge && (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/people/${encodeURIComponent(person.id)}/merge`}>
            Merge this record into another
          </Link>
        </p>
      )}
      {canSeeViewers && (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/people/${encodeURIComponent(person.id)}/viewers`}>
            Who has viewed this record
          </Link>
        </p>
      )}
    </>
  );
}

export function PersonPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);

  if (person.isError) return <RecordProblem error={person.error} what="this person’s record" onRetry={() => void person.refetch()} />;
  return (
    <>
      <BackLink href="/people" text="Find a person" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {person.data ? <PersonRecordView person={person.data} /> : <LoadingPage title="Person" text="Loading the record" />}
        </div>
      </div>
    </>
  );
}
