import { ApiError, BackLink, Button, DateInput, Link, LoadingStatus, PageHeading, Panel, Radios, errorSummaryItems, focusMainHeading, hasFieldErrors, type DatePart, type FieldErrors } from '@childfirst/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { ChangeReceipt } from '../../api/familyApi';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { CharacterCount } from '../../components/CharacterCount';
import { FormErrorSummary, useErrorOf, useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';
import { useMessageText } from '../../i18n/useMessageText';
import { DETAILS_MAX_LENGTH, changeFormFields, changeKindCodes, emptyChangeForm, validateChangeForm, type ChangeFormValues, type ChangeKind } from './changeForm';

/** How the date's messages name it (the Design System's date messages, translated in Welsh). */
const DATE_LABEL = 'The date of the change';

function ChangeSent({ receipt }: { receipt: ChangeReceipt }) {
  const { t } = useTranslation('changes');
  const formats = useFormats();
  useFormTitle(t('sent.title'));
  useEffect(() => {
    focusMainHeading();
  }, []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel titleText={t('sent.title')} html={t('sent.received', { when: formats.dateTime(receipt.receivedAt) })} />
        <h2 className="govuk-heading-m">{t('sent.next')}</h2>
        <p className="govuk-body">{receipt.message}</p>
        <p className="govuk-body">{t('sent.keyWorker')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            {t('sent.home')}
          </Link>
        </p>
      </div>
    </div>
  );
}

function ChangeForm({ onSent }: { onSent: (receipt: ChangeReceipt) => void }) {
  const api = useFamilyApi();
  const { t } = useTranslation('changes');
  const { text, errors: translated } = useMessageText();
  const [values, setValues] = useState<ChangeFormValues>(emptyChangeForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dateParts, setDateParts] = useState<DatePart[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  // One key per form, resent on every retry, so the API records this change once however often it is sent.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const shown = translated(errors);
  const errorOf = useErrorOf(shown);
  const showsErrors = hasFieldErrors(errors) || problem !== null;
  useFormTitle(t('title'), showsErrors);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sendingNow.current) return;
    const result = validateChangeForm(values, DATE_LABEL);
    if (result.errors) {
      setErrors(result.errors);
      setDateParts(result.dateParts);
      setProblem(null);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    setDateParts([]);
    setProblem(null);
    sendingNow.current = true;
    setSending(true);
    try {
      onSent(await api.reportChange(result.change, idempotencyKey));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
      if (apiError.hasFieldErrors) setErrors(apiError.fieldErrors);
      else setProblem(apiError);
      setAttempt((count) => count + 1);
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  }

  const dateError = errorOf('effectiveFrom');
  return (
    <>
      {showsErrors && (
        <FormErrorSummary
          key={attempt}
          title={problem ? text(problem.problem.title) : undefined}
          description={problem ? (problem.status === 0 || problem.status >= 500 ? t('common:errors.mayNotHaveArrived') : t('common:errors.notSent')) : undefined}
          items={errorSummaryItems(shown, changeFormFields(dateParts))}
        />
      )}
      <PageHeading classes="govuk-heading-l">{t('title')}</PageHeading>
      <p className="govuk-body">{t('intro')}</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Radios<ChangeKind>
          name="kind"
          fieldset={{ legend: { text: t('kind.legend'), classes: 'govuk-fieldset__legend--m' } }}
          value={values.kind}
          errorMessage={errorOf('kind')}
          onChange={(kind) => setValues((current) => ({ ...current, kind }))}
          items={changeKindCodes.map((kind) => ({ value: kind, text: t(`kind.${kind}`) }))}
        />
        <CharacterCount
          name="details"
          rows={6}
          maxLength={DETAILS_MAX_LENGTH}
          label={{ text: t('details.label'), classes: 'govuk-label--m' }}
          hint={{ text: t('details.hint') }}
          value={values.details}
          errorMessage={errorOf('details')}
          onChange={(details) => setValues((current) => ({ ...current, details }))}
        />
        <DateInput
          id="effectiveFrom"
          fieldset={{ legend: { text: t('date.legend'), classes: 'govuk-fieldset__legend--m' } }}
          hint={{ text: t('date.hint') }}
          items={(['day', 'month', 'year'] as const).map((part) => ({
            name: part,
            label: t(`common:date.${part}`),
            value: values.effectiveFrom[part],
            error: dateError !== undefined && dateParts.includes(part),
          }))}
          errorMessage={dateError}
          onChange={(part, value) => setValues((current) => ({ ...current, effectiveFrom: { ...current.effectiveFrom, [part]: value } }))}
        />
        <Button disabled={sending} text={sending ? t('common:actions.sending') : t('submit')} />
        <LoadingStatus text={sending ? t('sending') : ''} visuallyHidden />
      </form>
    </>
  );
}

/** Tell us about a change: what changed (the shared list), the details and, if they know it, when. */
export function TellUsAboutAChangePage() {
  const [sent, setSent] = useState<ChangeReceipt | null>(null);
  const { t } = useTranslation('changes');
  if (sent) return <ChangeSent receipt={sent} />;
  return (
    <>
      <BackLink href="/" text={t('common:actions.back')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ChangeForm onSent={setSent} />
        </div>
      </div>
    </>
  );
}
