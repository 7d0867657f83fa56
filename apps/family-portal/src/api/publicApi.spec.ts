/**
 * @jest-environment node
 */
import type { PublicConcern } from '@childfirst/domain/referrals';
import { ApiError } from '@childfirst/ui';
import { createPublicApi } from './publicApi';

type FetchCall = [string, RequestInit];

const concern: PublicConcern = {
  anonymous: true,
  relationshipToChild: 'acquaintance',
  subjects: [{ kind: 'unidentified', givenName: 'Sam' }],
  concerns: ['16A'],
  description: 'Sam is often left alone at night without any food.',
  urgency: 'not-urgent',
};
const receipt = { reference: 'FD-2025-000123', receivedAt: '2025-06-04T08:15:00Z', message: 'Thank you for telling us.' };

function apiAnswering(response: Response | Error) {
  const fetchMock = jest.fn<Promise<Response>, FetchCall>(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  return { api: createPublicApi({ baseUrl: 'http://api.test/', fetch: fetchMock as unknown as typeof fetch }), fetchMock };
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

describe('public API client', () => {
  it('posts the concern as JSON with the Idempotency-Key, and no token or cookies', async () => {
    const { api, fetchMock } = apiAnswering(Response.json(receipt, { status: 201 }));
    await expect(api.reportConcern(concern, 'key-1234-5678')).resolves.toEqual(receipt);

    const [url, init] = fetchMock.mock.calls[0] as FetchCall;
    expect(url).toBe('http://api.test/public/concerns');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('omit');
    expect(JSON.parse(init.body as string)).toEqual(concern);
    expect(init.headers).toEqual({
      Accept: 'application/json, application/problem+json',
      'Content-Type': 'application/json',
      'Idempotency-Key': 'key-1234-5678',
    });
  });

  it('accepts a replay (200) like a first answer', async () => {
    const { api } = apiAnswering(Response.json(receipt, { status: 200 }));
    await expect(api.reportConcern(concern, 'key-1234-5678')).resolves.toEqual(receipt);
  });

  it('reads field errors from a 400 problem, keyed as the form keys them', async () => {
    const { api } = apiAnswering(
      new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'There is a problem with what was sent',
          status: 400,
          errors: [{ path: 'subjects.0.postcode', message: 'Enter a full UK postcode, like SG1 1AA' }],
        }),
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const error = await caught(api.reportConcern(concern, 'key-1234-5678'));
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({ 'subjects.0.postcode': 'Enter a full UK postcode, like SG1 1AA' });
  });

  it('reports too many reports (429) and an unreachable service (status 0) as ApiErrors', async () => {
    const tooMany = apiAnswering(new Response(JSON.stringify({ title: 'Too many requests', status: 429 }), { status: 429, headers: { 'content-type': 'application/problem+json' } }));
    expect((await caught(tooMany.api.reportConcern(concern, 'key-1234-5678'))).status).toBe(429);

    const offline = apiAnswering(new TypeError('Failed to fetch'));
    const error = await caught(offline.api.reportConcern(concern, 'key-1234-5678'));
    expect(error.status).toBe(0);
    expect(error.problem.title).toMatch(/could not reach the service/);
  });
});
