import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@childfirst/domain/errors';
import { isStorableText, unstorableFileNameMessage } from '@childfirst/domain/text';

const problem = (message: string) => new DomainError('RECORD_INVALID', message, { errors: [{ path: 'file', message: message.replace(/\.$/, '') }] });

/** Reads the one file of a multipart/form-data upload (field `file`); the size limit is @fastify/multipart's. */
export async function readUploadedFile(request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart()) throw problem('Send the file as multipart/form-data, in a field called file.');
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw problem('Choose a file to upload.');
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw problem('The file must be 10 MB or smaller.');
    throw error;
  }
  // The name is the one text of an upload (the content is kept as bytes), and it is stored and shown again.
  if (!isStorableText(part.filename)) throw problem(`${unstorableFileNameMessage}.`);
  return { fileName: part.filename, content };
}
