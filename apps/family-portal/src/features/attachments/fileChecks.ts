import { MAX_ATTACHMENTS, MAX_FILE_BYTES, allowedFileTypes, type AllowedFileType } from '@childfirst/domain/portal';
import { isStorableText, unstorableFileNameMessage } from '@childfirst/domain/text';

/** The API's own messages (POST /family/attachments answers 400 with these), checked here first. */
export const FILE_TYPE_MESSAGE = 'The file must be a PDF, JPEG, PNG or Word document';
export const FILE_SIZE_MESSAGE = 'The file must be 10 MB or smaller';
export const FILE_EMPTY_MESSAGE = 'The file is empty. Choose another file';
export const TOO_MANY_FILES_MESSAGE = `Attach up to ${MAX_ATTACHMENTS} files`;

export { MAX_ATTACHMENTS, MAX_FILE_BYTES };

/** What the file picker offers: the allowed types and their extensions (some systems give .docx no type). */
export const acceptedFiles = [...Object.keys(allowedFileTypes), ...Object.values(allowedFileTypes).map((type) => type.extension), '.jpeg'].join(',');

function extensionOf(fileName: string): string {
  return /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
}

/** The allowed type of a file, by the type the browser gives it or, if it gives none, by its extension. */
export function allowedTypeOf(file: { name: string; type: string }): AllowedFileType | undefined {
  if (file.type) return file.type in allowedFileTypes ? (file.type as AllowedFileType) : undefined;
  const extension = extensionOf(file.name) === '.jpeg' ? '.jpg' : extensionOf(file.name);
  return (Object.keys(allowedFileTypes) as AllowedFileType[]).find((type) => allowedFileTypes[type].extension === extension);
}

/**
 * Why a file cannot be sent, before it is uploaded (the API checks its content again): the type
 * (PDF, JPEG, PNG or Word), then the size (10 MB at most), then a name the database cannot store. Undefined when it can.
 */
export function fileProblem(file: { name: string; type: string; size: number }): string | undefined {
  if (!allowedTypeOf(file)) return FILE_TYPE_MESSAGE;
  if (file.size > MAX_FILE_BYTES) return FILE_SIZE_MESSAGE;
  if (file.size === 0) return FILE_EMPTY_MESSAGE;
  if (!isStorableText(file.name)) return unstorableFileNameMessage;
  return undefined;
}

/** The translation key of a content type's name ("PDF", "Word document"). */
export function fileTypeKey(contentType: string): string {
  switch (contentType) {
    case 'application/pdf':
      return 'files.typeNames.pdf';
    case 'image/jpeg':
      return 'files.typeNames.jpeg';
    case 'image/png':
      return 'files.typeNames.png';
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return 'files.typeNames.word';
    default:
      return 'files.typeNames.other';
  }
}
