import {
  ApiError,
  BackLink,
  Button,
  ErrorSummary,
  Input,
  LoadingStatus,
  PageHeading,
  SummaryList,
  errorSummaryItems,
  hasFieldErrors,
  usePageTitle,
  type FieldErrors,
} from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { CaseWorkspace, Practitioner } from '../../api/casesTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { ResultChoice } from '../../forms/ResultChoice';
import { RecordProblem } from '../account/RecordProblem';
import { labelOf, practitionerDescription } from '../people/personFormat';
import type { CaseWorkspaceLocationState } from './CaseWorkspacePage';
import { useAssignKeyWorker, useCase, usePractitionerSearch } from './useCase';

const keyWorkerFields = [{ name: 'practitionerName' }, { name: 'practitionerId' }] as const;

function PractitionerChoice({
  name,
  current,
  selected,
  error,
  onSelect,
}: {
  name: string;
  current: CaseWorkspace['keyWorker'];
  selected: string;
  error?: string;
  onSelect: (id: string) => void;
}) {
  const practitioners = usePractitionerSearch(name);
  return (
    <ResultChoice
      results={practitioners}
      name="practitionerId"
      legend={(count) => `Choose the new key worker (${count} found)`}
      loadingText="Finding practitioners"
      noneFound={`No practitioners called ‘${name}’ were found. Check the spelling or search for their last name only.`}
      itemOf={(practitioner: Practitioner) => ({
        value: practitioner.id,
        text: practitioner.id === current?.practitionerId ? `${practitioner.name} (the key worker now)` : practitioner.name,
        hint: { text: practitionerDescription(practitioner) },
      })}
      selected={selected}
      error={error}
      onSelect={onSelect}
    />
  );
}

function ChangeKeyWorkerForm({ workspace, onReload }: { workspace: CaseWorkspace; onReload: () => void }) {
  const navigate = useNavigate();
  const [nameTyped, setNameTyped] = useState('');
  const [searchedName, setSearchedName] = useState('');
  const [selected, setSelected] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const assign = useAssignKeyWorker(workspace.id);
  const practitioners = usePractitionerSearch(searchedName);
  usePageTitle('Change key worker', { hasErrors: hasFieldErrors(errors) || problem !== null });

  function showErrors(next: FieldErrors, nextProblem: ApiError | null = null) {
    setErrors(next);
    setProblem(nextProblem);
    setAttempt((count) => count + 1);
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = nameTyped.trim();
    if (name.length < 2) {
      showErrors({ practitionerName: 'Enter at least 2 letters of the practitioner’s name' });
      return;
    }
    setErrors({});
    setProblem(null);
    setSelected('');
    setSearchedName(name);
  }

  function handleAssign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (assign.isPending) return;
    if (!selected) {
      showErrors({ practitionerId: 'Select the new key worker' });
      return;
    }
    if (selected === workspace.keyWorker?.practitionerId) {
      showErrors({ practitionerId: `${workspace.keyWorker.name} is already the key worker. Select someone else` });
      return;
    }
    const chosen = practitioners.data?.find((practitioner) => practitioner.id === selected);
    assign.mutate(
      { practitionerId: selected, version: workspace.version },
      {
        onSuccess: (updated) => {
          const state: CaseWorkspaceLocationState = { keyWorkerChanged: updated.keyWorker?.name ?? chosen?.name ?? 'The practitioner you chose' };
          navigate(`/cases/${encodeURIComponent(workspace.id)}`, { state });
        },
        onError: (error) => {
          const apiError = error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
          // Someone changed the case meanwhile: say what changed, and show the case as it is now.
          if (apiError.status === 409) {
            onReload();
            showErrors({}, apiError);
            return;
          }
          if (apiError.hasFieldErrors) showErrors(apiError.fieldErrors);
          else showErrors({}, apiError);
        },
      },
    );
  }

  const showsErrors = hasFieldErrors(errors) || problem !== null;
  const conflictDetail = problem?.status === 409 ? `${problem.problem.detail ?? ''} The case has been reloaded: check the key worker below, then choose again.`.trim() : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {showsErrors && (
          <ErrorSummary
            key={attempt}
            titleText={problem ? problem.problem.title : 'There is a problem'}
            descriptionText={conflictDetail ?? problem?.problem.detail}
            errorList={errorSummaryItems(errors, keyWorkerFields)}
          />
        )}
        <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
          Change key worker
        </PageHeading>
        <SummaryList
          rows={[
            {
              key: { text: 'Key worker now' },
              value: { text: workspace.keyWorker ? `${workspace.keyWorker.name}, ${workspace.keyWorker.teamName} (${labelOf(workspace.keyWorker.agencyLabel, workspace.keyWorker.agency)})` : 'No key worker yet' },
            },
          ]}
        />
        <form noValidate onSubmit={handleSearch} role="search" aria-label="Find a practitioner">
          <Input
            name="practitionerName"
            label={{ text: 'Find the new key worker by name', classes: 'govuk-label--m' }}
            hint={{ text: 'Practitioners from every agency are found.' }}
            autocomplete="off"
            spellcheck={false}
            value={nameTyped}
            errorMessage={errors.practitionerName ? { text: errors.practitionerName } : undefined}
            onChange={setNameTyped}
          />
          <Button text="Search" classes="govuk-button--secondary" />
        </form>
        {searchedName && (
          <form noValidate onSubmit={handleAssign}>
            <PractitionerChoice name={searchedName} current={workspace.keyWorker} selected={selected} error={errors.practitionerId} onSelect={setSelected} />
            {practitioners.data && practitioners.data.length > 0 && (
              <>
                <p className="govuk-body">The family will see the new key worker’s name in the family portal.</p>
                <Button disabled={assign.isPending} text={assign.isPending ? 'Changing key worker…' : 'Change key worker'} />
                <LoadingStatus text={assign.isPending ? 'Changing the key worker' : ''} visuallyHidden />
              </>
            )}
          </form>
        )}
      </div>
    </div>
  );
}

export function ChangeKeyWorkerPage() {
  const { caseId = '' } = useParams();
  const workspace = useCase(caseId);
  if (workspace.isError) return <RecordProblem error={workspace.error} what="this case" onRetry={() => void workspace.refetch()} />;
  return (
    <>
      <BackLink href={`/cases/${encodeURIComponent(caseId)}`} text="Back to the case" />
      {workspace.data ? (
        <ChangeKeyWorkerForm workspace={workspace.data} onReload={() => void workspace.refetch()} />
      ) : (
        <LoadingPage title="Change key worker" text="Loading the case" />
      )}
    </>
  );
}
