import type { FamilyHelpRequest } from '@childfirst/domain/referrals';
import {
  ApiError,
  Button,
  ErrorSummary,
  Input,
  LoadingStatus,
  Radios,
  Textarea,
  errorSummaryItems,
  hasFieldErrors,
  usePageTitle,
  type FieldErrors,
} from '@childfirst/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { emptyHelpRequestForm, helpRequestFields, validateHelpRequestForm, type HelpRequestFormValues, type PreferredContact } from './helpRequestForm';
import { useSubmitHelpRequest } from './useSubmitHelpRequest';

export interface HelpRequestFormProps {
  onSent: (request: FamilyHelpRequest) => void;
  /** The page heading and introduction, shown below the error summary (GOV.UK puts the summary first). */
  intro?: ReactNode;
}

function errorMessage(errors: FieldErrors, field: string) {
  const text = errors[field];
  return text ? { text } : undefined;
}

export function HelpRequestForm({ onSent, intro }: HelpRequestFormProps) {
  const [values, setValues] = useState<HelpRequestFormValues>(emptyHelpRequestForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  // Each failed attempt remounts the error summary, so it takes focus again and is announced again.
  const [attempt, setAttempt] = useState(0);
  // One key per form, reused on every retry, so the API records this request once however often it is sent.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const submit = useSubmitHelpRequest();

  const showsErrors = hasFieldErrors(errors) || problem !== null;
  usePageTitle('Ask for help', { hasErrors: showsErrors });

  function handleChange<Field extends keyof HelpRequestFormValues>(field: Field, value: HelpRequestFormValues[Field]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    const { submission, errors: invalid } = validateHelpRequestForm(values);
    if (invalid) {
      setErrors(invalid);
      setProblem(null);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    setProblem(null);
    submit.mutate(
      { submission, idempotencyKey },
      {
        onSuccess: onSent,
        onError: (error) => {
          const apiError = error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
          if (apiError.hasFieldErrors) {
            setErrors(apiError.fieldErrors);
          } else {
            setProblem(apiError);
          }
          setAttempt((count) => count + 1);
        },
      },
    );
  }

  const summaryItems = errorSummaryItems(errors, helpRequestFields);
  const phoneInput = (
    <Input
      id="contactPhone"
      name="contactPhone"
      type="tel"
      autocomplete="tel"
      spellcheck={false}
      classes="govuk-!-width-one-third"
      label={{ text: 'Phone number' }}
      hint={{ text: 'For international numbers include the country code' }}
      value={values.contactPhone}
      errorMessage={errorMessage(errors, 'contactPhone')}
      onChange={(value) => handleChange('contactPhone', value)}
    />
  );

  return (
    <>
      {showsErrors && (
        <ErrorSummary
          key={attempt}
          titleText={problem ? problem.problem.title : 'There is a problem'}
          descriptionText={problem?.problem.detail ?? (problem ? 'Your request has not been sent. Try again.' : undefined)}
          errorList={summaryItems}
        />
      )}
      {intro}
      <form noValidate onSubmit={handleSubmit}>
        <Textarea
          name="whatIsHappening"
          rows={8}
          label={{ text: 'What is happening?', classes: 'govuk-label--m' }}
          hint={{ text: 'Tell us about your family and what is worrying you. Include the names and ages of any children it is about.' }}
          value={values.whatIsHappening}
          errorMessage={errorMessage(errors, 'whatIsHappening')}
          onChange={(value) => handleChange('whatIsHappening', value)}
        />
        <Textarea
          name="helpWanted"
          rows={5}
          label={{ text: 'What help would make a difference? (optional)', classes: 'govuk-label--m' }}
          hint={{ text: 'For example, help with your child’s school, with money or housing, or someone to talk to.' }}
          value={values.helpWanted}
          errorMessage={errorMessage(errors, 'helpWanted')}
          onChange={(value) => handleChange('helpWanted', value)}
        />
        <Radios<PreferredContact>
          name="preferredContact"
          fieldset={{ legend: { text: 'How should we contact you?', classes: 'govuk-fieldset__legend--m' } }}
          value={values.preferredContact}
          errorMessage={errorMessage(errors, 'preferredContact')}
          onChange={(value) => handleChange('preferredContact', value)}
          items={[
            { value: 'phone', text: 'Phone', conditional: { html: phoneInput } },
            { value: 'email', text: 'Email', hint: { text: 'We will use the email address you sign in with' } },
            { value: 'portal-message', text: 'Message in this portal' },
          ]}
        />
        <Button disabled={submit.isPending} text={submit.isPending ? 'Sending…' : 'Send request'} />
        <LoadingStatus text={submit.isPending ? 'Sending your request' : ''} visuallyHidden />
      </form>
    </>
  );
}
