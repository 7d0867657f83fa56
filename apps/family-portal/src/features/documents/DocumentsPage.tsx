import { documentUploadSchema } from '@childfirst/domain/portal';
import {
  ApiError,
  Button,
  Input,
  LoadingStatus,
  NotificationBanner,
  PageHeading,
  SummaryList,
  errorSummaryItems,
  fieldErrorsFromIssues,
  hasFieldErrors,
  type FieldErrors,
} from '@childfirst/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { FamilyDocument } from '../../api/familyApi';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';
import { ProblemNotice } from '../../components/ProblemNotice';
import { FormErrorSummary, useErrorOf, useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';
import { useMessageText } from '../../i18n/useMessageText';
import { AttachmentLink } from '../attachments/AttachmentLink';
import { FileUpload } from '../attachments/FileUpload';
import { AttachmentUploadError, useAttachmentUploads } from '../attachments/useAttachmentUploads';

const fields = [{ name: 'title' }, { name: 'attachmentId', id: 'document-file' }];
/** Stands in for the file's id while the rest of the form is checked: the id exists only once it is uploaded. */
const PENDING_UPLOAD_ID = '00000000-0000-4000-8000-000000000000';

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
}

function UploadForm({ onUploaded }: { onUploaded: (document: FamilyDocument) => void }) {
  const api = useFamilyApi();
  const { t } = useTranslation('documents');
  const { text, errors: translated } = useMessageText();
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const uploads = useAttachmentUploads({ max: 1 });
  const shown = translated(errors);
  const errorOf = useErrorOf(shown);
  const fileError = uploads.error ? (uploads.error.fileName ? t('common:files.errorFor', { fileName: uploads.error.fileName, message: text(uploads.error.message) }) : text(uploads.error.message)) : undefined;
  const summaryErrors: FieldErrors = { ...shown, ...(fileError ? { attachmentId: fileError } : {}) };
  const showsErrors = hasFieldErrors(summaryErrors) || problem !== null;
  useFormTitle(t('title'), showsErrors);

  function fail(nextErrors: FieldErrors, nextProblem: ApiError | null) {
    setErrors(nextErrors);
    setProblem(nextProblem);
    setAttempt((count) => count + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sendingNow.current) return;
    const checked = documentUploadSchema.safeParse({ title, attachmentId: uploads.files.length > 0 ? PENDING_UPLOAD_ID : undefined });
    if (!checked.success) {
      uploads.setError(null);
      fail(fieldErrorsFromIssues(checked.error.issues), null);
      return;
    }
    setErrors({});
    setProblem(null);
    sendingNow.current = true;
    setSending(true);
    try {
      const [attachmentId = ''] = await uploads.uploadAll();
      onUploaded(await api.addDocument({ title: checked.data.title, attachmentId }));
    } catch (error) {
      if (error instanceof AttachmentUploadError) {
        const apiError = asApiError(error.cause);
        const message = Object.values(apiError.fieldErrors)[0];
        if (message) {
          uploads.setError({ message, fileName: error.fileName });
          fail({}, null);
        } else fail({}, apiError);
      } else {
        const apiError = asApiError(error);
        if (apiError.hasFieldErrors) fail(apiError.fieldErrors, null);
        else fail({}, apiError);
      }
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  }

  return (
    <>
      {showsErrors && (
        <FormErrorSummary
          key={attempt}
          title={problem ? text(problem.problem.title) : undefined}
          description={problem ? t('common:errors.notSent') : undefined}
          items={errorSummaryItems(summaryErrors, fields)}
        />
      )}
      <PageHeading classes="govuk-heading-l">{t('title')}</PageHeading>
      <p className="govuk-body">{t('intro')}</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <h2 className="govuk-heading-m">{t('upload.heading')}</h2>
        <Input
          name="title"
          label={{ text: t('upload.titleLabel'), classes: 'govuk-label--s' }}
          hint={{ text: t('upload.titleHint') }}
          value={title}
          errorMessage={errorOf('title')}
          onChange={setTitle}
        />
        <FileUpload id="document-file" label={{ text: t('upload.fileLabel'), classes: 'govuk-label--s' }} uploads={uploads} errorText={fileError ? undefined : shown.attachmentId} />
        <Button
          disabled={sending}
          text={sending ? (uploads.uploading ? t('common:files.uploading', { fileName: uploads.uploading }) : t('common:actions.sending')) : t('upload.submit')}
        />
        <LoadingStatus text={uploads.uploading ? t('common:files.uploadingStatus', { fileName: uploads.uploading }) : sending ? t('upload.sending') : ''} visuallyHidden />
      </form>
    </>
  );
}

function DocumentList({ documents }: { documents: FamilyDocument[] }) {
  const { t } = useTranslation('documents');
  const formats = useFormats();
  if (documents.length === 0) return <p className="govuk-body">{t('list.none')}</p>;
  return (
    <>
      {documents.map((document) => (
        <SummaryList
          key={document.id}
          card={{ title: { text: document.title, headingLevel: 3 } }}
          rows={[
            {
              key: { text: t('list.file') },
              value: { html: <AttachmentLink attachment={{ id: document.attachmentId, fileName: document.fileName, contentType: document.contentType, size: document.size }} /> },
            },
            { key: { text: t('list.uploaded') }, value: { text: t('list.uploadedBy', { when: formats.dateTime(document.uploadedAt), name: document.uploadedBy }) } },
          ]}
        />
      ))}
    </>
  );
}

/** Documents: upload one (a title and a file), and see every document shared with the key worker. */
export function DocumentsPage() {
  const api = useFamilyApi();
  const queryClient = useQueryClient();
  const { t } = useTranslation('documents');
  const documents = useQuery({ queryKey: queryKeys.documents, queryFn: () => api.listDocuments() });
  const [uploaded, setUploaded] = useState<{ count: number; title: string } | null>(null);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {uploaded && <NotificationBanner key={`banner-${uploaded.count}`} type="success" titleText={t('uploaded.title')} text={t('uploaded.text', { title: uploaded.title })} />}
        <UploadForm
          key={`form-${uploaded?.count ?? 0}`}
          onUploaded={(document) => {
            queryClient.setQueryData<FamilyDocument[]>(queryKeys.documents, (current) => (current ? [document, ...current.filter((existing) => existing.id !== document.id)] : current));
            void queryClient.invalidateQueries({ queryKey: queryKeys.documents });
            setUploaded((current) => ({ count: (current?.count ?? 0) + 1, title: document.title }));
          }}
        />
        <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('list.heading')}</h2>
        {documents.isPending && <LoadingStatus text={t('list.loading')} />}
        {documents.isError && <ProblemNotice error={documents.error} onRetry={() => void documents.refetch()} />}
        {documents.data && <DocumentList documents={documents.data} />}
      </div>
    </div>
  );
}
