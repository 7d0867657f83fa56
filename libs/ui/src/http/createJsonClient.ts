import { apiErrorFromResponse, unreachableServiceError } from './ApiError';

export interface JsonClientOptions {
  /** The API's origin and base path, e.g. "http://localhost:3000". */
  baseUrl: string;
  /** Resolves a bearer token valid for long enough to make the call (refreshed if about to expire). */
  getToken: () => Promise<string>;
  fetch?: typeof fetch;
}

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export type JsonClient = <T>(path: string, request?: JsonRequest) => Promise<T>;

/**
 * The one place the browser talks to the API: adds the bearer token, sends and reads JSON, and
 * turns every failure into an ApiError (problem details), so screens handle one error type.
 */
export function createJsonClient({ baseUrl, getToken, fetch: fetchImpl }: JsonClientOptions): JsonClient {
  const base = baseUrl.replace(/\/$/, '');
  return async function request<T>(path: string, { method = 'GET', body, headers = {}, signal }: JsonRequest = {}) {
    const token = await getToken();
    const doFetch = fetchImpl ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        signal,
        headers: {
          Accept: 'application/json, application/problem+json',
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw unreachableServiceError();
    }
    if (!response.ok) throw await apiErrorFromResponse(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  };
}
