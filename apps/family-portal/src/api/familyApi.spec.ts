/**
 * @jest-environment node
 */
import { ApiError, createJsonClient } from '@childfirst/ui';
import { createFamilyApi } from './familyApi';
import { createFileTransport } from './files';

type FetchCall = [string, RequestInit];

function apiWith(respond: (url: string, init: RequestInit) => Response = () => Response.json({ items: [] })) {
  const fetchMock = jest.fn(async (url: string, init: RequestInit) => respond(url, init));
  const options = { baseUrl: 'http://api.test', getToken: async () => 't', fetch: fetchMock as unknown as typeof fetch };
  return { api: createFamilyApi(createJsonClient(options), createFileTransport(options)), fetchMock };
}

const call = (fetchMock: jest.Mock, index = 0) => fetchMock.mock.calls[index] as FetchCall;

describe('family API client', () => {
  it('sends the submission with the Idempotency-Key header it is given', async () => {
    const { api, fetchMock } = apiWith(() => Response.json({ id: 'r1' }, { status: 201 }));
    await api.submitHelpRequest({ whatIsHappening: 'My son has stopped going to school since March.', preferredContact: 'email' }, 'key-1234-5678');

    const [url, init] = call(fetchMock);
    expect(url).toBe('http://api.test/family/help-requests');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'Idempotency-Key': 'key-1234-5678', Authorization: 'Bearer t' });
  });

  it('unwraps the lists', async () => {
    const { api } = apiWith(() => Response.json({ items: [{ id: 'a' }, { id: 'b' }] }));
    await expect(api.listHelpRequests()).resolves.toEqual([{ id: 'a' }, { id: 'b' }]);
    await expect(api.listThreads()).resolves.toEqual([{ id: 'a' }, { id: 'b' }]);
    await expect(api.listDocuments()).resolves.toEqual([{ id: 'a' }, { id: 'b' }]);
    await expect(api.listConsents()).resolves.toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('calls each route of the contract with its method, path parameters (encoded), body and Idempotency-Key', async () => {
    const { api, fetchMock } = apiWith((url) => (url.endsWith('/read') ? new Response(null, { status: 204 }) : Response.json({ items: [] })));
    await api.getMe();
    await api.linkAccount({ code: 'K7PMQ2XD9A' });
    await api.getHome();
    await api.getThread('t/1');
    await api.startThread({ subject: 'Meeting', body: 'Hello', attachmentIds: [] }, 'k1');
    await api.reply('t1', { body: 'Thanks', attachmentIds: ['a1'] }, 'k2');
    await expect(api.markThreadRead('t1')).resolves.toBeUndefined();
    await api.addDocument({ title: 'Letter', attachmentId: 'a1' });
    await api.listViews();
    await api.addView({ speaker: 'parent', topic: 'general', text: 'It is going well.' });
    await api.withdrawConsent('c1');
    await api.reportChange({ kind: 'address', details: 'We have moved house.' }, 'k3');

    const calls = fetchMock.mock.calls.map(([url, init]) => [
      init.method,
      url.replace('http://api.test', ''),
      init.body ? JSON.parse(init.body as string) : undefined,
      (init.headers as Record<string, string>)['Idempotency-Key'],
    ]);
    expect(calls).toEqual([
      ['GET', '/family/me', undefined, undefined],
      ['POST', '/family/link', { code: 'K7PMQ2XD9A' }, undefined],
      ['GET', '/family/home', undefined, undefined],
      ['GET', '/family/messages/t%2F1', undefined, undefined],
      ['POST', '/family/messages', { subject: 'Meeting', body: 'Hello', attachmentIds: [] }, 'k1'],
      ['POST', '/family/messages/t1/replies', { body: 'Thanks', attachmentIds: ['a1'] }, 'k2'],
      ['POST', '/family/messages/t1/read', undefined, undefined],
      ['POST', '/family/documents', { title: 'Letter', attachmentId: 'a1' }, undefined],
      ['GET', '/family/views', undefined, undefined],
      ['POST', '/family/views', { speaker: 'parent', topic: 'general', text: 'It is going well.' }, undefined],
      ['POST', '/family/consents/c1/withdraw', undefined, undefined],
      ['POST', '/family/changes', { kind: 'address', details: 'We have moved house.' }, 'k3'],
    ]);
  });

  it('uploads a file as multipart/form-data with one field, "file", and the token', async () => {
    const attachment = { id: 'a1', fileName: 'scan.pdf', contentType: 'application/pdf', size: 4 };
    const { api, fetchMock } = apiWith(() => Response.json(attachment, { status: 201 }));
    const file = new File(['%PDF'], 'scan.pdf', { type: 'application/pdf' });
    await expect(api.uploadAttachment(file)).resolves.toEqual(attachment);

    const [url, init] = call(fetchMock);
    expect(url).toBe('http://api.test/family/attachments');
    expect(init.method).toBe('POST');
    const form = init.body as FormData;
    expect([...form.keys()]).toEqual(['file']);
    expect((form.get('file') as File).name).toBe('scan.pdf');
    // The browser sets the multipart boundary itself.
    expect(Object.keys(init.headers as Record<string, string>).map((name) => name.toLowerCase())).not.toContain('content-type');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer t' });
  });

  it('reads the API’s refusal of a file as field errors', async () => {
    const { api } = apiWith(
      () =>
        new Response(JSON.stringify({ title: 'There is a problem with what was sent', status: 400, errors: [{ path: 'file', message: 'The file must be 10 MB or smaller' }] }), {
          status: 400,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    const error = await api.uploadAttachment(new File(['x'], 'big.pdf')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors).toEqual({ file: 'The file must be 10 MB or smaller' });
  });

  it('downloads an attachment with the token, and gives its address for links', async () => {
    const { api, fetchMock } = apiWith(() => new Response('%PDF', { headers: { 'content-type': 'application/pdf' } }));
    const blob = await api.downloadAttachment('a 1');
    expect(await blob.text()).toBe('%PDF');
    const [url, init] = call(fetchMock);
    expect(url).toBe('http://api.test/family/attachments/a%201');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer t' });
    expect(api.attachmentUrl('a1')).toBe('http://api.test/family/attachments/a1');
  });
});
