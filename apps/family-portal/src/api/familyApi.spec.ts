/**
 * @jest-environment node
 */
import { createJsonClient } from '@childfirst/ui';
import { createFamilyApi } from './familyApi';

describe('family API client', () => {
  it('sends the submission with the Idempotency-Key header it is given', async () => {
    const fetchMock = jest.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ id: 'r1' }), { status: 201, headers: { 'content-type': 'application/json' } }));
    const api = createFamilyApi(createJsonClient({ baseUrl: 'http://api.test', getToken: async () => 't', fetch: fetchMock as unknown as typeof fetch }));

    await api.submitHelpRequest({ whatIsHappening: 'My son has stopped going to school since March.', preferredContact: 'email' }, 'key-1234-5678');

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/family/help-requests');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'Idempotency-Key': 'key-1234-5678', Authorization: 'Bearer t' });
  });

  it('unwraps the list of requests', async () => {
    const fetchMock = jest.fn(async () => new Response(JSON.stringify({ items: [{ id: 'a' }, { id: 'b' }] }), { headers: { 'content-type': 'application/json' } }));
    const api = createFamilyApi(createJsonClient({ baseUrl: 'http://api.test', getToken: async () => 't', fetch: fetchMock as unknown as typeof fetch }));
    await expect(api.listHelpRequests()).resolves.toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
