import { useState, type MouseEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { AttachmentView } from '../../api/familyApi';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { saveFile } from '../../api/files';
import { useFormats } from '../../i18n/formats';
import { fileTypeKey } from './fileChecks';

/**
 * A link to download a file. The API needs the bearer token, so following the link fetches the
 * file with it and hands it to the browser to save, under its own name.
 */
export function AttachmentLink({ attachment }: { attachment: Pick<AttachmentView, 'id' | 'fileName' | 'contentType' | 'size'> }) {
  const api = useFamilyApi();
  const { t } = useTranslation();
  const formats = useFormats();
  const [failed, setFailed] = useState(false);
  const [downloading, setDownloading] = useState(false);

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (downloading) return;
    setFailed(false);
    setDownloading(true);
    try {
      saveFile(await api.downloadAttachment(attachment.id), attachment.fileName);
    } catch {
      setFailed(true);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <a className="govuk-link" href={api.attachmentUrl(attachment.id)} download={attachment.fileName} onClick={(event) => void download(event)}>
        <span className="govuk-visually-hidden">{t('files.downloadPrefix')} </span>
        {attachment.fileName}
      </a>{' '}
      <span className="govuk-hint govuk-!-display-inline govuk-!-font-size-16">
        ({t('files.downloadDescription', { type: t(fileTypeKey(attachment.contentType)), size: formats.fileSize(attachment.size) })})
      </span>
      {failed && (
        <span className="govuk-error-message govuk-!-margin-bottom-0" role="alert">
          {t('files.downloadFailed', { fileName: attachment.fileName })}
        </span>
      )}
    </>
  );
}
