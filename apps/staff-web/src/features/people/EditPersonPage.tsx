import {
  BackLink,
  Button,
  ErrorSummary,
  Link,
  LoadingStatus,
  NotificationBanner,
  PageHeading,
  formatDate,
  formatDateTime,
  formatTime,
  ukDateOf,
  useAuth,
  usePageTitle,
} from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { PersonRecord } from '../../api/peopleTypes';
import { personChangedSinceViewedOf, type PersonChangedSinceViewed, type PersonRecordChange } from '../../api/personProblems';
import { LoadingPage } from '../../app/LoadingPage';
import { FormErrorSummary, useFormProblems } from '../../forms/formProblems';
import { useAutosave } from '../../forms/localDraft';
import { RecordProblem } from '../account/RecordProblem';
import { clearPersonEditDraft, clearPersonEditDrafts, loadPersonEditDraft, savePersonEditDraft } from './personEditDraft';
import { hasChanges, keepMyChanges, personFormValuesOf, validatePersonChange } from './personEditForm';
import { PersonFields } from './PersonFields';
import { personFormErrorsFromApi, personFormFields, type PersonFormValues } from './personForm';
import type { PersonPageLocationState } from './PersonPage';
import { usePerson, useUpdatePerson } from './usePerson';

const title = 'Change details';

/** "family name", but "NHS number": labels read mid-sentence. */
function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? 'the record') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Tom Manager changed family name and date of birth at 9:05am on 3 June 2025". */
export function describeChange(change: PersonRecordChange): string {
  return `${change.changedBy} changed ${listOf(change.fields.map(midSentence))} at ${formatTime(change.changedAt)} on ${formatDate(change.changedAt)}`;
}

/** What the form starts from: a draft kept in this browser, or the record as it is. */
function useStartingPoint(person: PersonRecord, userId: string) {
  const [start] = useState(() => {
    const draft = loadPersonEditDraft(userId, person.id, person.version);
    if (draft) return { baseline: draft.baseline, values: draft.values, version: draft.version, restoredFrom: draft.savedAt };
    const values = personFormValuesOf(person);
    return { baseline: values, values, version: person.version, restoredFrom: null };
  });
  return start;
}

function EditPersonForm({ person, onReload }: { person: PersonRecord; onReload: () => Promise<PersonRecord> }) {
  const navigate = useNavigate();
  const userId = useAuth().profile.subject;
  const start = useStartingPoint(person, userId);
  const [baseline, setBaseline] = useState(start.baseline);
  const [values, setValues] = useState(start.values);
  // The version the changes are made on: sent with them, so nobody else's changes are overwritten.
  const [version, setVersion] = useState(start.version);
  const [restored, setRestored] = useState(start.restoredFrom !== null ? { savedAt: start.restoredFrom, earlierVersion: start.version < person.version } : null);
  const [touched, setTouched] = useState(false);
  const [draftStatus, setDraftStatus] = useState('');
  const [staleEdit, setStaleEdit] = useState<PersonChangedSinceViewed | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const problems = useFormProblems();
  const update = useUpdatePerson(person.id);
  usePageTitle(title, { hasErrors: problems.showsErrors });

  const autosave = useAutosave(
    JSON.stringify([values, baseline, version]),
    touched
      ? () => {
          if (!hasChanges(baseline, values)) {
            clearPersonEditDraft(userId, person.id, version);
            setDraftStatus('');
            return;
          }
          const savedAt = new Date();
          if (savePersonEditDraft(userId, person.id, { version, baseline, values, savedAt: savedAt.toISOString() })) {
            setDraftStatus(`Your changes were kept in this browser at ${formatTime(savedAt)}. They are not saved to the record yet.`);
          } else {
            setDraftStatus('Your changes could not be kept in this browser. Save them before you leave this page.');
          }
        }
      : null,
  );

  function handleChange<Field extends keyof PersonFormValues>(field: Field, value: PersonFormValues[Field]) {
    setTouched(true);
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending || reloading) return;
    setStaleEdit(null);
    setReloaded(false);
    const result = validatePersonChange(baseline, values, version, ukDateOf(new Date()));
    if (result.errors) {
      problems.show(result.errors, result.dateParts);
      return;
    }
    problems.clear();
    update.mutate(result.change, {
      onSuccess: (saved) => {
        autosave.cancel();
        clearPersonEditDrafts(userId, person.id);
        const state: PersonPageLocationState = { personChanged: true };
        navigate(`/people/${encodeURIComponent(saved.id)}`, { state });
      },
      onError: (error) => {
        // What the person typed stays in the form (and in the draft) whatever the answer.
        setStaleEdit(personChangedSinceViewedOf(error));
        problems.showApiError(error, (fieldErrors) => personFormErrorsFromApi(fieldErrors, values.born));
      },
    });
  }

  async function handleReload() {
    if (reloading) return;
    setReloading(true);
    try {
      const fresh = await onReload();
      const freshValues = personFormValuesOf(fresh);
      clearPersonEditDraft(userId, person.id, version);
      setValues(keepMyChanges(baseline, values, freshValues));
      setBaseline(freshValues);
      setVersion(fresh.version);
      setTouched(true);
      setStaleEdit(null);
      setRestored(null);
      problems.clear();
      setReloaded(true);
    } catch (error) {
      // The record could not be reloaded: say why. Saving again shows what changed, and offers the reload again.
      setStaleEdit(null);
      problems.showApiError(error);
    } finally {
      setReloading(false);
    }
  }

  function handleDiscard() {
    autosave.cancel();
    clearPersonEditDrafts(userId, person.id);
    const recordValues = personFormValuesOf(person);
    setValues(recordValues);
    setBaseline(recordValues);
    setVersion(person.version);
    setTouched(false);
    setRestored(null);
    setDraftStatus('');
  }

  const fullName = [person.givenName, person.middleNames, person.familyName].filter(Boolean).join(' ');
  return (
    <>
      {staleEdit && problems.problem ? (
        <>
          <ErrorSummary
            key={problems.attempt}
            titleText={problems.problem.problem.title}
            descriptionHtml={
              <>
                {staleEdit.detail}
                {staleEdit.changes.length > 0 && <span className="govuk-!-display-block govuk-!-margin-top-2">Since you opened this record:</span>}
              </>
            }
            errorList={staleEdit.changes.map((change) => ({ text: describeChange(change) }))}
          />
          <p className="govuk-body">Your changes are kept. Reload the record to see what changed; your changes stay in the form, then check them and save again.</p>
          <Button type="button" disabled={reloading} classes="govuk-button--secondary" text={reloading ? 'Reloading the record…' : 'Reload the record and keep my changes'} onClick={() => void handleReload()} />
          <LoadingStatus text={reloading ? 'Reloading the record' : ''} visuallyHidden />
        </>
      ) : (
        <FormErrorSummary problems={problems} fields={personFormFields(problems.dateParts)} notSaved="Your changes have not been saved. They are kept here: try again." />
      )}
      {restored && (
        <NotificationBanner titleText="Important">
          <p className="govuk-notification-banner__heading">We restored your unsaved changes</p>
          <p className="govuk-body">
            You made them on {formatDateTime(restored.savedAt)} and did not save them.
            {restored.earlierVersion && ' Someone has changed the record since: when you save, you will be shown what changed.'}
          </p>
          <Button type="button" classes="govuk-button--secondary govuk-!-margin-bottom-0" text="Discard my changes" onClick={handleDiscard} />
        </NotificationBanner>
      )}
      {reloaded && (
        <NotificationBanner titleText="Important" role="alert">
          <p className="govuk-notification-banner__heading">The record has been reloaded with the latest changes. Your changes are kept: check them, then save.</p>
        </NotificationBanner>
      )}
      <PageHeading caption={fullName} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <PersonFields values={values} errors={problems.errors} dateParts={problems.dateParts} onChange={handleChange} mode="change" askIfBorn={baseline.born !== 'born'} />
        {/* Announced politely, and only when its words change. */}
        <p className="govuk-body-s" role="status" aria-live="polite">
          {draftStatus}
        </p>
        <div className="govuk-button-group">
          <Button disabled={update.isPending || reloading} text={update.isPending ? 'Saving changes…' : 'Save changes'} />
          <Link className="govuk-link" href={`/people/${encodeURIComponent(person.id)}`}>
            Cancel
          </Link>
        </div>
        <LoadingStatus text={update.isPending ? 'Saving the changes' : ''} visuallyHidden />
      </form>
    </>
  );
}

/** /people/:personId/edit */
export function EditPersonPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  // Once the form is open it stays, even if reloading the record fails: it holds what was typed.
  if (person.isError && !person.data) return <RecordProblem error={person.error} what="this person’s record" onRetry={() => void person.refetch()} />;
  return (
    <>
      <BackLink href={`/people/${encodeURIComponent(personId)}`} text="Back to the record" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {person.data ? (
            <EditPersonForm
              key={person.data.id}
              person={person.data}
              onReload={async () => {
                const reloaded = await person.refetch({ throwOnError: true });
                return reloaded.data as PersonRecord;
              }}
            />
          ) : (
            <LoadingPage title={title} text="Loading the record" />
          )}
        </div>
      </div>
    </>
  );
}
