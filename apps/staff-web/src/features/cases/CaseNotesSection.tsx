import { LoadingStatus, ProblemNotice, Tag, formatDate } from '@childfirst/ui';
import type { CaseNote, CaseWorkspace } from '../../api/casesTypes';
import { labelOf } from '../people/personFormat';
import { CaseNoteForm } from './CaseNoteForm';
import { noteSensitivities } from './caseNoteForm';
import { useCaseNotes } from './useCase';

function sensitivityTag(note: CaseNote) {
  if (note.sensitivity === 'standard') return null;
  const text = noteSensitivities.find((option) => option.value === note.sensitivity)?.text ?? 'Sensitive';
  return <Tag text={text} classes="govuk-tag--yellow" />;
}

function Note({ note }: { note: CaseNote }) {
  return (
    <li className="childfirst-chronology__entry">
      <div className="childfirst-chronology__meta">
        <span className="govuk-body-s govuk-!-margin-bottom-0">{formatDate(note.occurredAt)}</span>
        <Tag text={labelOf(note.agencyLabel, note.agency)} classes="govuk-tag--grey" />
        {sensitivityTag(note)}
      </div>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{labelOf(note.noteTypeLabel, note.noteType)}</h4>
      <p className="govuk-body govuk-!-margin-bottom-1 childfirst-preserve-lines">{note.body}</p>
      <p className="govuk-body-s govuk-!-margin-bottom-0 govuk-hint">Written by {note.author}</p>
    </li>
  );
}

export interface CaseNotesSectionProps {
  workspace: CaseWorkspace;
  onErrorsShown?: (shown: boolean) => void;
  errorSummaryContainer?: HTMLElement | null;
}

export function CaseNotesSection({ workspace, onErrorsShown, errorSummaryContainer }: CaseNotesSectionProps) {
  const notes = useCaseNotes(workspace.id);
  // The API says whether this person may write here (an inspector's read-only grant may not).
  const canWrite = workspace.permissions.writeNotes;
  const sorted = notes.data ? [...notes.data].sort((one, other) => other.occurredAt.localeCompare(one.occurredAt)) : [];
  return (
    <section aria-labelledby="notes-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="notes-heading">
        Notes
      </h2>
      {canWrite && <CaseNoteForm caseId={workspace.id} caseChildren={workspace.children} onErrorsShown={onErrorsShown} errorSummaryContainer={errorSummaryContainer} />}
      <h3 className="govuk-heading-m">{notes.data ? `Case notes (${notes.data.length})` : 'Case notes'}</h3>
      {notes.isPending && <LoadingStatus text="Loading the notes" />}
      {notes.isError && <ProblemNotice error={notes.error} onRetry={() => void notes.refetch()} headingLevel={3} />}
      {notes.data && notes.data.length === 0 && <p className="govuk-body">No notes have been written yet.</p>}
      {sorted.length > 0 && (
        <ol className="childfirst-chronology" aria-label="Case notes, newest first">
          {sorted.map((note) => (
            <Note key={note.id} note={note} />
          ))}
        </ol>
      )}
    </section>
  );
}
