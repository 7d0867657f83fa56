import { useRef, useState } from 'react';
import type { AttachmentView } from '../../api/familyApi';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { MAX_ATTACHMENTS, TOO_MANY_FILES_MESSAGE, fileProblem } from './fileChecks';

/** An upload that failed, with the file it was for. */
export class AttachmentUploadError extends Error {
  constructor(
    readonly fileName: string,
    override readonly cause: unknown,
  ) {
    super(`Could not upload ${fileName}`);
    this.name = 'AttachmentUploadError';
  }
}

export interface ChosenFile {
  /** Stable across removals, for React keys. */
  key: number;
  file: File;
}

export interface FileError {
  /** The English message (the API's wording), translated where it is shown. */
  message: string;
  fileName?: string;
}

/**
 * Files chosen to go with a message: each is checked when chosen (type and size, the API's rules),
 * then uploaded on sending, one after another, before the message that refers to them. A file
 * uploaded once is not uploaded again when the person retries after the message failed to send.
 */
export function useAttachmentUploads({ max = MAX_ATTACHMENTS }: { max?: number } = {}) {
  const api = useFamilyApi();
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [error, setError] = useState<FileError | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const uploaded = useRef(new Map<File, AttachmentView>());
  const nextKey = useRef(1);

  /**
   * Adds the files chosen (or, with `replace`, puts them in place of those chosen before); the
   * first that cannot be sent is reported, and none of the invalid ones is kept.
   */
  function choose(chosen: readonly File[], { replace = false }: { replace?: boolean } = {}) {
    const kept = replace ? [] : files;
    let firstError: FileError | null = null;
    const accepted: ChosenFile[] = [];
    for (const file of chosen) {
      const problem = fileProblem(file);
      if (problem) {
        firstError ??= { message: problem, fileName: file.name };
        continue;
      }
      accepted.push({ key: nextKey.current, file });
      nextKey.current += 1;
    }
    if (kept.length + accepted.length > max) {
      firstError ??= { message: TOO_MANY_FILES_MESSAGE };
      accepted.splice(Math.max(0, max - kept.length));
    }
    setFiles([...kept, ...accepted]);
    setError(firstError);
  }

  function remove(key: number) {
    setFiles((current) => current.filter((chosen) => chosen.key !== key));
    setError(null);
  }

  /** Uploads what has not been uploaded yet and answers every file's attachment id, in order. */
  async function uploadAll(): Promise<string[]> {
    const ids: string[] = [];
    try {
      for (const { file } of files) {
        let attachment = uploaded.current.get(file);
        if (!attachment) {
          setUploading(file.name);
          try {
            attachment = await api.uploadAttachment(file);
          } catch (error) {
            throw new AttachmentUploadError(file.name, error);
          }
          uploaded.current.set(file, attachment);
        }
        ids.push(attachment.id);
      }
    } finally {
      setUploading(null);
    }
    return ids;
  }

  return { files, error, setError, uploading, choose, remove, uploadAll };
}

export type AttachmentUploads = ReturnType<typeof useAttachmentUploads>;
