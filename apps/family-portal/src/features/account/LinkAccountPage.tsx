import { ApiError, Button, Input, LoadingStatus, PageHeading, errorSummaryItems, fieldErrorsFromIssues, hasFieldErrors, type FieldErrors } from '@childfirst/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useNavigate } from '../../app/router';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';
import { FormErrorSummary, useErrorOf, useFormTitle } from '../../components/forms';
import { useMessageText } from '../../i18n/useMessageText';

/**
 * The shared schema brings zod (24 KB gzipped): it downloads when the person starts on the form
 * (first focus or touch), not before, so the first page a new family sees stays within the
 * first-load budget (ADR 11). Sending waits for it if it has not arrived.
 */
const loadLinkAccountSchema = () => import('@childfirst/domain/portal').then((module) => module.linkAccountSchema);

/**
 * The only page of an account not yet linked to a family: the person types the invitation code
 * their key worker gave them (checked with linkAccountSchema, as the API checks it). Once linked,
 * the portal opens on the home page.
 */
export function LinkAccountPage() {
  const api = useFamilyApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useTranslation('account');
  const { text, errors: translated } = useMessageText();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const shown = translated(errors);
  const errorOf = useErrorOf(shown);
  useFormTitle(t('link.title'), hasFieldErrors(errors) || problem !== null);
  const prepareSchema = () => void loadLinkAccountSchema().catch(() => undefined);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sendingNow.current) return;
    let linkAccountSchema: Awaited<ReturnType<typeof loadLinkAccountSchema>>;
    try {
      linkAccountSchema = await loadLinkAccountSchema();
    } catch {
      setProblem(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }));
      setAttempt((count) => count + 1);
      return;
    }
    const result = linkAccountSchema.safeParse({ code });
    setAttempt((count) => count + 1);
    if (!result.success) {
      setErrors(fieldErrorsFromIssues(result.error.issues));
      setProblem(null);
      return;
    }
    setErrors({});
    setProblem(null);
    sendingNow.current = true;
    setSending(true);
    try {
      const me = await api.linkAccount(result.data);
      queryClient.setQueryData(queryKeys.me, me);
      void navigate('/', { replace: true });
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

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {(hasFieldErrors(errors) || problem) && (
          <FormErrorSummary
            key={attempt}
            title={problem ? text(problem.problem.title) : undefined}
            description={problem ? t('common:errors.notSent') : undefined}
            items={errorSummaryItems(shown, [{ name: 'code' }])}
          />
        )}
        <PageHeading classes="govuk-heading-l">{t('link.title')}</PageHeading>
        <p className="govuk-body">{t('link.intro')}</p>
        <p className="govuk-body">{t('link.keyWorkerGivesCode')}</p>
        <form noValidate onFocus={prepareSchema} onPointerDown={prepareSchema} onSubmit={(event) => void handleSubmit(event)}>
          <Input
            name="code"
            classes="govuk-input--width-10 childfirst-code-input"
            autocomplete="off"
            spellcheck={false}
            label={{ text: t('link.codeLabel'), classes: 'govuk-label--m' }}
            hint={{ text: t('link.codeHint') }}
            value={code}
            errorMessage={errorOf('code')}
            onChange={setCode}
          />
          <Button disabled={sending} text={sending ? t('common:actions.sending') : t('link.submit')} />
          <LoadingStatus text={sending ? t('link.linking') : ''} visuallyHidden />
        </form>
        <h2 className="govuk-heading-m">{t('link.noCodeTitle')}</h2>
        <p className="govuk-body">{t('link.noCode')}</p>
        <p className="govuk-body">{t('link.danger')}</p>
      </div>
    </div>
  );
}
