import { ApiError, apiErrorFromResponse, titleForStatus, type JsonClientOptions } from '@childfirst/ui';
import type { DownloadedFile } from './portalTypes';

/** Fetches a file from the API with the bearer token; failures are ApiErrors, as with JSON. */
export type FileClient = (path: string) => Promise<DownloadedFile>;

/** The name in a Content-Disposition header (`filename*=UTF-8''…` preferred), if it has one. */
export function fileNameOf(contentDisposition: string | null): string | null {
  if (!contentDisposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Badly encoded: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(contentDisposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || null;
}

/**
 * The token is not in a cookie, so a plain link to the API cannot open a file: it is fetched with
 * the token, as a blob, and the page offers it for download.
 */
export function createFileClient({ baseUrl, getToken, fetch: fetchImpl }: JsonClientOptions): FileClient {
  const base = baseUrl.replace(/\/$/, '');
  return async (path) => {
    const token = await getToken();
    const doFetch = fetchImpl ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { method: 'GET', headers: { Accept: '*/*', Authorization: `Bearer ${token}` } });
    } catch {
      throw new ApiError({ status: 0, title: titleForStatus(0) });
    }
    if (!response.ok) throw await apiErrorFromResponse(response);
    return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
  };
}
