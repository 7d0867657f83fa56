import { publicReporterRelationshipCodes, referralUrgencyCodes, type PublicConcern, type PublicReporterRelationship, type ReferralUrgency } from '@childfirst/domain/referrals';
import {
  ApiError,
  Button,
  Input,
  LoadingStatus,
  PageHeading,
  Radios,
  WarningText,
  errorSummaryItems,
  hasFieldErrors,
  ukDateOf,
  type DatePart,
  type FieldErrors,
} from '@childfirst/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PublicApi, PublicConcernReceipt } from '../../api/publicApi';
import { CharacterCount } from '../../components/CharacterCount';
import { FormErrorSummary, useErrorOf, useFormTitle } from '../../components/forms';
import { useTranslation, type TFunction } from '../../i18n/i18n';
import { useMessageText } from '../../i18n/useMessageText';
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
  const { t } = useTranslation('concern');
  // The schema's, the Design System's and the API's messages arrive in English; in Welsh they are looked up.
  const { text, errors: translated } = useMessageText();
  const shown = translated(errors);
  const errorOf = useErrorOf(shown);

  // The schema (and zod) downloads when the person starts on the form, and is here long before they send it.
  const prepareSchema = () => void loadConcernSchema().catch(() => undefined);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const showsErrors = hasFieldErrors(errors) || problem !== null;
  useFormTitle(t('title'), showsErrors);

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
    setChildrenAnnouncement(t('children.added', { number }));
    focusAfterRender.current = childFieldId(number - 1, 'givenName');
  }

  function removeChild(index: number) {
    setValues((current) => ({ ...current, children: current.children.filter((_child, position) => position !== index) }));
    // The children after it move up one, so their errors would sit on the wrong child: check again on sending.
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith('subjects'))));
    setDateParts({});
    setChildrenAnnouncement(t('children.removed', { number: index + 1 }));
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

  const summaryItems = errorSummaryItems(shown, concernFormFields(values.children.length, dateParts));
  const problemSummary = problem && problemMessage(problem, frontDoorPhone, t, text);

  const identityFields = (
    <>
      <Input
        id="reporterName"
        name="reporterName"
        autocomplete="name"
        spellcheck={false}
        classes="govuk-!-width-two-thirds"
        label={{ text: t('reporter.name') }}
        value={values.reporterName}
        errorMessage={errorOf('reporterName')}
        onChange={(value) => handleChange('reporterName', value)}
      />
      <p className="govuk-body">{t('reporter.contact')}</p>
      <Input
        id="reporterPhone"
        name="reporterPhone"
        type="tel"
        autocomplete="tel"
        spellcheck={false}
        classes="govuk-input--width-20"
        label={{ text: t('reporter.phone') }}
        value={values.reporterPhone}
        errorMessage={errorOf('reporterPhone')}
        onChange={(value) => handleChange('reporterPhone', value)}
      />
      <Input
        id="reporterEmail"
        name="reporterEmail"
        type="email"
        autocomplete="email"
        spellcheck={false}
        label={{ text: t('reporter.email') }}
        value={values.reporterEmail}
        errorMessage={errorOf('reporterEmail')}
        onChange={(value) => handleChange('reporterEmail', value)}
      />
    </>
  );

  return (
    <>
      {showsErrors && (
        <FormErrorSummary key={attempt} title={problemSummary?.title} description={problemSummary?.description} items={summaryItems} />
      )}
      <PageHeading classes="govuk-heading-l">{t('title')}</PageHeading>
      <WarningText iconFallbackText={t('warning')}>{t('danger')}</WarningText>
      <p className="govuk-body">{t('intro.worried')}</p>
      <p className="govuk-body">{t('intro.anonymous')}</p>
      <p className="govuk-body">{t('intro.childline')}</p>

      <form noValidate onFocus={prepareSchema} onPointerDown={prepareSchema} onSubmit={(event) => void handleSubmit(event)}>
        <h2 className="govuk-heading-m">{t('children.heading')}</h2>
        <p className="govuk-body">{t('children.intro')}</p>
        {values.children.map((child, index) => (
          <ChildFields
            key={child.key}
            index={index}
            child={child}
            errors={shown}
            dateParts={dateParts[index]}
            onChange={(changed) => changeChild(index, changed)}
            onRemove={values.children.length > 1 ? () => removeChild(index) : undefined}
          />
        ))}
        {values.children.length < MAX_CHILDREN ? (
          <Button type="button" id="add-child" classes="govuk-button--secondary" text={t('children.add')} onClick={addChild} />
        ) : (
          <p className="govuk-inset-text">{t('children.limit', { max: MAX_CHILDREN })}</p>
        )}
        <div className="govuk-visually-hidden" aria-live="polite">
          {childrenAnnouncement}
        </div>

        <ConcernCheckboxes groups={publicConcernGroups} values={values.concerns} error={shown.concerns} onChange={(concerns) => handleChange('concerns', concerns)} />

        <CharacterCount
          name="description"
          rows={8}
          maxLength={DESCRIPTION_MAX_LENGTH}
          label={{ text: t('description.label'), classes: 'govuk-label--m' }}
          hint={{ text: t('description.hint') }}
          value={values.description}
          errorMessage={errorOf('description')}
          onChange={(value) => handleChange('description', value)}
        />

        <Radios<ReferralUrgency>
          name="urgency"
          fieldset={{ legend: { html: <h2 className="govuk-fieldset__heading">{t('urgency.legend')}</h2>, classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: t('urgency.hint') }}
          value={values.urgency}
          errorMessage={errorOf('urgency')}
          onChange={(value) => handleChange('urgency', value)}
          items={referralUrgencyCodes.map((value) => ({ value, text: t(`urgency.${value}`), hint: { text: t(`urgency.${value}.hint`) } }))}
        />

        <h2 className="govuk-heading-m">{t('you.heading')}</h2>
        <Radios<PublicReporterRelationship>
          name="relationshipToChild"
          fieldset={{ legend: { text: t('relationship.legend'), classes: 'govuk-fieldset__legend--s' } }}
          value={values.relationshipToChild}
          errorMessage={errorOf('relationshipToChild')}
          onChange={(value) => handleChange('relationshipToChild', value)}
          items={publicReporterRelationshipCodes.map((value) => ({ value, text: t(`relationship.${value}`) }))}
        />
        <Radios<TellUsWhoYouAre>
          name="tellUsWhoYouAre"
          idPrefix="anonymous"
          fieldset={{ legend: { text: t('identity.legend'), classes: 'govuk-fieldset__legend--s' } }}
          hint={{ text: t('identity.hint') }}
          value={values.tellUsWhoYouAre}
          errorMessage={errorOf('anonymous')}
          onChange={(value) => handleChange('tellUsWhoYouAre', value)}
          items={[
            { value: 'yes', text: t('identity.yes'), conditional: { html: identityFields } },
            {
              value: 'no',
              text: t('identity.no'),
              conditional: { html: <p className="govuk-body">{t('identity.anonymous')}</p> },
            },
          ]}
        />

        <h2 className="govuk-heading-m">{t('send.heading')}</h2>
        <p className="govuk-body">{t('send.sharing')}</p>
        <Button disabled={isSending} text={isSending ? t('common:actions.sending') : t('send.submit')} />
        <LoadingStatus text={isSending ? t('send.sending') : ''} visuallyHidden />
      </form>
    </>
  );
}

/**
 * What the error summary says when the API answered with a problem that is not about a field: its
 * title and detail as sent (looked up in Welsh by `text`), or ours. No title means the usual "There is a problem".
 */
function problemMessage(problem: ApiError, frontDoorPhone: string, t: TFunction, text: (message: string) => string): { title?: string; description: string } {
  if (problem.status === 429) return { description: t('problem.tooMany', { phone: frontDoorPhone }) };
  if (problem.status === 0 || problem.status >= 500) {
    // The report may have arrived before the connection failed; sending it again with the same key cannot record it twice.
    return { title: text(problem.problem.title), description: t('problem.mayNotHaveArrived') };
  }
  return { title: text(problem.problem.title), description: problem.problem.detail ? text(problem.problem.detail) : t('problem.notSent') };
}
