/**
 * @jest-environment node
 */
import { ApiError, createJsonClient } from '@childfirst/ui';
import { createStaffApi } from './staffApi';

function apiReturning(response: () => Response) {
  const fetchMock = jest.fn(async (_url: string, _init: RequestInit) => response());
  const api = createStaffApi(createJsonClient({ baseUrl: 'http://api.test', getToken: async () => 'staff-token', fetch: fetchMock as unknown as typeof fetch }));
  return { api, fetchMock };
}

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('staff API client', () => {
  it('asks for the queue by status', async () => {
    const { api, fetchMock } = apiReturning(() => json({ items: [] }));
    await api.listTriageQueue('awaiting-decision');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://api.test/staff/referrals?status=awaiting-decision');
  });

  it('sends the decision with the version it was made on, as a quoted If-Match entity tag', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'r1' }));
    await api.decideReferral('r1', { outcome: 'early-help', reason: 'Attendance concerns, family consents.' }, 7);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/staff/referrals/r1/decision');
    expect(init?.headers).toMatchObject({ 'If-Match': '"7"', Authorization: 'Bearer staff-token' });
    expect(JSON.parse(String(init?.body))).toEqual({ outcome: 'early-help', reason: 'Attendance concerns, family consents.' });
  });

  it('turns a 409 into an ApiError carrying the detail to show', async () => {
    const { api } = apiReturning(() =>
      json({ title: 'This referral has already been decided', status: 409, detail: 'Sam Jones decided it at 10:02am.' }, 409, 'application/problem+json'),
    );
    const error = await api.decideReferral('r1', { outcome: 'early-help', reason: 'Attendance concerns.' }, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({ status: 409, detail: 'Sam Jones decided it at 10:02am.' });
  });

  it('encodes ids in paths', async () => {
    const { api, fetchMock } = apiReturning(() => json({}));
    await api.getReferral('a/b');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://api.test/staff/referrals/a%2Fb');
  });
});
