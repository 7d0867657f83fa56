/**
 * @jest-environment node
 */
import { ApiError, normaliseFieldPath, shouldRetryRequest } from './ApiError';
import { createJsonClient } from './createJsonClient';

type FetchCall = [string, RequestInit];

function respondWith(response: Response | Error) {
  const fetchMock = jest.fn<Promise<Response>, FetchCall>(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  const client = createJsonClient({ baseUrl: 'http://api.test/', getToken: async () => 'token-123', fetch: fetchMock as unknown as typeof fetch });
  return { client, fetchMock };
}

function problem(status: number, body: unknown, contentType = 'application/problem+json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('createJsonClient', () => {
  it('sends the bearer token and JSON, and reads JSON back', async () => {
    const { client, fetchMock } = respondWith(new Response(JSON.stringify({ ok: true }), { status: 201, headers: { 'content-type': 'application/json' } }));
    await expect(client('/things', { method: 'POST', body: { a: 1 }, headers: { 'Idempotency-Key': 'k-12345678' } })).resolves.toEqual({ ok: true });

    const [url, init] = fetchMock.mock.calls[0] as FetchCall;
    expect(url).toBe('http://api.test/things');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"a":1}');
    expect(init.headers).toMatchObject({
      Authorization: 'Bearer token-123',
      'Content-Type': 'application/json',
      'Idempotency-Key': 'k-12345678',
    });
  });

  it('parses problem details with field errors into messages keyed by field', async () => {
    const { client } = respondWith(
      problem(422, {
        type: 'about:blank',
        title: 'There is a problem with your request',
        status: 422,
        detail: 'Check the answers and try again',
        errors: [
          { path: 'whatIsHappening', message: 'Tell us what is happening in at least 20 characters' },
          { path: '/contactPhone', message: 'Enter a UK phone number' },
          { path: 'contactPhone', message: 'A second message for the same field is not shown' },
          { nonsense: true },
        ],
      }),
    );
    const error = await caught(client('/family/help-requests'));
    expect(error.status).toBe(422);
    expect(error.problem.title).toBe('There is a problem with your request');
    expect(error.message).toBe('Check the answers and try again');
    expect(error.hasFieldErrors).toBe(true);
    expect(error.fieldErrors).toEqual({
      whatIsHappening: 'Tell us what is happening in at least 20 characters',
      contactPhone: 'Enter a UK phone number',
    });
  });

  it('keeps the detail of a conflict so the screen can show it', async () => {
    const { client } = respondWith(problem(409, { title: 'Already decided', status: 409, detail: 'Sam Jones decided this referral at 10:02am.' }));
    const error = await caught(client('/staff/referrals/1/decision', { method: 'POST', body: {} }));
    expect(error.status).toBe(409);
    expect(error.problem.detail).toBe('Sam Jones decided this referral at 10:02am.');
    expect(error.hasFieldErrors).toBe(false);
    expect(error.fieldErrors).toEqual({});
  });

  it('gives a plain-English title when the body is not problem details', async () => {
    const { client } = respondWith(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const error = await caught(client('/staff/referrals'));
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Sorry, there is a problem with the service. Try again later');
    expect(error.problem.detail).toBeUndefined();
  });

  it('survives a JSON content type with a broken body', async () => {
    const { client } = respondWith(new Response('{not json', { status: 403, headers: { 'content-type': 'application/problem+json' } }));
    const error = await caught(client('/staff/referrals'));
    expect(error.problem).toEqual({ status: 403, title: 'You do not have permission to do this' });
  });

  it('reports a request that never reached the API as status 0', async () => {
    const { client } = respondWith(new TypeError('Failed to fetch'));
    const error = await caught(client('/family/me'));
    expect(error.status).toBe(0);
    expect(error.problem.title).toMatch(/could not reach the service/);
  });

  it('returns undefined for 204 No Content', async () => {
    const { client } = respondWith(new Response(null, { status: 204 }));
    await expect(client('/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });
});

describe('normaliseFieldPath', () => {
  it.each([
    ['whatIsHappening', 'whatIsHappening'],
    ['body.contactPhone', 'contactPhone'],
    ['/contactPhone', 'contactPhone'],
    ['/address/postcode', 'address.postcode'],
    ['children[1].name', 'children.1.name'],
  ])('%s → %s', (path, expected) => expect(normaliseFieldPath(path)).toBe(expected));
});

describe('shouldRetryRequest', () => {
  it('retries unreachable and failing services twice, refused requests never', () => {
    expect(shouldRetryRequest(0, new ApiError({ status: 0, title: 'x' }))).toBe(true);
    expect(shouldRetryRequest(1, new ApiError({ status: 503, title: 'x' }))).toBe(true);
    expect(shouldRetryRequest(2, new ApiError({ status: 503, title: 'x' }))).toBe(false);
    expect(shouldRetryRequest(0, new ApiError({ status: 403, title: 'x' }))).toBe(false);
    expect(shouldRetryRequest(0, new ApiError({ status: 409, title: 'x' }))).toBe(false);
  });
});
