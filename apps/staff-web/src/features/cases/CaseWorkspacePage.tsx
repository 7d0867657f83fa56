import {
  ApiError,
  Button,
  Link,
  NotificationBanner,
  PageHeading,
  ScrollableTable,
  SummaryList,
  Table,
  formatDate,
  formatDateTime,
  usePageTitle,
  type SummaryListRow,
} from '@childfirst/ui';
import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { breakGlassAvailableType, type BreakGlassAccess, type CaseChild, type CaseWorkspace } from '../../api/casesTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { SuccessBanner } from '../../forms/pageOutcome';
import { RecordProblem } from '../account/RecordProblem';
import { useHasCapability } from '../account/useStaffProfile';
import { codeAsWords, formatAge, formatOptionalDate, labelOf, midSentence } from '../people/personFormat';
import { ConsentSection } from '../consent/ConsentSection';
import { FamilyPortalSection } from '../family-portal/FamilyPortalSection';
import { FromTheFamilySection } from '../from-the-family/FromTheFamilySection';
import { NewFromTheFamily } from '../from-the-family/NewFromTheFamily';
import { MessagesSection } from '../messages/MessagesSection';
import { StatusTags, statusText } from '../people/StatusTags';
import { WarningNotes } from '../people/WarningNotes';
import { WarningsSection } from '../warnings/WarningsSection';
import { BreakGlassForm } from './BreakGlassForm';
import { CaseNotesSection } from './CaseNotesSection';
import { ChronologySection } from './ChronologySection';
import { useCase } from './useCase';

/** Set by the pages that bring the person back here after changing the case. */
export interface CaseWorkspaceLocationState {
  /** The name of the new key worker. */
  keyWorkerChanged?: string;
  /** What was done, for the success banner: "Consent recorded". */
  done?: string;
}

function KeyWorkerCard({ workspace }: { workspace: CaseWorkspace }) {
  const canAssign = useHasCapability('case:assign-key-worker');
  const keyWorker = workspace.keyWorker;
  const rows: SummaryListRow[] = keyWorker
    ? [
        { key: { text: 'Name' }, value: { text: keyWorker.name } },
        { key: { text: 'Agency' }, value: { text: labelOf(keyWorker.agencyLabel, keyWorker.agency) } },
        { key: { text: 'Team' }, value: { text: keyWorker.teamName } },
      ]
    : [{ key: { text: 'Name' }, value: { text: 'No key worker yet' } }];
  return (
    <SummaryList
      card={{
        title: { text: 'Key worker' },
        actions: canAssign ? { items: [{ href: `/cases/${encodeURIComponent(workspace.id)}/key-worker`, text: keyWorker ? 'Change key worker' : 'Choose a key worker' }] } : undefined,
      }}
      rows={rows}
    />
  );
}

/** A child's statuses as tags, each with "End" for someone who may record statuses. */
function ChildStatuses({ workspace, child }: { workspace: CaseWorkspace; child: CaseChild }) {
  if (!workspace.permissions.recordStatus || child.statuses.length === 0) return <StatusTags statuses={child.statuses} />;
  return (
    <ul className="govuk-list">
      {child.statuses.map((status) => (
        <li key={status.id}>
          <StatusTags statuses={[status]} />{' '}
          <Link className="govuk-link" href={`/cases/${encodeURIComponent(workspace.id)}/statuses/${encodeURIComponent(status.id)}/end`}>
            End<span className="govuk-visually-hidden"> {midSentence(statusText(status))} for {child.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function ChildrenTable({ workspace }: { workspace: CaseWorkspace }) {
  if (workspace.children.length === 0) return <p className="govuk-body">No children are recorded on this case.</p>;
  return (
    <>
      <ScrollableTable label="Children">
        <Table
          caption={`Children (${workspace.children.length})`}
          captionClasses="govuk-table__caption--m"
          head={[{ text: 'Name' }, { text: 'Date of birth' }, { text: 'Age' }, { text: 'Statuses' }]}
          rows={workspace.children.map((child) => [
            {
              html: (
                <Link className="govuk-link" href={`/people/${encodeURIComponent(child.personId)}`}>
                  {child.name}
                </Link>
              ),
            },
            { text: formatOptionalDate(child.dateOfBirth) },
            { text: formatAge(child.age) || 'Not known' },
            { html: <ChildStatuses workspace={workspace} child={child} /> },
          ])}
          rowKeys={workspace.children.map((child) => child.personId)}
        />
      </ScrollableTable>
      {workspace.permissions.recordStatus && (
        <Button href={`/cases/${encodeURIComponent(workspace.id)}/statuses/new`} classes="govuk-button--secondary" text="Record a status" />
      )}
    </>
  );
}

function TeamAroundTheFamily({ workspace }: { workspace: CaseWorkspace }) {
  if (workspace.teamAroundTheFamily.length === 0) return <p className="govuk-body">Nobody else is working with the family yet.</p>;
  return (
    <ScrollableTable label="Team around the family">
      <Table
        caption={`Team around the family (${workspace.teamAroundTheFamily.length})`}
        captionClasses="govuk-table__caption--m"
        head={[{ text: 'Name' }, { text: 'Agency' }, { text: 'Role on this case' }, { text: 'Since' }]}
        rows={workspace.teamAroundTheFamily.map((member) => [
          { text: member.name },
          { text: labelOf(member.agencyLabel, member.agency) },
          { text: codeAsWords(member.caseRole) },
          { text: formatDate(member.joinedOn) },
        ])}
        rowKeys={workspace.teamAroundTheFamily.map((member) => `${member.practitionerId}-${member.caseRole}`)}
      />
    </ScrollableTable>
  );
}

/** Other agencies' involvement with members of the family, current first. */
function Involvements({ workspace }: { workspace: CaseWorkspace }) {
  if (workspace.involvements.length === 0) return null;
  return (
    <ScrollableTable label="Involvements">
      <Table
        caption={`Involvements (${workspace.involvements.length})`}
        captionClasses="govuk-table__caption--m"
        head={[{ text: 'With' }, { text: 'Agency' }, { text: 'What' }, { text: 'From' }, { text: 'To' }]}
        rows={workspace.involvements.map((involvement) => [
          { text: involvement.personName },
          { text: `${involvement.organisationName} (${labelOf(involvement.agencyLabel, involvement.agency)})` },
          { text: involvement.practitionerName ? `${involvement.description} – ${involvement.practitionerName}` : involvement.description },
          { text: formatDate(involvement.startedOn) },
          { text: involvement.endedOn ? formatDate(involvement.endedOn) : 'Ongoing' },
        ])}
        rowKeys={workspace.involvements.map((involvement) => involvement.id)}
      />
    </ScrollableTable>
  );
}

function Workspace({ workspace, breakGlassExpiresAt }: { workspace: CaseWorkspace; breakGlassExpiresAt: string | null }) {
  const location = useLocation();
  const state = location.state as CaseWorkspaceLocationState | null;
  const changed = state?.keyWorkerChanged ? `${state.keyWorkerChanged} is now the key worker.` : state?.done;
  const [formShowsErrors, setFormShowsErrors] = useState(false);
  const [errorSummaryContainer, setErrorSummaryContainer] = useState<HTMLDivElement | null>(null);
  usePageTitle('Case', { hasErrors: formShowsErrors });
  // Arriving from a page that changed the case moves focus to the h1 (Layout); the confirmation
  // above it must be heard first, so it takes focus once that has happened.
  useEffect(() => {
    if (!changed) return;
    const timer = window.setTimeout(() => document.getElementById('case-changed')?.focus());
    return () => window.clearTimeout(timer);
  }, [changed, location.key]);

  return (
    <>
      <div ref={setErrorSummaryContainer} />
      {workspace.access.breakGlass && (
        // Announced and focused when access was just granted: the button that asked for it is gone.
        <NotificationBanner titleText="Emergency access" role={breakGlassExpiresAt ? 'alert' : undefined}>
          <p className="govuk-notification-banner__heading">You are viewing this case under emergency access. This is recorded and will be reviewed.</p>
          {breakGlassExpiresAt && <p className="govuk-body">Your emergency access ends on {formatDateTime(breakGlassExpiresAt)}.</p>}
        </NotificationBanner>
      )}
      {changed && (
        <SuccessBanner id="case-changed" key={location.key}>
          <p className="govuk-notification-banner__heading">{changed}</p>
        </SuccessBanner>
      )}
      <WarningNotes warnings={workspace.warnings} />
      <PageHeading caption={`Case ${workspace.family.reference}`} classes="govuk-heading-l">
        {workspace.family.familyName} family
      </PageHeading>
      <p className="govuk-body">
        Opened on {formatDate(workspace.openedOn)}. Status: {codeAsWords(workspace.status).toLowerCase()}.{' '}
        <Link className="govuk-link" href={`/families/${encodeURIComponent(workspace.family.id)}`}>
          Family members and genogram
        </Link>
      </p>
      <NewFromTheFamily workspace={workspace} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <KeyWorkerCard workspace={workspace} />
        </div>
      </div>
      <ChildrenTable workspace={workspace} />
      <TeamAroundTheFamily workspace={workspace} />
      <Involvements workspace={workspace} />
      <ConsentSection workspace={workspace} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <WarningsSection workspace={workspace} errorSummaryContainer={errorSummaryContainer} />
          <MessagesSection workspace={workspace} />
          <FromTheFamilySection workspace={workspace} />
          <FamilyPortalSection workspace={workspace} />
          <ChronologySection caseId={workspace.id} canAdd={workspace.permissions.writeNotes} />
          <CaseNotesSection workspace={workspace} onErrorsShown={setFormShowsErrors} errorSummaryContainer={errorSummaryContainer} />
        </div>
      </div>
    </>
  );
}

function isBreakGlassRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 403 && (error.problem.type ?? '').endsWith(breakGlassAvailableType);
}

export function CaseWorkspacePage() {
  const { caseId = '' } = useParams();
  const workspace = useCase(caseId);
  const [breakGlass, setBreakGlass] = useState<BreakGlassAccess | null>(null);

  if (workspace.data) return <Workspace workspace={workspace.data} breakGlassExpiresAt={breakGlass?.expiresAt ?? null} />;
  if (workspace.isError && isBreakGlassRefusal(workspace.error)) {
    return workspace.isFetching ? <LoadingPage title="Case" text="Loading the case" /> : <BreakGlassForm caseId={caseId} refusal={workspace.error} onGranted={setBreakGlass} />;
  }
  if (workspace.isError) return <RecordProblem error={workspace.error} what="this case" onRetry={() => void workspace.refetch()} />;
  return <LoadingPage title="Case" text="Loading the case" />;
}
