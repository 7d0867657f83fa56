import type { FamilyHelpRequest } from '@childfirst/domain/referrals';
import { ApiError, Button, Input, LoadingStatus, Radios, Textarea, errorSummaryItems, hasFieldErrors, type FieldErrors } from '@childfirst/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { FormErrorSummary, useErrorOf, useFormTitle } from '../../components/forms';
import { useMessageText } from '../../i18n/useMessageText';
import { emptyHelpRequestForm, helpRequestFields, validateHelpRequestForm, type HelpRequestFormValues, type PreferredContact } from './helpRequestForm';
import { useSubmitHelpRequest } from './useSubmitHelpRequest';

export interface HelpRequestFormProps {
  onSent: (request: FamilyHelpRequest) => void;
  /** The page heading and introduction, shown below the error summary (GOV.UK puts the summary first). */
  intro?: ReactNode;
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
  const { t } = useTranslation('help');
  const { text, errors: translated } = useMessageText();
  const shown = translated(errors);
  const errorOf = useErrorOf(shown);

  const showsErrors = hasFieldErrors(errors) || problem !== null;
  useFormTitle(t('form.title'), showsErrors);

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

  const summaryItems = errorSummaryItems(shown, helpRequestFields);
  const phoneInput = (
    <Input
      id="contactPhone"
      name="contactPhone"
      type="tel"
      autocomplete="tel"
      spellcheck={false}
      classes="govuk-!-width-one-third"
      label={{ text: t('form.phoneNumber') }}
      hint={{ text: t('form.phoneNumberHint') }}
      value={values.contactPhone}
      errorMessage={errorOf('contactPhone')}
      onChange={(value) => handleChange('contactPhone', value)}
    />
  );

  return (
    <>
      {showsErrors && (
        <FormErrorSummary
          key={attempt}
          title={problem ? text(problem.problem.title) : undefined}
          description={problem ? (problem.problem.detail ? text(problem.problem.detail) : t('form.notSent')) : undefined}
          items={summaryItems}
        />
      )}
      {intro}
      <form noValidate onSubmit={handleSubmit}>
        <Textarea
          name="whatIsHappening"
          rows={8}
          label={{ text: t('form.whatIsHappening'), classes: 'govuk-label--m' }}
          hint={{ text: t('form.whatIsHappeningHint') }}
          value={values.whatIsHappening}
          errorMessage={errorOf('whatIsHappening')}
          onChange={(value) => handleChange('whatIsHappening', value)}
        />
        <Textarea
          name="helpWanted"
          rows={5}
          label={{ text: t('form.helpWanted'), classes: 'govuk-label--m' }}
          hint={{ text: t('form.helpWantedHint') }}
          value={values.helpWanted}
          errorMessage={errorOf('helpWanted')}
          onChange={(value) => handleChange('helpWanted', value)}
        />
        <Radios<PreferredContact>
          name="preferredContact"
          fieldset={{ legend: { text: t('form.preferredContact'), classes: 'govuk-fieldset__legend--m' } }}
          value={values.preferredContact}
          errorMessage={errorOf('preferredContact')}
          onChange={(value) => handleChange('preferredContact', value)}
          items={[
            { value: 'phone', text: t('form.phone'), conditional: { html: phoneInput } },
            { value: 'email', text: t('form.email'), hint: { text: t('form.emailHint') } },
            { value: 'portal-message', text: t('form.portalMessage') },
          ]}
        />
        <Button disabled={submit.isPending} text={submit.isPending ? t('common:actions.sending') : t('form.submit')} />
        <LoadingStatus text={submit.isPending ? t('form.sending') : ''} visuallyHidden />
      </form>
    </>
  );
}
