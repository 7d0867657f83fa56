import { Button, DateInput, Input, LoadingStatus, PageHeading, Radios, Textarea, ukDateOf, usePageTitle } from '@childfirst/ui';
import { chronologyEventTypes } from '@childfirst/domain/cases';
import { automaticOnlyEventTypes } from '@childfirst/domain/casework';
import { useState, type FormEvent } from 'react';
import type { CaseWorkspace, NewChronologyEntry } from '../../api/casesTypes';
import { CodeListSelect } from '../../forms/CodeList';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { codeAsWords, labelOf } from '../people/personFormat';
import { CaseActionPage, useReturnToCase } from './CaseActionPage';
import { noteSensitivities } from './caseNoteForm';
import { chronologyEntryErrorsFromApi, chronologyEntryFields, validateChronologyEntry, wholeFamily, type ChronologyEntryFormValues } from './chronologyEntryForm';
import { useCaseChange } from './useCaseChange';

const title = 'Add an event to the chronology';

interface AddEntryVariables {
  entry: NewChronologyEntry;
  idempotencyKey: string;
}

function AddChronologyEntryForm({ workspace }: { workspace: CaseWorkspace }) {
  const returnToCase = useReturnToCase(workspace.id);
  const [values, setValues] = useState<ChronologyEntryFormValues>({
    occurredOn: { day: '', month: '', year: '' },
    occurredTime: '',
    eventType: '',
    about: '',
    summary: '',
    sensitivity: '',
  });
  // One key for this form: sending it again after a failure adds the event once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const problems = useFormProblems();
  const add = useCaseChange(workspace.id, (api, { entry, idempotencyKey: key }: AddEntryVariables) => api.addChronologyEntry(workspace.id, entry, key));
  const { errors, dateParts } = problems;
  usePageTitle(title, { hasErrors: problems.showsErrors });

  function update<Field extends keyof ChronologyEntryFormValues>(field: Field, value: ChronologyEntryFormValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const now = new Date();
    const result = validateChronologyEntry(values, now, ukDateOf(now));
    if (result.errors) {
      problems.show(result.errors, result.dateParts);
      return;
    }
    problems.clear();
    add.mutate(
      { entry: result.entry, idempotencyKey },
      {
        onSuccess: (entry) => returnToCase(`Event added to the chronology: ${labelOf(entry.eventLabel, entry.eventType)}`),
        onError: (error) => problems.showApiError(error, chronologyEntryErrorsFromApi),
      },
    );
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={chronologyEntryFields(dateParts)} notSaved="The event has not been added. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <p className="govuk-body">Add a significant event that is not already in the chronology. Referrals, key worker changes and case notes are added automatically.</p>
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <DateInput
          id="occurredOn"
          fieldset={{ legend: { text: 'Date it happened', classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: 'For example, 27 3 2026' }}
          items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: values.occurredOn[part], error: errors.occurredOn !== undefined && dateParts.includes(part) }))}
          errorMessage={fieldError(errors, 'occurredOn')}
          onChange={(part, value) => update('occurredOn', { ...values.occurredOn, [part]: value })}
        />
        <Input
          name="occurredTime"
          label={{ text: 'Time it happened', classes: 'govuk-label--m' }}
          hint={{ text: 'For example, 9:30am or 14:30' }}
          autocomplete="off"
          spellcheck={false}
          classes="govuk-input--width-5"
          value={values.occurredTime}
          errorMessage={fieldError(errors, 'occurredTime')}
          onChange={(value) => update('occurredTime', value)}
        />
        <CodeListSelect
          name="eventType"
          codes={chronologyEventTypes}
          exclude={automaticOnlyEventTypes}
          emptyOption="Choose the kind of event"
          label={{ text: 'Kind of event', classes: 'govuk-label--m' }}
          value={values.eventType}
          errorMessage={fieldError(errors, 'eventType')}
          onChange={(value) => update('eventType', value)}
        />
        <Radios
          name="about"
          fieldset={{ legend: { text: 'Who is it about?', classes: 'govuk-fieldset__legend--m' } }}
          value={values.about}
          errorMessage={fieldError(errors, 'about')}
          onChange={(value) => update('about', value)}
          items={[
            ...workspace.members.map((member) => ({ value: member.personId, text: member.name, hint: { text: codeAsWords(member.memberRole) } })),
            { value: wholeFamily, text: 'The whole family' },
          ]}
        />
        <Textarea
          name="summary"
          rows={5}
          label={{ text: 'What happened', classes: 'govuk-label--m' }}
          hint={{ text: 'Write it so that someone new to the family understands it. At least 5 characters.' }}
          value={values.summary}
          errorMessage={fieldError(errors, 'summary')}
          onChange={(value) => update('summary', value)}
        />
        <Radios
          name="sensitivity"
          fieldset={{ legend: { text: 'Who can read it', classes: 'govuk-fieldset__legend--m' } }}
          value={values.sensitivity}
          errorMessage={fieldError(errors, 'sensitivity')}
          onChange={(value) => update('sensitivity', value)}
          items={noteSensitivities.map((sensitivity) => ({ value: sensitivity.value, text: sensitivity.text, hint: { text: sensitivity.hint } }))}
        />
        <Button disabled={add.isPending} text={add.isPending ? 'Adding the event…' : 'Add the event'} />
        <LoadingStatus text={add.isPending ? 'Adding the event' : ''} visuallyHidden />
      </form>
    </>
  );
}

/** /cases/:caseId/chronology/new */
export function AddChronologyEntryPage() {
  return (
    <CaseActionPage title={title} permission="writeNotes" what="add to the chronology of this case">
      {(workspace) => <AddChronologyEntryForm workspace={workspace} />}
    </CaseActionPage>
  );
}
