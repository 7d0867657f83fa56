import { Button } from '@childfirst/ui';
import { useState } from 'react';
import type { AttachmentView } from '../../api/portalTypes';
import { useStaffApi } from '../../api/StaffApiProvider';
import { asApiError } from '../../forms/formProblems';
import { fileTypeLabel, formatFileSize } from './messageForm';

/** How long the browser keeps the downloaded file's address: long enough for a slow save dialogue to start. */
const objectUrlLifetimeMs = 30_000;

/**
 * Hands the file to the browser as a download. It is never opened in the page: a file from outside
 * (a family's upload) must not run in the staff app's origin, whatever type it claims.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), objectUrlLifetimeMs);
}

/** A file the family sent (attached to a message, or a document): fetched with the token when asked for, then saved. */
export function AttachmentDownload({ caseId, attachment, onDownloaded }: { caseId: string; attachment: AttachmentView; onDownloaded?: () => void }) {
  const api = useStaffApi();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = `attachment-${attachment.id}-error`;

  async function download() {
    if (pending) return;
    setPending(true);
    setProblem(null);
    try {
      const file = await api.downloadAttachment(caseId, attachment.id);
      saveFile(file.blob, attachment.fileName || file.fileName || 'attachment');
      onDownloaded?.();
    } catch (error) {
      const apiError = asApiError(error);
      setProblem(`${attachment.fileName} could not be downloaded. ${apiError.problem.detail ?? apiError.problem.title}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <li>
      <Button type="button" classes="govuk-button--secondary govuk-!-margin-bottom-1" disabled={pending} onClick={() => void download()}>
        {pending ? 'Downloading' : 'Download'} <span className="govuk-!-font-weight-bold">{attachment.fileName}</span>
        {pending && '…'}
      </Button>
      <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-2">
        {fileTypeLabel(attachment.contentType)}, {formatFileSize(attachment.size)}
      </p>
      <div aria-live="polite">
        {problem && (
          <p className="govuk-error-message" id={errorId}>
            <span className="govuk-visually-hidden">Error:</span> {problem}
          </p>
        )}
      </div>
    </li>
  );
}
