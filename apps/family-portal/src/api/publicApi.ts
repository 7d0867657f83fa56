import type { PublicConcern, publicConcernReceiptSchema } from '@childfirst/domain/referrals';
import { ApiError, apiErrorFromResponse, titleForStatus } from '@childfirst/ui';
import type { z } from 'zod';

/** What the API answers a public concern with: a reference to quote, and nothing about the child. */
export type PublicConcernReceipt = z.infer<typeof publicConcernReceiptSchema>;

/**
 * The public surface of the API: no account, so no token. Requests never carry an Authorization
 * header or cookies, even when the person happens to be signed in to the portal in the same browser.
 */
export interface PublicApi {
  /**
   * Sends a concern. The idempotency key is chosen once per form and resent on every retry, so a
   * report sent twice (a double click, a lost response) is recorded once; a replay answers 200.
   */
  reportConcern(concern: PublicConcern, idempotencyKey: string): Promise<PublicConcernReceipt>;
}

export interface PublicApiOptions {
  /** The API's origin and base path, e.g. "http://localhost:3000". */
  baseUrl: string;
  fetch?: typeof fetch;
}

export function createPublicApi({ baseUrl, fetch: fetchImpl }: PublicApiOptions): PublicApi {
  const base = baseUrl.replace(/\/$/, '');
  return {
    async reportConcern(concern, idempotencyKey) {
      const doFetch = fetchImpl ?? globalThis.fetch.bind(globalThis);
      let response: Response;
      try {
        response = await doFetch(`${base}/public/concerns`, {
          method: 'POST',
          credentials: 'omit',
          headers: {
            Accept: 'application/json, application/problem+json',
            'Content-Type': 'application/json',
            'Idempotency-Key': idempotencyKey,
          },
          body: JSON.stringify(concern),
        });
      } catch {
        // Offline, DNS, CORS: the report may or may not have arrived; a retry with the same key is safe.
        throw new ApiError({ status: 0, title: titleForStatus(0) });
      }
      if (!response.ok) throw await apiErrorFromResponse(response);
      return (await response.json()) as PublicConcernReceipt;
    },
  };
}
