import { ApiError, apiErrorFromResponse, titleForStatus } from '@childfirst/ui';

export interface FileTransportOptions {
  /** The API's origin and base path, e.g. "http://localhost:3000". */
  baseUrl: string;
  getToken: () => Promise<string>;
  fetch?: typeof fetch;
}

/**
 * What the JSON client cannot do: send a file as multipart/form-data, and download one. Both carry
 * the bearer token, so a download is fetched and handed to the browser rather than linked to.
 */
export interface FileTransport {
  upload<T>(path: string, file: File, signal?: AbortSignal): Promise<T>;
  download(path: string): Promise<Blob>;
  /** The address of a path on the API (it still needs the token: see download). */
  urlOf(path: string): string;
}

export function createFileTransport({ baseUrl, getToken, fetch: fetchImpl }: FileTransportOptions): FileTransport {
  const base = baseUrl.replace(/\/$/, '');
  async function send(path: string, init: RequestInit): Promise<Response> {
    const token = await getToken();
    const doFetch = fetchImpl ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError({ status: 0, title: titleForStatus(0) });
    }
    if (!response.ok) throw await apiErrorFromResponse(response);
    return response;
  }
  return {
    async upload<T>(path: string, file: File, signal?: AbortSignal) {
      const form = new FormData();
      form.append('file', file, file.name);
      // No Content-Type: the browser sets multipart/form-data with its boundary.
      const response = await send(path, { method: 'POST', body: form, signal, headers: { Accept: 'application/json, application/problem+json' } });
      return (await response.json()) as T;
    },
    async download(path: string) {
      return (await send(path, { method: 'GET' })).blob();
    },
    urlOf: (path) => `${base}${path}`,
  };
}

/** Offers a downloaded file to the person under its own name. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
