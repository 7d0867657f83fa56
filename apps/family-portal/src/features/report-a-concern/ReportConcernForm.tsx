import { publicReporterRelationships, referralUrgencies, type PublicConcern, type PublicReporterRelationship, type ReferralUrgency } from '@childfirst/domain/referrals';
import {
  ApiError,
  Button,
  ErrorSummary,
  Input,
  LoadingStatus,
  PageHeading,
  Radios,
  WarningText,
  errorSummaryItems,
  hasFieldErrors,
  ukDateOf,
  usePageTitle,
  type DatePart,
  type FieldErrors,
} from '@childfirst/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PublicApi, PublicConcernReceipt } from '../../api/publicApi';
import { CharacterCount } from '../../components/CharacterCount';
import { ChildFields } from './ChildFields';
import { ConcernCheckboxes } from './ConcernCheckboxes';
import {
  MAX_CHILDREN,
  childFieldId,
  concernFormFields,
  emptyChild,
  emptyConcernForm,
  loadConcernSchema,
  validateConcernForm,
  type PublicConcernSchema,
  type ChildValues,
  type ConcernFormValues,
  type TellUsWhoYouAre,
} from './concernForm';
import { publicConcernGroups } from './publicConcernOptions';

export interface ReportConcernFormProps {
  api: PublicApi;
  /** The front door's phone number, for when the form cannot be used. */
  frontDoorPhone: string;
  onSent: (receipt: PublicConcernReceipt, concern: PublicConcern) => void;
  /** Today in UK time (YYYY-MM-DD), for checking dates of birth; tests fix it. */
  today?: () => string;
}

/** The description's limit in publicConcernSchema (referralDescriptionSchema). */
const DESCRIPTION_MAX_LENGTH = 4000;

function errorOf(errors: FieldErrors, field: string) {
  const text = errors[field];
  return text ? { text } : undefined;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
}

export function ReportConcernForm({ api, frontDoorPhone, onSent, today = () => ukDateOf(new Date()) }: ReportConcernFormProps) {
  const [values, setValues] = useState<ConcernFormValues>(emptyConcernForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dateParts, setDateParts] = useState<Partial<Record<number, DatePart[]>>>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  // Each failed attempt remounts the error summary, so it takes focus and is announced again.
  const [attempt, setAttempt] = useState(0);
  // One key per form, resent on every retry, so the API records this report once however often it is sent.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [isSending, setIsSending] = useState(false);
  const sending = useRef(false);
  const nextChildKey = useRef(1);
  const [childrenAnnouncement, setChildrenAnnouncement] = useState('');
  const focusAfterRender = useRef<string | null>(null);

  // The schema (and zod) downloads now, while the person reads and types.
  useEffect(() => {
    void loadConcernSchema().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const showsErrors = hasFieldErrors(errors) || problem !== null;
  usePageTitle('Report a concern about a child', { hasErrors: showsErrors });

  function handleChange<Field extends keyof ConcernFormValues>(field: Field, value: ConcernFormValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function changeChild(index: number, child: ChildValues) {
    setValues((current) => ({ ...current, children: current.children.map((existing, position) => (position === index ? child : existing)) }));
  }

  function addChild() {
    if (values.children.length >= MAX_CHILDREN) return;
    const number = values.children.length + 1;
    const child = emptyChild(nextChildKey.current);
    nextChildKey.current += 1;
    setValues((current) => ({ ...current, children: [...current.children, child] }));
    setChildrenAnnouncement(`Child ${number} added`);
    focusAfterRender.current = childFieldId(number - 1, 'givenName');
  }

  function removeChild(index: number) {
    setValues((current) => ({ ...current, children: current.children.filter((_child, position) => position !== index) }));
    // The children after it move up one, so their errors would sit on the wrong child: check again on sending.
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith('subjects'))));
    setDateParts({});
    setChildrenAnnouncement(`Child ${index + 1} removed`);
    focusAfterRender.current = 'add-child';
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    let schema: PublicConcernSchema;
    try {
      schema = await loadConcernSchema();
    } catch {
      setProblem(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }));
      setAttempt((count) => count + 1);
      return;
    }
    const result = validateConcernForm(values, today(), schema);
    if (result.errors) {
      setErrors(result.errors);
      setDateParts(result.dateParts);
      setProblem(null);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    setDateParts({});
    setProblem(null);
    sending.current = true;
    setIsSending(true);
    try {
      const receipt = await api.reportConcern(result.concern, idempotencyKey);
      onSent(receipt, result.concern);
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.hasFieldErrors) setErrors(apiError.fieldErrors);
      else setProblem(apiError);
      setAttempt((count) => count + 1);
    } finally {
      sending.current = false;
      setIsSending(false);
    }
  }

  const summaryItems = errorSummaryItems(errors, concernFormFields(values.children.length, dateParts));
  const problemSummary = problem && problemMessage(problem, frontDoorPhone);

  const identityFields = (
    <>
      <Input
        id="reporterName"
        name="reporterName"
        autocomplete="name"
        spellcheck={false}
        classes="govuk-!-width-two-thirds"
        label={{ text: 'Your name' }}
        value={values.reporterName}
        errorMessage={errorOf(errors, 'reporterName')}
        onChange={(value) => handleChange('reporterName', value)}
      />
      <p className="govuk-body">Give us a phone number or an email address, or both, so we can contact you if we need to know more.</p>
      <Input
        id="reporterPhone"
        name="reporterPhone"
        type="tel"
        autocomplete="tel"
        spellcheck={false}
        classes="govuk-input--width-20"
        label={{ text: 'Phone number' }}
        value={values.reporterPhone}
        errorMessage={errorOf(errors, 'reporterPhone')}
        onChange={(value) => handleChange('reporterPhone', value)}
      />
      <Input
        id="reporterEmail"
        name="reporterEmail"
        type="email"
        autocomplete="email"
        spellcheck={false}
        label={{ text: 'Email address' }}
        value={values.reporterEmail}
        errorMessage={errorOf(errors, 'reporterEmail')}
        onChange={(value) => handleChange('reporterEmail', value)}
      />
    </>
  );

  return (
    <>
      {showsErrors && (
        <ErrorSummary
          key={attempt}
          titleText={problemSummary ? problemSummary.title : 'There is a problem'}
          descriptionText={problemSummary?.description}
          errorList={summaryItems}
        />
      )}
      <PageHeading classes="govuk-heading-l">Report a concern about a child</PageHeading>
      <WarningText>If a child is in immediate danger, call 999</WarningText>
      <p className="govuk-body">Tell us if you are worried about a child or young person. You do not need an account, and you do not need to be sure.</p>
      <p className="govuk-body">You can choose not to tell us who you are.</p>
      <p className="govuk-body">If you are a child or young person and want to talk to someone now, you can call Childline for free on 0800 1111.</p>

      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <h2 className="govuk-heading-m">About the child</h2>
        <p className="govuk-body">
          Tell us as much as you know. We need the child’s name, or their date of birth or age and their postcode, so we can find them. If your concern is about more than
          one child, add each of them.
        </p>
        {values.children.map((child, index) => (
          <ChildFields
            key={child.key}
            index={index}
            child={child}
            errors={errors}
            dateParts={dateParts[index]}
            onChange={(changed) => changeChild(index, changed)}
            onRemove={values.children.length > 1 ? () => removeChild(index) : undefined}
          />
        ))}
        {values.children.length < MAX_CHILDREN ? (
          <Button type="button" id="add-child" classes="govuk-button--secondary" text="Add another child" onClick={addChild} />
        ) : (
          <p className="govuk-inset-text">
            You can tell us about up to {MAX_CHILDREN} children in one report. To tell us about more children, send another report after this one.
          </p>
        )}
        <div className="govuk-visually-hidden" aria-live="polite">
          {childrenAnnouncement}
        </div>

        <ConcernCheckboxes groups={publicConcernGroups} values={values.concerns} error={errors.concerns} onChange={(concerns) => handleChange('concerns', concerns)} />

        <CharacterCount
          name="description"
          rows={8}
          maxLength={DESCRIPTION_MAX_LENGTH}
          label={{ text: 'What is happening?', classes: 'govuk-label--m' }}
          hint={{
            text: 'Tell us what you have seen or heard, when it happened and who was involved. Include anything the child has said to you, in their words if you can.',
          }}
          value={values.description}
          errorMessage={errorOf(errors, 'description')}
          onChange={(value) => handleChange('description', value)}
        />

        <Radios<ReferralUrgency>
          name="urgency"
          fieldset={{ legend: { html: <h2 className="govuk-fieldset__heading">How urgent is it?</h2>, classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: 'Our front door team decides how quickly to act. Your answer helps them.' }}
          value={values.urgency}
          errorMessage={errorOf(errors, 'urgency')}
          onChange={(value) => handleChange('urgency', value)}
          items={(Object.entries(referralUrgencies) as [ReferralUrgency, { label: string; hint: string }][]).map(([value, urgency]) => ({
            value,
            text: urgency.label,
            hint: { text: urgency.hint },
          }))}
        />

        <h2 className="govuk-heading-m">About you</h2>
        <Radios<PublicReporterRelationship>
          name="relationshipToChild"
          fieldset={{ legend: { text: 'How do you know the child?', classes: 'govuk-fieldset__legend--s' } }}
          value={values.relationshipToChild}
          errorMessage={errorOf(errors, 'relationshipToChild')}
          onChange={(value) => handleChange('relationshipToChild', value)}
          items={(Object.entries(publicReporterRelationships) as [PublicReporterRelationship, { label: string }][]).map(([value, relationship]) => ({
            value,
            text: relationship.label,
          }))}
        />
        <Radios<TellUsWhoYouAre>
          name="tellUsWhoYouAre"
          idPrefix="anonymous"
          fieldset={{ legend: { text: 'Do you want to tell us who you are?', classes: 'govuk-fieldset__legend--s' } }}
          hint={{ text: 'You do not have to. If you do, we can contact you if we need to know more.' }}
          value={values.tellUsWhoYouAre}
          errorMessage={errorOf(errors, 'anonymous')}
          onChange={(value) => handleChange('tellUsWhoYouAre', value)}
          items={[
            { value: 'yes', text: 'Yes', conditional: { html: identityFields } },
            {
              value: 'no',
              text: 'No, I want to stay anonymous',
              conditional: {
                html: (
                  <p className="govuk-body">
                    If you stay anonymous, we cannot contact you to ask more questions, and we cannot tell you what happens next.
                  </p>
                ),
              },
            },
          ]}
        />

        <h2 className="govuk-heading-m">Now send your report</h2>
        <p className="govuk-body">
          Our front door team will read it. To keep the child safe they may share it with other services, such as the police, health services or the child’s school.
        </p>
        <Button disabled={isSending} text={isSending ? 'Sending…' : 'Send report'} />
        <LoadingStatus text={isSending ? 'Sending your report' : ''} visuallyHidden />
      </form>
    </>
  );
}

/** What the error summary says when the API answered with a problem that is not about a field. */
function problemMessage(problem: ApiError, frontDoorPhone: string): { title: string; description: string } {
  if (problem.status === 429) {
    return {
      title: 'There is a problem',
      description: `Too many reports have been sent from this device. Try again in a few minutes, or phone ${frontDoorPhone}.`,
    };
  }
  if (problem.status === 0 || problem.status >= 500) {
    // The report may have arrived before the connection failed; sending it again with the same key cannot record it twice.
    return { title: problem.problem.title, description: 'We may not have received your report. Send it again: if it did reach us, we will not record it twice.' };
  }
  return { title: problem.problem.title, description: problem.problem.detail ?? 'Your report has not been sent.' };
}
