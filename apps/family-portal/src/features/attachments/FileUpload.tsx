import { ErrorMessage, Hint, Label, type LabelParams } from '@childfirst/ui';
import { useRef } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useFormats } from '../../i18n/formats';
import { useMessageText } from '../../i18n/useMessageText';
import { acceptedFiles } from './fileChecks';
import type { AttachmentUploads } from './useAttachmentUploads';

export interface FileUploadProps {
  id: string;
  label: LabelParams;
  uploads: AttachmentUploads;
  /** One file (a document) or several (a message's attachments). */
  multiple?: boolean;
  /** An error about this field from elsewhere (the schema: "Choose a file to upload"). */
  errorText?: string;
}

/**
 * The GOV.UK file upload (a native file input, so it works with a keyboard and every assistive
 * technology), with the files chosen so far listed below it, each with a "Remove" button. Files
 * are checked as soon as they are chosen.
 */
export function FileUpload({ id, label, uploads, multiple = false, errorText }: FileUploadProps) {
  const { t } = useTranslation();
  const { text } = useMessageText();
  const formats = useFormats();
  const inputRef = useRef<HTMLInputElement>(null);
  const fileError = uploads.error
    ? uploads.error.fileName
      ? t('files.errorFor', { fileName: uploads.error.fileName, message: text(uploads.error.message) })
      : text(uploads.error.message)
    : undefined;
  const error = fileError ?? errorText;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : undefined].filter(Boolean).join(' ');

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Label {...label} for={id} />
      <Hint id={`${id}-hint`} text={multiple ? t('files.hintMultiple') : t('files.hintOne')} />
      {error && <ErrorMessage id={`${id}-error`} text={error} visuallyHiddenText={t('errors.prefix')} />}
      <input
        ref={inputRef}
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={id}
        type="file"
        accept={acceptedFiles}
        multiple={multiple}
        aria-describedby={describedBy}
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []);
          // A single-file field replaces its file; the input is emptied so the same file can be chosen again.
          uploads.choose(chosen, { replace: !multiple });
          event.target.value = '';
        }}
      />
      {uploads.files.length > 0 && (
        <ul className="govuk-list childfirst-chosen-files" aria-label={t('files.chosen')}>
          {uploads.files.map(({ key, file }) => (
            <li key={key} className="childfirst-chosen-files__item">
              <span className="childfirst-chosen-files__name">
                {file.name} <span className="govuk-hint govuk-!-display-inline">({formats.fileSize(file.size)})</span>
              </span>{' '}
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 childfirst-chosen-files__remove"
                onClick={() => {
                  uploads.remove(key);
                  inputRef.current?.focus();
                }}
              >
                {t('actions.remove')}
                <span className="govuk-visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
