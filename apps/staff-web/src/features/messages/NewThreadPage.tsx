import { Button, Input, LoadingStatus, PageHeading, Textarea, usePageTitle } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import type { CaseWorkspace } from '../../api/casesTypes';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, useReturnToCase } from '../cases/CaseActionPage';
import { newThreadFields, validateNewThread, type NewThreadFormValues } from './messageForm';
import { useStartThread } from './useMessages';

const title = 'Send a message to the family';

function NewThreadForm({ workspace }: { workspace: CaseWorkspace }) {
  const returnToCase = useReturnToCase(workspace.id);
  const [values, setValues] = useState<NewThreadFormValues>({ subject: '', body: '' });
  // One key for this form: sending it again after a failure sends the message once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const problems = useFormProblems();
  const start = useStartThread(workspace.id);
  const { errors } = problems;
  usePageTitle(title, { hasErrors: problems.showsErrors });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (start.isPending) return;
    const result = validateNewThread(values);
    if (result.errors) {
      problems.show(result.errors);
      return;
    }
    problems.clear();
    start.mutate(
      { thread: result.thread, idempotencyKey },
      {
        onSuccess: (thread) => returnToCase(`Message sent to the family: ${thread.subject}`),
        onError: (error) => problems.showApiError(error),
      },
    );
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={newThreadFields} notSaved="Your message has not been sent. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <p className="govuk-body">The family reads it in the family portal, and can reply there. It starts a new conversation: to answer one, open it under ‘Messages with the family’ on the case.</p>
      <form noValidate onSubmit={handleSubmit} aria-label={title}>
        <Input
          name="subject"
          label={{ text: 'Subject', classes: 'govuk-label--m' }}
          hint={{ text: 'What the message is about, for example ‘Meeting at school on Tuesday’.' }}
          autocomplete="off"
          value={values.subject}
          errorMessage={fieldError(errors, 'subject')}
          onChange={(subject) => setValues((current) => ({ ...current, subject }))}
        />
        <Textarea
          name="body"
          rows={8}
          label={{ text: 'Message', classes: 'govuk-label--m' }}
          hint={{ text: 'Write it in plain English. Up to 5,000 characters.' }}
          value={values.body}
          errorMessage={fieldError(errors, 'body')}
          onChange={(body) => setValues((current) => ({ ...current, body }))}
        />
        <Button disabled={start.isPending} text={start.isPending ? 'Sending the message…' : 'Send the message'} />
        <LoadingStatus text={start.isPending ? 'Sending the message' : ''} visuallyHidden />
      </form>
    </>
  );
}

/** /cases/:caseId/messages/new */
export function NewThreadPage() {
  return (
    <CaseActionPage title={title} permission="writeNotes" what="send messages to this family">
      {(workspace) => <NewThreadForm workspace={workspace} />}
    </CaseActionPage>
  );
}
