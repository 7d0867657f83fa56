import { agencies, agencyCodes, type Agency } from '@childfirst/domain/agencies';
import { initialDecisionSchema, ragRatings, suggestedRagForUrgency, type InitialDecision, type RagRating, type ReferralUrgency } from '@childfirst/domain/referrals';
import { Button, InsetText, LoadingStatus, Textarea, fieldErrorsFromIssues, formatDateTime, type FieldErrors } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';
import { CodeListRadios } from '../../forms/CodeList';
import { ErrorSummaryAtTop, fieldError, useFormProblems } from '../../forms/formProblems';
import { RevealingCheckboxes } from '../../forms/RevealingCheckboxes';
import { listInWords } from './referralFormat';
import { handleReferralError, useErrorsShown, type ReferralFormProps } from './referralForms';
import { useStartInformationGathering } from './useReferral';

const questionField = (agency: string) => `question-${agency}`;

function agencyLabel(code: string): string {
  return (agencies as Record<string, { label: string } | undefined>)[code]?.label ?? code;
}

/** The agencies already asked, and not since cancelled: they are not asked twice. */
function askedAgencies(referral: FrontDoorReferral): FrontDoorReferral['informationRequests'] {
  return referral.informationRequests.filter((request) => request.status !== 'cancelled');
}

function isReferralUrgency(value: string | null): value is ReferralUrgency {
  return value !== null && value in suggestedRagForUrgency;
}

export interface InformationGatheringValues {
  rag: RagRating | '';
  agencies: Agency[];
  questions: Partial<Record<Agency, string>>;
  note: string;
}

export type InformationGatheringValidation = { decision: InitialDecision; errors?: undefined } | { decision?: undefined; errors: FieldErrors };

/**
 * Checks the form with the API's initialDecisionSchema. A ticked agency with no question is named
 * in its message ("Enter what you need to know from Education"), so the summary says which.
 */
export function validateInformationGathering(values: InformationGatheringValues): InformationGatheringValidation {
  const requests = values.agencies.map((agency) => ({ agency, question: values.questions[agency] ?? '' }));
  const result = initialDecisionSchema.safeParse({
    rag: values.rag || undefined,
    informationRequests: requests,
    note: values.note.trim() || undefined,
  });
  const errors: FieldErrors = {};
  if (!result.success) {
    for (const [path, message] of Object.entries(fieldErrorsFromIssues(result.error.issues))) {
      const [field, index, member] = path.split('.');
      const agency = index === undefined ? undefined : requests[Number(index)]?.agency;
      const key = field === 'informationRequests' ? (agency && member === 'question' ? questionField(agency) : 'agencies') : (field ?? path);
      errors[key] ??= message;
    }
  }
  for (const { agency, question } of requests) {
    if (!question.trim()) errors[questionField(agency)] = `Enter what you need to know from ${agencyLabel(agency)}`;
  }
  if (result.success && Object.keys(errors).length === 0) return { decision: result.data };
  return { errors };
}

/** The API's field paths ("informationRequests.0.question") as this form's fields. */
function formFieldsOf(apiErrors: Record<string, string>, sent: readonly Agency[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(apiErrors)) {
    const [field, index, member] = path.split('.');
    const agency = index === undefined ? undefined : sent[Number(index)];
    errors[field === 'informationRequests' ? (agency && member === 'question' ? questionField(agency) : 'agencies') : (field ?? path)] ??= message;
  }
  return errors;
}

export interface InformationGatheringFormProps extends ReferralFormProps {
  /** Said at the top of the page once the requests are sent. */
  onSaved: (heading: string, detail: string) => void;
}

/**
 * "Set priority and ask agencies": the front door's RAG rating and a question for each partner
 * agency it needs to hear from. Used again to ask more agencies; those already asked are listed.
 */
export function InformationGatheringForm({ referral, onSaved, onConflict, onErrorsShown, errorSummaryContainer }: InformationGatheringFormProps) {
  const asked = askedAgencies(referral);
  const askedCodes = new Set(asked.map((request) => request.agency));
  const offered = agencyCodes.filter((agency) => !askedCodes.has(agency));
  const [values, setValues] = useState<InformationGatheringValues>({ rag: referral.rag ?? '', agencies: [], questions: {}, note: '' });
  const problems = useFormProblems();
  useErrorsShown(problems, onErrorsShown);
  const save = useStartInformationGathering(referral.id, {
    onSaved: (saved, decision) => {
      const sent = decision.informationRequests.map((request) => agencyLabel(request.agency));
      const rating = ragRatings[saved.rag ?? decision.rag].label;
      // Ready for the next agencies: those just asked are now listed as asked.
      setValues((current) => ({ rag: current.rag, agencies: [], questions: {}, note: '' }));
      onSaved(
        `Priority set to ${rating}`,
        sent.length > 0 ? `${listInWords(sent)} ${sent.length === 1 ? 'has' : 'have'} been asked for information.` : 'No agencies were asked this time.',
      );
    },
  });

  function update<Field extends keyof InformationGatheringValues>(field: Field, value: InformationGatheringValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const result = validateInformationGathering(values);
    if (result.errors) {
      problems.show(result.errors);
      return;
    }
    problems.clear();
    const sent = values.agencies;
    save.mutate(
      { decision: result.decision, version: referral.version },
      {
        onError: (error) => handleReferralError(error, problems, onConflict, (apiErrors) => formFieldsOf(apiErrors, sent) as Record<string, string>),
      },
    );
  }

  const fields = [{ name: 'rag' }, { name: 'agencies' }, ...values.agencies.map((agency) => ({ name: questionField(agency) })), { name: 'note' }];
  const suggestion = isReferralUrgency(referral.urgency) ? ragRatings[suggestedRagForUrgency[referral.urgency]].label : null;

  return (
    <>
      <ErrorSummaryAtTop container={errorSummaryContainer} problems={problems} fields={fields} notSaved="The priority has not been saved and no agency has been asked. Try again." />
      <form noValidate onSubmit={handleSubmit} aria-labelledby="information-gathering-heading">
        <h2 className="govuk-heading-l" id="information-gathering-heading">
          {asked.length > 0 ? 'Change priority or ask more agencies' : 'Set priority and ask agencies'}
        </h2>
        <CodeListRadios<RagRating>
          name="rag"
          codes={ragRatings}
          hints={{ red: ragRatings.red.hint, amber: ragRatings.amber.hint, green: ragRatings.green.hint }}
          fieldset={{ legend: { text: 'What is the priority?', classes: 'govuk-fieldset__legend--m' } }}
          hint={suggestion ? { text: `The referrer said: ${referral.urgencyLabel ?? ''}. That suggests ${suggestion}. You decide.` } : undefined}
          value={values.rag}
          errorMessage={fieldError(problems.errors, 'rag')}
          onChange={(rag) => update('rag', rag)}
        />
        {asked.length > 0 && (
          <InsetText>
            <p className="govuk-body govuk-!-margin-bottom-1">Already asked:</p>
            <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0" aria-label="Agencies already asked">
              {asked.map((request) => (
                <li key={request.id}>
                  {request.agencyLabel}, on {formatDateTime(request.requestedAt)}
                </li>
              ))}
            </ul>
          </InsetText>
        )}
        {offered.length === 0 ? (
          <p className="govuk-body">Every agency has been asked.</p>
        ) : (
          <RevealingCheckboxes<Agency>
            name="agencies"
            legend={{ text: asked.length > 0 ? 'Which other agencies do you need to ask?' : 'Which agencies do you need to ask?', classes: 'govuk-fieldset__legend--m' }}
            hint={{ text: 'Select all that apply. Each agency answers within the time the priority gives. You can leave them all unticked and ask later.' }}
            errorMessage={fieldError(problems.errors, 'agencies')}
            values={values.agencies}
            onChange={(selected) => update('agencies', selected)}
            items={offered.map((agency) => ({
              value: agency,
              text: agencies[agency].label,
              conditional: (
                <Textarea
                  name={questionField(agency)}
                  rows={3}
                  label={{ text: `What do you need to know from ${agencies[agency].label}?` }}
                  value={values.questions[agency] ?? ''}
                  errorMessage={fieldError(problems.errors, questionField(agency))}
                  onChange={(question) => update('questions', { ...values.questions, [agency]: question })}
                />
              ),
            }))}
          />
        )}
        <Textarea
          name="note"
          rows={3}
          label={{ text: 'Note (optional)', classes: 'govuk-label--s' }}
          hint={{ text: 'Why you chose this priority. It is kept on the referral record; agencies do not see it.' }}
          value={values.note}
          errorMessage={fieldError(problems.errors, 'note')}
          onChange={(note) => update('note', note)}
        />
        <Button disabled={save.isPending} text={save.isPending ? 'Saving…' : 'Save priority and ask agencies'} />
        <LoadingStatus text={save.isPending ? 'Saving the priority and sending the requests' : ''} visuallyHidden />
      </form>
    </>
  );
}
