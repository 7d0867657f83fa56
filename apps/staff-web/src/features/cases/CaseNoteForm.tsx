import { Button, Checkboxes, DateInput, LoadingStatus, Radios, Textarea, formatDateTime, formatTime, ukDateOf, useAuth } from '@childfirst/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CaseChild, CaseNote } from '../../api/casesTypes';
import { ErrorSummaryAtTop, fieldError, useFormProblems } from '../../forms/formProblems';
import { SuccessBanner } from '../../forms/pageOutcome';
import { labelOf } from '../people/personFormat';
import { caseNoteDraftKey, clearCaseNoteDraft, draftSaveDelayMs, loadCaseNoteDraft, saveCaseNoteDraft } from './caseNoteDraft';
import { caseNoteFields, emptyCaseNote, hasNoteContent, noteSensitivities, noteTypes, validateCaseNote, type CaseNoteFormValues } from './caseNoteForm';
import { useAddCaseNote } from './useCase';

export interface CaseNoteFormProps {
  caseId: string;
  /** The children the note can be about. */
  caseChildren: CaseChild[];
  /** Lets the page put "Error: " in its title while the form shows errors. */
  onErrorsShown?: (shown: boolean) => void;
  /** Where the error summary goes: the top of the page's main content. Inline if not given. */
  errorSummaryContainer?: HTMLElement | null;
}

/** "at 3:04pm" today, "on 3 June 2026 at 3:04pm" before. */
function savedWhen(savedAt: string): string {
  return ukDateOf(new Date(savedAt)) === ukDateOf(new Date()) ? `at ${formatTime(savedAt)}` : `on ${formatDateTime(savedAt)}`;
}

/** The draft, the form's values and the idempotency key, restored together when the form opens. */
function useNoteDraft(caseId: string) {
  const { profile } = useAuth();
  const key = caseNoteDraftKey(caseId, profile.subject);
  const [initial] = useState(() => {
    const draft = loadCaseNoteDraft(key);
    return {
      values: draft?.values ?? emptyCaseNote(ukDateOf(new Date())),
      idempotencyKey: draft?.idempotencyKey ?? crypto.randomUUID(),
      restoredFrom: draft?.savedAt ?? null,
    };
  });
  return { key, initial };
}

export function CaseNoteForm({ caseId, caseChildren, onErrorsShown, errorSummaryContainer }: CaseNoteFormProps) {
  const { key: draftKey, initial } = useNoteDraft(caseId);
  const [values, setValues] = useState<CaseNoteFormValues>(initial.values);
  const [idempotencyKey, setIdempotencyKey] = useState(initial.idempotencyKey);
  const [draftStatus, setDraftStatus] = useState(initial.restoredFrom ? `Your draft saved ${savedWhen(initial.restoredFrom)} has been restored` : '');
  const [edited, setEdited] = useState(false);
  const problems = useFormProblems();
  const { errors, dateParts } = problems;
  const [added, setAdded] = useState<{ note: CaseNote; count: number } | null>(null);
  const add = useAddCaseNote(caseId);

  const showsErrors = problems.showsErrors;
  useEffect(() => onErrorsShown?.(showsErrors), [showsErrors, onErrorsShown]);

  // Autosave: once typing pauses, and at once if the form goes away before then.
  const pendingDraft = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!edited) return;
    const save = () => {
      pendingDraft.current = null;
      if (!hasNoteContent(values)) {
        clearCaseNoteDraft(draftKey);
        setDraftStatus('');
        return;
      }
      const savedAt = new Date();
      if (saveCaseNoteDraft(draftKey, { values, idempotencyKey, savedAt: savedAt.toISOString() })) setDraftStatus(`Draft saved at ${formatTime(savedAt)}`);
      else setDraftStatus('Your draft could not be saved in this browser. Save the note before you leave this page.');
    };
    pendingDraft.current = save;
    const timer = window.setTimeout(save, draftSaveDelayMs);
    return () => window.clearTimeout(timer);
  }, [values, edited, draftKey, idempotencyKey]);
  useEffect(() => () => pendingDraft.current?.(), []);

  function handleChange<Field extends keyof CaseNoteFormValues>(field: Field, value: CaseNoteFormValues[Field]) {
    setEdited(true);
    setAdded(null);
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const now = new Date();
    const result = validateCaseNote(values, now, ukDateOf(now));
    if (result.errors) {
      problems.show(result.errors, result.dateParts);
      return;
    }
    problems.clear();
    add.mutate(
      { note: result.note, idempotencyKey },
      {
        onSuccess: (note) => {
          pendingDraft.current = null;
          clearCaseNoteDraft(draftKey);
          setEdited(false);
          setValues(emptyCaseNote(ukDateOf(new Date())));
          setIdempotencyKey(crypto.randomUUID());
          setDraftStatus('');
          setAdded((previous) => ({ note, count: (previous?.count ?? 0) + 1 }));
        },
        // The draft stays, with the same idempotency key, so trying again records the note once.
        onError: (error) => problems.showApiError(error),
      },
    );
  }

  return (
    <>
      <ErrorSummaryAtTop
        container={errorSummaryContainer}
        problems={problems}
        fields={caseNoteFields(dateParts)}
        notSaved="The note has not been saved. Your draft is kept: try again."
      />
      {added && (
        <SuccessBanner key={added.count} titleHeadingLevel={3}>
          <p className="govuk-notification-banner__heading">Case note added: {labelOf(added.note.noteTypeLabel, added.note.noteType)}</p>
        </SuccessBanner>
      )}
      <form noValidate onSubmit={handleSubmit} aria-labelledby="add-case-note-heading">
        <h3 className="govuk-heading-m" id="add-case-note-heading">
          Add a case note
        </h3>
        <Radios
          name="noteType"
          fieldset={{ legend: { text: 'Type of note', classes: 'govuk-fieldset__legend--s' } }}
          classes="govuk-radios--small"
          value={values.noteType}
          errorMessage={fieldError(errors, 'noteType')}
          onChange={(noteType) => handleChange('noteType', noteType)}
          items={noteTypes.map((type) => ({ value: type.value, text: type.text }))}
        />
        <DateInput
          id="occurredOn"
          fieldset={{ legend: { text: 'Date it happened', classes: 'govuk-fieldset__legend--s' } }}
          hint={{ text: 'For example, 27 3 2026' }}
          items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: values.occurredOn[part], error: dateParts.includes(part) }))}
          errorMessage={fieldError(errors, 'occurredOn')}
          onChange={(part, value) => handleChange('occurredOn', { ...values.occurredOn, [part]: value })}
        />
        {caseChildren.length > 0 && (
          <Checkboxes
            name="personIds"
            fieldset={{ legend: { text: 'Which children is it about? (optional)', classes: 'govuk-fieldset__legend--s' } }}
            classes="govuk-checkboxes--small"
            values={values.personIds}
            errorMessage={fieldError(errors, 'personIds')}
            onChange={(personIds) => handleChange('personIds', personIds)}
            items={caseChildren.map((child) => ({ value: child.personId, text: child.name }))}
          />
        )}
        <Textarea
          name="body"
          rows={8}
          label={{ text: 'Note', classes: 'govuk-label--s' }}
          hint={{ text: 'What happened, what was said and what you will do next. Write it so the family could read it.' }}
          value={values.body}
          errorMessage={fieldError(errors, 'body')}
          onChange={(body) => handleChange('body', body)}
        />
        <Radios
          name="sensitivity"
          fieldset={{ legend: { text: 'Who can read it', classes: 'govuk-fieldset__legend--s' } }}
          classes="govuk-radios--small"
          value={values.sensitivity}
          errorMessage={fieldError(errors, 'sensitivity')}
          onChange={(sensitivity) => handleChange('sensitivity', sensitivity)}
          items={noteSensitivities.map((sensitivity) => ({ value: sensitivity.value, text: sensitivity.text, hint: { text: sensitivity.hint } }))}
        />
        {/* Announced politely, and only when its words change: at most once a minute while typing. */}
        <p className="govuk-body-s" role="status" aria-live="polite">
          {draftStatus}
        </p>
        <Button disabled={add.isPending} text={add.isPending ? 'Saving note…' : 'Save note'} />
        <LoadingStatus text={add.isPending ? 'Saving the note' : ''} visuallyHidden />
      </form>
    </>
  );
}
