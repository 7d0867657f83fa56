import { ApiError, Button, Input, LoadingStatus, errorSummaryItems, hasFieldErrors, type FieldErrors } from '@childfirst/ui';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { MessageThread } from '@childfirst/domain/portal';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { CharacterCount } from '../../components/CharacterCount';
import { FormErrorSummary, useErrorOf, useFormTitle } from '../../components/forms';
import { useMessageText } from '../../i18n/useMessageText';
import { FileUpload } from '../attachments/FileUpload';
import { AttachmentUploadError, useAttachmentUploads } from '../attachments/useAttachmentUploads';
import { MESSAGE_MAX_LENGTH, messageFieldErrors, messageFields, validateNewThread, validateReply, type MessageFormValues } from './messageForm';

export interface MessageFormProps {
  /** A reply to this conversation, or (without it) a new conversation with a subject. */
  threadId?: string;
  title: string;
  /** Above the form, below the error summary (GOV.UK puts the summary first). */
  intro?: ReactNode;
  onSent: (thread: MessageThread) => void;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
}

/**
 * A message to the key worker, with files. On sending, the files are uploaded one by one
 * ("Uploading …"), then the message goes with their ids. The idempotency key is chosen once per
 * form and resent on every retry, so a message sent twice is recorded once.
 */
export function MessageForm({ threadId, title, intro, onSent }: MessageFormProps) {
  const api = useFamilyApi();
  const { t } = useTranslation('messages');
  const { text, errors: translated } = useMessageText();
  const [values, setValues] = useState<MessageFormValues>({ subject: '', body: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const uploads = useAttachmentUploads();

  const isReply = threadId !== undefined;
  const shownErrors = translated(errors);
  const fileErrorText = uploads.error ? undefined : shownErrors.attachmentIds;
  const summaryErrors: FieldErrors = {
    ...shownErrors,
    ...(uploads.error
      ? { attachmentIds: uploads.error.fileName ? t('common:files.errorFor', { fileName: uploads.error.fileName, message: text(uploads.error.message) }) : text(uploads.error.message) }
      : {}),
  };
  const showsErrors = hasFieldErrors(summaryErrors) || problem !== null;
  useFormTitle(title, showsErrors);
  const errorOf = useErrorOf(shownErrors);

  function fail(nextErrors: FieldErrors, nextProblem: ApiError | null) {
    setErrors(nextErrors);
    setProblem(nextProblem);
    setAttempt((count) => count + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sendingNow.current) return;
    let send: (attachmentIds: string[]) => Promise<MessageThread>;
    if (isReply) {
      const checked = validateReply(values);
      if (checked.errors) return fail(checked.errors, null);
      send = (attachmentIds) => api.reply(threadId, { ...checked.reply, attachmentIds }, idempotencyKey);
    } else {
      const checked = validateNewThread(values);
      if (checked.errors) return fail(checked.errors, null);
      send = (attachmentIds) => api.startThread({ ...checked.thread, attachmentIds }, idempotencyKey);
    }
    // A file refused when it was chosen was never added: what is listed is what is sent.
    uploads.setError(null);
    setErrors({});
    setProblem(null);
    sendingNow.current = true;
    setSending(true);
    try {
      onSent(await send(await uploads.uploadAll()));
    } catch (error) {
      if (error instanceof AttachmentUploadError) {
        const apiError = asApiError(error.cause);
        const message = Object.values(apiError.fieldErrors)[0];
        if (message) {
          uploads.setError({ message, fileName: error.fileName });
          fail({}, null);
        } else {
          fail({}, apiError);
        }
      } else {
        const apiError = asApiError(error);
        if (apiError.hasFieldErrors) fail(messageFieldErrors(apiError.fieldErrors), null);
        else fail({}, apiError);
      }
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  }

  const status = uploads.uploading ? t('common:files.uploadingStatus', { fileName: uploads.uploading }) : sending ? t('form.sendingStatus') : '';
  const problemDescription = problem && (problem.status === 0 || problem.status >= 500 ? t('common:errors.mayNotHaveArrived') : t('common:errors.notSent'));

  return (
    <>
      {showsErrors && (
        <FormErrorSummary
          key={attempt}
          title={problem ? text(problem.problem.title) : undefined}
          description={problemDescription ?? undefined}
          items={errorSummaryItems(summaryErrors, messageFields)}
        />
      )}
      {intro}
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        {!isReply && (
          <Input
            name="subject"
            label={{ text: t('form.subject'), classes: 'govuk-label--s' }}
            hint={{ text: t('form.subjectHint') }}
            value={values.subject}
            errorMessage={errorOf('subject')}
            onChange={(subject) => setValues((current) => ({ ...current, subject }))}
          />
        )}
        <CharacterCount
          name="body"
          rows={6}
          maxLength={MESSAGE_MAX_LENGTH}
          label={{ text: isReply ? t('form.reply') : t('form.message'), classes: 'govuk-label--s' }}
          value={values.body}
          errorMessage={errorOf('body')}
          onChange={(body) => setValues((current) => ({ ...current, body }))}
        />
        <FileUpload id="attachments" multiple label={{ text: t('form.attachments'), classes: 'govuk-label--s' }} uploads={uploads} errorText={fileErrorText} />
        <Button disabled={sending} text={sending ? (uploads.uploading ? t('common:files.uploading', { fileName: uploads.uploading }) : t('common:actions.sending')) : isReply ? t('form.sendReply') : t('form.send')} />
        <LoadingStatus text={status} visuallyHidden />
      </form>
    </>
  );
}
