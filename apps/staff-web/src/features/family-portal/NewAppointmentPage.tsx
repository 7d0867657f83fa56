import { Button, DateInput, Input, LoadingStatus, PageHeading, emptyDateParts, formatDateTime, ukDateOf, usePageTitle } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import type { CaseWorkspace } from '../../api/casesTypes';
import type { NewAppointment } from '../../api/portalTypes';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, useReturnToCase } from '../cases/CaseActionPage';
import { useCaseChange } from '../cases/useCaseChange';
import { appointmentErrorsFromApi, appointmentFields, validateAppointment, type AppointmentFormValues } from './appointmentForm';

const title = 'Add an appointment';

function AppointmentForm({ workspace }: { workspace: CaseWorkspace }) {
  const returnToCase = useReturnToCase(workspace.id);
  const [values, setValues] = useState<AppointmentFormValues>({ startsOn: emptyDateParts, startTime: '', endTime: '', title: '', location: '' });
  const problems = useFormProblems();
  // No idempotency key: the API knows an appointment by its case, start and title, so a retry after a failure adds it once.
  const add = useCaseChange(workspace.id, (api, appointment: NewAppointment) => api.addAppointment(workspace.id, appointment));
  const { errors, dateParts } = problems;
  usePageTitle(title, { hasErrors: problems.showsErrors });

  function update<Field extends keyof AppointmentFormValues>(field: Field, value: AppointmentFormValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const now = new Date();
    const result = validateAppointment(values, now, ukDateOf(now));
    if (result.errors) {
      problems.show(result.errors, result.dateParts);
      return;
    }
    problems.clear();
    add.mutate(result.appointment, {
      onSuccess: (appointment) =>
        returnToCase(`Appointment added: ${appointment.title}, ${formatDateTime(appointment.startsAt, { weekday: true })}. The family sees it on their home page in the family portal.`),
      onError: (error) => problems.showApiError(error, appointmentErrorsFromApi),
    });
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={appointmentFields(dateParts)} notSaved="The appointment has not been added. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <p className="govuk-body">A meeting or visit with the family. They see it on their home page in the family portal.</p>
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <DateInput
          id="startsOn"
          fieldset={{ legend: { text: 'Date', classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: 'For example, 27 3 2026' }}
          items={(['day', 'month', 'year'] as const).map((part) => ({ name: part, value: values.startsOn[part], error: errors.startsOn !== undefined && dateParts.includes(part) }))}
          errorMessage={fieldError(errors, 'startsOn')}
          onChange={(part, value) => update('startsOn', { ...values.startsOn, [part]: value })}
        />
        <Input
          name="startTime"
          label={{ text: 'Start time', classes: 'govuk-label--m' }}
          hint={{ text: 'For example, 9:30am or 14:30' }}
          autocomplete="off"
          spellcheck={false}
          classes="govuk-input--width-5"
          value={values.startTime}
          errorMessage={fieldError(errors, 'startTime')}
          onChange={(value) => update('startTime', value)}
        />
        <Input
          name="endTime"
          label={{ text: 'End time (optional)', classes: 'govuk-label--m' }}
          hint={{ text: 'For example, 10:30am or 15:00' }}
          autocomplete="off"
          spellcheck={false}
          classes="govuk-input--width-5"
          value={values.endTime}
          errorMessage={fieldError(errors, 'endTime')}
          onChange={(value) => update('endTime', value)}
        />
        <Input
          name="title"
          label={{ text: 'What is the appointment?', classes: 'govuk-label--m' }}
          hint={{ text: 'As the family will read it, for example ‘Home visit from Kim’ or ‘Review meeting at Oakfield Primary School’.' }}
          autocomplete="off"
          value={values.title}
          errorMessage={fieldError(errors, 'title')}
          onChange={(value) => update('title', value)}
        />
        <Input
          name="location"
          label={{ text: 'Where is it? (optional)', classes: 'govuk-label--m' }}
          hint={{ text: 'For example, ‘At your home’ or the address.' }}
          autocomplete="off"
          value={values.location}
          errorMessage={fieldError(errors, 'location')}
          onChange={(value) => update('location', value)}
        />
        <Button disabled={add.isPending} text={add.isPending ? 'Adding the appointment…' : 'Add the appointment'} />
        <LoadingStatus text={add.isPending ? 'Adding the appointment' : ''} visuallyHidden />
      </form>
    </>
  );
}

/** /cases/:caseId/appointments/new: a meeting or visit the family sees on their home page. */
export function NewAppointmentPage() {
  return (
    <CaseActionPage title={title} permission="writeNotes" what="add appointments on this case">
      {(workspace) => <AppointmentForm workspace={workspace} />}
    </CaseActionPage>
  );
}
