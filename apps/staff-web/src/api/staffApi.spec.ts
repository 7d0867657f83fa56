/**
 * @jest-environment node
 */
import { ApiError, createJsonClient, problemFromBody } from '@childfirst/ui';
import { isPossibleDuplicateProblem, possibleDuplicatesOf } from './personProblems';
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

  it('searches people with only the details given, as query parameters', async () => {
    const { api, fetchMock } = apiReturning(() => json({ items: [] }));
    await api.searchPeople({ name: 'Admas', dateOfBirth: '2015-03-04' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://api.test/staff/people?name=Admas&dateOfBirth=2015-03-04');
    await api.searchPeople({ nhsNumber: '9434765919', postcode: 'SG1 1AA' });
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://api.test/staff/people?nhsNumber=9434765919&postcode=SG1+1AA');
  });

  it('repeats the chronology filters, and leaves them out when none are chosen', async () => {
    const { api, fetchMock } = apiReturning(() => json({ items: [], filters: { agencies: [], eventTypes: [] } }));
    await api.getChronology('c1', { agency: ['health', 'police'], eventType: ['referral'] });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://api.test/staff/cases/c1/chronology?agency=health&agency=police&eventType=referral');
    await api.getChronology('c1', { agency: [], eventType: [] });
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://api.test/staff/cases/c1/chronology');
  });

  it('sends a case note with its Idempotency-Key', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'n1' }, 201));
    const note = { noteType: 'home-visit', occurredAt: '2025-06-03T10:00:00.000Z', body: 'Visited.', sensitivity: 'standard' as const, personIds: ['p1'] };
    await api.addCaseNote('c1', note, 'key-1234-5678');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/staff/cases/c1/notes');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'Idempotency-Key': 'key-1234-5678' });
    expect(JSON.parse(String(init?.body))).toEqual(note);
  });

  it('changes the key worker with PUT, sending the version the change was made on', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'c1' }));
    await api.assignKeyWorker('c1', 'pr1', 7);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/staff/cases/c1/key-worker');
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual({ practitionerId: 'pr1', version: 7 });
  });

  it('keeps the problem type, so a refusal offering emergency access can be told apart', async () => {
    const { api } = apiReturning(() =>
      json({ type: 'urn:childfirst:problem:break-glass-available', title: 'You do not have access to this case', status: 403 }, 403, 'application/problem+json'),
    );
    const error = await api.getCase('c1').catch((e: unknown) => e);
    expect((error as ApiError).problem.type).toBe('urn:childfirst:problem:break-glass-available');
  });

  it('asks for emergency access with the reason, and reads the other record endpoints by encoded id', async () => {
    const { api, fetchMock } = apiReturning(() => json({ items: [], expiresAt: '2025-06-03T20:00:00Z' }));
    await api.requestBreakGlass('c/1', 'A reason of twenty characters or more');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://api.test/staff/cases/c%2F1/break-glass');
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ reason: 'A reason of twenty characters or more' });
    await api.listRecordViewers('p/1');
    await api.getFamily('f1');
    await api.searchPractitioners('Kim O');
    await api.listCaseload();
    expect(fetchMock.mock.calls.slice(1).map((call) => call[0])).toEqual([
      'http://api.test/staff/people/p%2F1/viewers',
      'http://api.test/staff/families/f1',
      'http://api.test/staff/practitioners?name=Kim+O',
      'http://api.test/staff/caseload',
    ]);
  });
  it('adds a person with the Idempotency-Key and whether the duplicates were reviewed', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'p1' }, 201));
    const person = { name: { givenName: 'Sam', familyName: 'Adams' }, dateOfBirth: '2019-03-27', sex: 'M' as const, interpreterNeeded: false, disabilities: [] };
    expect(await api.createPerson(person, true, 'key-1')).toEqual({ id: 'p1' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/staff/people');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'Idempotency-Key': 'key-1' });
    expect(JSON.parse(String(init?.body))).toEqual({ person, duplicatesReviewed: true });
  });

  it('recognises a possible-duplicate problem and reads the duplicates it lists', () => {
    const duplicate = { id: '5d0f1c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f', givenName: 'Sam', familyName: 'Adams', dateOfBirth: null, sex: 'M', nhsNumber: null, restricted: false, score: 0.9 };
    // Parsed as the client parses a real problem+json body, where `duplicates` is an extension member.
    const error = new ApiError(problemFromBody(409, { status: 409, title: 'This person may already have a record', type: 'urn:childfirst:problem:possible-duplicate', duplicates: [duplicate] }));
    expect(isPossibleDuplicateProblem(error)).toBe(true);
    expect(possibleDuplicatesOf(error)).toEqual([duplicate]);
    expect(possibleDuplicatesOf(new ApiError({ status: 409, title: 'Conflict', type: 'urn:childfirst:problem:possible-duplicate' }))).toBeNull();
    expect(isPossibleDuplicateProblem(new ApiError({ status: 409, title: 'Conflict', type: 'urn:childfirst:problem:merge-not-possible' }))).toBe(false);
  });

  it('merges a person into the record kept, by id in the path', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'kept' }));
    await api.mergePerson('a/b', { intoPersonId: 'kept', reason: 'Same NHS number' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/staff/people/a%2Fb/merge');
    expect(JSON.parse(String(init?.body))).toEqual({ intoPersonId: 'kept', reason: 'Same NHS number' });
  });
});
