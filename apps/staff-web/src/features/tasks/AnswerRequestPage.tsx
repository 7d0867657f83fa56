import { sensitivities } from '@childfirst/domain/cases';
import { concernLevels, informationResponseSchema, type ConcernLevel } from '@childfirst/domain/referrals';
import {
  BackLink,
  Button,
  InsetText,
  Link,
  LoadingStatus,
  PageHeading,
  Radios,
  SummaryList,
  Textarea,
  fieldErrorsFromIssues,
  formatDateTime,
  usePageTitle,
  type SummaryListRow,
} from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { AgencyTask } from '../../api/frontDoorTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { CodeListRadios } from '../../forms/CodeList';
import { FormErrorSummary, asApiError, fieldError, useFormProblems } from '../../forms/formProblems';
import { ServiceProblem } from '../account/RecordProblem';
import { noteSensitivities } from '../cases/caseNoteForm';
import { RequestClock } from '../referrals/LiveClocks';
import { useNow } from '../referrals/liveClock';
import { RagTag } from '../referrals/referralFormat';
import type { AgencyTasksLocationState } from './AgencyTasksPage';
import { childrenOf, taskTitle } from './taskFormat';
import { useAgencyTasks, useAnswerRequest } from './useAgencyTasks';

const title = 'Answer a request for information';
const fields = [{ name: 'summary' }, { name: 'knownToAgency' }, { name: 'concernsHeld' }, { name: 'sensitivity' }];
const sensitivityHints = Object.fromEntries(noteSensitivities.map((sensitivity) => [sensitivity.value, sensitivity.hint]));

interface AnswerValues {
  summary: string;
  knownToAgency: 'yes' | 'no' | '';
  concernsHeld: ConcernLevel | '';
  sensitivity: keyof typeof sensitivities | '';
}

function taskRows(task: AgencyTask, now: number): SummaryListRow[] {
  return [
    { key: { text: 'Children' }, value: { text: childrenOf(task) } },
    { key: { text: 'What the referral says' }, value: { html: <span className="childfirst-preserve-lines">{task.summary}</span> } },
    { key: { text: 'Priority' }, value: { html: <RagTag rag={task.rag} /> } },
    { key: { text: 'Asked by' }, value: { text: `${task.requestedBy}, front door, on ${formatDateTime(task.requestedAt)}` } },
    { key: { text: 'Answer due' }, value: { html: <RequestClock request={task} now={now} /> } },
  ];
}

function AnswerForm({ task, onNoLongerOpen }: { task: AgencyTask; onNoLongerOpen: (detail: string) => void }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<AnswerValues>({ summary: '', knownToAgency: '', concernsHeld: '', sensitivity: '' });
  const problems = useFormProblems();
  const answer = useAnswerRequest();
  const now = useNow();
  usePageTitle(title, { hasErrors: problems.showsErrors });

  function update<Field extends keyof AnswerValues>(field: Field, value: AnswerValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (answer.isPending) return;
    const result = informationResponseSchema.safeParse({
      summary: values.summary,
      knownToAgency: values.knownToAgency === '' ? undefined : values.knownToAgency === 'yes',
      concernsHeld: values.concernsHeld || undefined,
      sensitivity: values.sensitivity || undefined,
    });
    if (!result.success) {
      problems.show(fieldErrorsFromIssues(result.error.issues));
      return;
    }
    problems.clear();
    answer.mutate(
      { requestId: task.id, response: result.data },
      {
        onSuccess: () => {
          const state: AgencyTasksLocationState = { answered: `Your answer about the ${taskTitle(task)} has been sent to the front door` };
          navigate('/tasks', { state });
        },
        onError: (error) => {
          const apiError = asApiError(error);
          // 409: answered or cancelled meanwhile. The page says so, and the list is reloaded.
          if (apiError.status === 409) onNoLongerOpen(apiError.problem.detail ?? apiError.problem.title);
          else problems.showApiError(apiError);
        },
      },
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} fields={fields} notSaved="Your answer has not been sent. It is kept here: try again." />
        <PageHeading caption={`${task.agencyLabel} request, ${taskTitle(task)}`} classes="govuk-heading-l">
          {title}
        </PageHeading>
        <h2 className="govuk-heading-m">The question</h2>
        <InsetText>
          <p className="govuk-body childfirst-preserve-lines govuk-!-margin-bottom-0">{task.question}</p>
        </InsetText>
        <h2 className="govuk-heading-m">The referral</h2>
        <SummaryList rows={taskRows(task, now)} />
        <form noValidate onSubmit={handleSubmit} aria-labelledby="answer-heading">
          <h2 className="govuk-heading-l" id="answer-heading">
            Your answer
          </h2>
          <Textarea
            name="summary"
            rows={8}
            label={{ text: 'What does your agency know about the child and family?', classes: 'govuk-label--m' }}
            hint={{ text: 'Include when you were last involved, what you are doing now and anything that worries you. Say where the information came from.' }}
            value={values.summary}
            errorMessage={fieldError(problems.errors, 'summary')}
            onChange={(summary) => update('summary', summary)}
          />
          <Radios<'yes' | 'no'>
            name="knownToAgency"
            classes="govuk-radios--inline"
            fieldset={{ legend: { text: 'Is the child or family known to your agency?', classes: 'govuk-fieldset__legend--m' } }}
            value={values.knownToAgency}
            errorMessage={fieldError(problems.errors, 'knownToAgency')}
            onChange={(known) => update('knownToAgency', known)}
            items={[
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
            ]}
          />
          <CodeListRadios<ConcernLevel>
            name="concernsHeld"
            codes={concernLevels}
            fieldset={{ legend: { text: 'What level of concern does your agency hold?', classes: 'govuk-fieldset__legend--m' } }}
            value={values.concernsHeld}
            errorMessage={fieldError(problems.errors, 'concernsHeld')}
            onChange={(level) => update('concernsHeld', level)}
          />
          <CodeListRadios<keyof typeof sensitivities>
            name="sensitivity"
            codes={sensitivities}
            hints={sensitivityHints}
            fieldset={{ legend: { text: 'Who can read your answer?', classes: 'govuk-fieldset__legend--m' } }}
            hint={{ text: 'Choose a narrower level for police intelligence, information from someone outside the family, or an address that must stay confidential.' }}
            value={values.sensitivity}
            errorMessage={fieldError(problems.errors, 'sensitivity')}
            onChange={(sensitivity) => update('sensitivity', sensitivity)}
          />
          <Button disabled={answer.isPending} text={answer.isPending ? 'Sending answer…' : 'Send answer'} />
          <LoadingStatus text={answer.isPending ? 'Sending your answer' : ''} visuallyHidden />
        </form>
      </div>
    </div>
  );
}

function RequestClosed({ detail }: { detail: string | null }) {
  usePageTitle('This request is no longer open');
  return (
    <>
      <PageHeading classes="govuk-heading-l">This request is no longer open</PageHeading>
      {detail && <p className="govuk-body">{detail}</p>}
      <p className="govuk-body">Someone else in your agency may have answered it, or the front door may have cancelled it.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/tasks">
          See the requests still open for your agency
        </Link>
      </p>
    </>
  );
}

/** One request from the front door to the practitioner's agency, and the agency's answer. */
export function AnswerRequestPage() {
  const { requestId = '' } = useParams();
  const tasks = useAgencyTasks();
  // Refused because it was answered or cancelled meanwhile (409): what the API said.
  const [closed, setClosed] = useState<string | null>(null);
  // There is no endpoint for one request: it is found among the agency's open requests.
  const task = tasks.data?.find((candidate) => candidate.id === requestId) ?? null;

  if (tasks.isError) return <ServiceProblem error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return (
    <>
      <BackLink href="/tasks" text="Back to information requests" />
      {closed !== null || (tasks.data && !task) ? (
        <RequestClosed detail={closed || null} />
      ) : task ? (
        <AnswerForm
          task={task}
          onNoLongerOpen={(detail) => {
            setClosed(detail);
            void tasks.refetch();
          }}
        />
      ) : (
        <LoadingPage title={title} text="Loading the request" />
      )}
    </>
  );
}
