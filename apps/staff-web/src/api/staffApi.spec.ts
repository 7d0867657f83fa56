/**
 * @jest-environment node
 */
import { ApiError, createJsonClient, problemFromBody } from '@childfirst/ui';
import { createFileClient, fileNameOf } from './fileClient';
import { isPossibleDuplicateProblem, personChangedSinceViewedOf, possibleDuplicatesOf } from './personProblems';
import { createStaffApi } from './staffApi';
import { identityOnly, searchHit } from '../testing/recordFixtures';

function apiReturning(response: () => Response) {
  const fetchMock = jest.fn(async (_url: string, _init: RequestInit) => response());
  const options = { baseUrl: 'http://api.test', getToken: async () => 'staff-token', fetch: fetchMock as unknown as typeof fetch };
  const api = createStaffApi(createJsonClient(options), createFileClient(options));
  return { api, fetchMock };
}

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('staff API client', () => {
  it('asks for the queue by status, repeating each filter and asking for the alerts', async () => {
    const { api, fetchMock } = apiReturning(() => json({ items: [], alerts: [] }));
    await api.listTriageQueue({ status: 'awaiting-decision', rag: ['red', 'amber'], source: ['school'], clockState: ['at-risk'], includeAlerts: true });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://api.test/staff/referrals?status=awaiting-decision&rag=red&rag=amber&source=school&clockState=at-risk&includeAlerts=true');
    await api.listTriageQueue({ status: 'decided', rag: [], source: [], clockState: [], includeAlerts: false });
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://api.test/staff/referrals?status=decided');
  });

  it('sends the decision with the version it was made on, as a quoted If-Match entity tag', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'r1' }));
    const decision = { outcome: 'early-help' as const, reason: 'Attendance concerns, family consents.', keyWorkerPractitionerId: '00000004-0000-4000-8000-000000000001' };
    await api.decideReferral('r1', decision, 7);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/staff/referrals/r1/decision');
    expect(init?.headers).toMatchObject({ 'If-Match': '"7"', Authorization: 'Bearer staff-token' });
    expect(JSON.parse(String(init?.body))).toEqual(decision);
  });

  it('sets the priority and asks agencies, assigns and matches on the referral, each on the version shown where it changes it', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'r1' }));
    const gathering = { rag: 'amber' as const, informationRequests: [{ agency: 'education' as const, question: 'What is the attendance this term?' }] };
    await api.startInformationGathering('r/1', gathering, 3);
    await api.assignReferral('r1', null, 4);
    await api.matchReferralSubject('r1', 's1', 'p1');
    const calls = fetchMock.mock.calls.map(([url, init]) => ({ url, method: init.method, headers: init.headers, body: JSON.parse(String(init.body)) as unknown }));
    expect(calls[0]).toMatchObject({ url: 'http://api.test/staff/referrals/r%2F1/information-gathering', method: 'POST', headers: { 'If-Match': '"3"' }, body: gathering });
    expect(calls[1]).toMatchObject({ url: 'http://api.test/staff/referrals/r1/assignee', method: 'POST', headers: { 'If-Match': '"4"' }, body: { practitionerId: null } });
    expect(calls[2]).toMatchObject({ url: 'http://api.test/staff/referrals/r1/subjects/s1/match', method: 'POST', body: { personId: 'p1' } });
    expect(calls[2]?.headers).not.toHaveProperty('If-Match');
  });

  it('sends a professional referral with its Idempotency-Key', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'r1' }, 201));
    const referral = {
      source: 'school' as const,
      referrerRole: 'Designated safeguarding lead',
      referrerEmail: 'dsl@example.sch.uk',
      subjects: [{ kind: 'unidentified' as const, givenName: 'Sam', familyName: 'Adams' }],
      concerns: ['16A' as const],
      description: 'Sam has stopped coming to school since March.',
      urgency: 'not-urgent' as const,
      consent: { status: 'given' as const },
    };
    await api.createReferral(referral, 'referral-key-1');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/staff/referrals');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'Idempotency-Key': 'referral-key-1' });
    expect(JSON.parse(String(init?.body))).toEqual(referral);
  });

  it('acknowledges alerts, lists the agency’s requests and sends its answer', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'x', items: [] }));
    await api.acknowledgePreventionAlert('a1');
    expect(await api.listInformationRequests()).toEqual([]);
    const answer = { summary: 'Known to us since 2023.', knownToAgency: true, concernsHeld: 'low' as const, sensitivity: 'standard' as const };
    await api.respondToInformationRequest('q1', answer);
    expect(fetchMock.mock.calls.map(([url, init]) => [url, init.method])).toEqual([
      ['http://api.test/staff/prevention-alerts/a1/acknowledge', 'POST'],
      ['http://api.test/staff/information-requests', 'GET'],
      ['http://api.test/staff/information-requests/q1/response', 'POST'],
    ]);
    expect(JSON.parse(String(fetchMock.mock.calls[2]?.[1]?.body))).toEqual(answer);
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

  it('searches people with only the details given, and why, as query parameters', async () => {
    const { api, fetchMock } = apiReturning(() => json({ items: [] }));
    await api.searchPeople({ name: 'Admas', dateOfBirth: '2015-03-04', purpose: 'checking-before-a-visit' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://api.test/staff/people?name=Admas&dateOfBirth=2015-03-04&purpose=checking-before-a-visit');
    await api.searchPeople({ nhsNumber: '9434765919', postcode: 'SG1 1AA', purpose: 'other', purposeDetail: 'School roll check' });
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://api.test/staff/people?nhsNumber=9434765919&postcode=SG1+1AA&purpose=other&purposeDetail=School+roll+check');
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
    const duplicate = identityOnly(searchHit({ id: '5d0f1c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f', givenName: 'Sam', familyName: 'Adams', dateOfBirth: null }));
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

  it('changes a person with PATCH, sending only what changed and the version', async () => {
    const { api, fetchMock } = apiReturning(() => json({ id: 'p1' }));
    await api.updatePerson('p/1', { name: { givenName: 'Sam', familyName: 'Adams-Jones' }, version: 3 });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://api.test/staff/people/p%2F1');
    expect(init?.method).toBe('PATCH');
    expect(JSON.parse(String(init?.body))).toEqual({ name: { givenName: 'Sam', familyName: 'Adams-Jones' }, version: 3 });
  });

  it('reads what changed from a stale edit, with the extension members where the API puts them', async () => {
    const changes = [{ version: 4, changedAt: '2025-06-03T08:05:00Z', changedBy: 'Tom Manager', fields: ['Family name'] }];
    const { api } = apiReturning(() =>
      json(
        { type: 'urn:childfirst:problem:person-changed-since-viewed', title: 'Changed since you opened it', status: 409, detail: 'Someone changed this record.', currentVersion: 4, changes },
        409,
        'application/problem+json',
      ),
    );
    const error = await api.updatePerson('p1', { sex: 'F', version: 3 }).catch((e: unknown) => e);
    expect(personChangedSinceViewedOf(error)).toEqual({ detail: 'Someone changed this record.', currentVersion: 4, changes });
    // Nested under `extensions`, with the domain code: read the same.
    const nested = new ApiError(problemFromBody(409, { title: 'Changed', status: 409, detail: 'Changed.', code: 'PERSON_CHANGED_SINCE_VIEWED', extensions: { currentVersion: 5, changes } }));
    expect(personChangedSinceViewedOf(nested)).toEqual({ detail: 'Changed.', currentVersion: 5, changes });
    expect(personChangedSinceViewedOf(new ApiError({ status: 409, title: 'Conflict', type: 'urn:childfirst:problem:merge-not-possible' }))).toBeNull();
  });

  it('posts warnings, chronology entries and consent with their Idempotency-Key', async () => {
    const { api, fetchMock } = apiReturning(() => json({}, 201));
    const warning = { type: 'aggressive-dog' as const, description: 'Large dog at the door.', reviewOn: '2026-09-30', personTold: 'yes' as const };
    await api.addWarning('p1', warning, 'key-w');
    const entry = { occurredAt: '2025-06-03T10:00:00.000Z', eventType: 'strategy-discussion' as const, summary: 'Strategy discussion held.', sensitivity: 'standard' as const };
    await api.addChronologyEntry('c1', entry, 'key-c');
    const consent = { scopes: [{ agency: 'health' as const, purpose: 'contact' as const }], givenAt: '2025-06-03T10:00:00.000Z' };
    await api.recordConsent('c1', consent, 'key-k');
    expect(fetchMock.mock.calls.map(([url, init]) => [url, init?.method, (init?.headers as Record<string, string>)['Idempotency-Key'], JSON.parse(String(init?.body))])).toEqual([
      ['http://api.test/staff/people/p1/warnings', 'POST', 'key-w', warning],
      ['http://api.test/staff/cases/c1/chronology', 'POST', 'key-c', entry],
      ['http://api.test/staff/cases/c1/consents', 'POST', 'key-k', consent],
    ]);
  });

  it('signs off and ends warnings, withdraws and overrides consent, and records and ends statuses', async () => {
    const { api, fetchMock } = apiReturning(() => json({}));
    await api.signOffWarning('w1', 2);
    await api.endWarning('w1', 3, 'The family has moved away.');
    await api.withdrawConsent('c1', 'k1', { note: 'Jo phoned.' });
    await api.recordConsentOverride('c1', { agency: 'police', legalBasis: 'children-act-1989-s47', reason: 'Section 47 enquiry into suspected harm.' });
    await api.recordCaseStatus('c1', { statusType: 'child-protection-plan', category: 'neglect', personId: 'p1', startedOn: '2025-06-03' });
    await api.endCaseStatus('c1', 's1', '2025-06-04');
    expect(fetchMock.mock.calls.map(([url, init]) => [url, init?.method, JSON.parse(String(init?.body))])).toEqual([
      ['http://api.test/staff/warnings/w1/sign-off', 'POST', { version: 2 }],
      ['http://api.test/staff/warnings/w1/end', 'POST', { version: 3, reason: 'The family has moved away.' }],
      ['http://api.test/staff/cases/c1/consents/k1/withdraw', 'POST', { note: 'Jo phoned.' }],
      ['http://api.test/staff/cases/c1/consent-overrides', 'POST', { agency: 'police', legalBasis: 'children-act-1989-s47', reason: 'Section 47 enquiry into suspected harm.' }],
      ['http://api.test/staff/cases/c1/statuses', 'POST', { statusType: 'child-protection-plan', category: 'neglect', personId: 'p1', startedOn: '2025-06-03' }],
      ['http://api.test/staff/cases/c1/statuses/s1/end', 'POST', { endedOn: '2025-06-04' }],
    ]);
  });

  describe('the staff side of the family portal', () => {
    it('lists the case’s conversations, reads one and marks it read (204)', async () => {
      const thread = { id: 't1', subject: 'Meeting', messages: [] };
      const responses = [json({ items: [{ id: 't1', subject: 'Meeting', lastMessageAt: '2025-06-03T08:15:00Z', lastFrom: 'Jo Adams', unread: 2 }] }), json(thread), new Response(null, { status: 204 })];
      const { api, fetchMock } = apiReturning(() => responses.shift() as Response);
      expect(await api.listCaseThreads('c/1')).toEqual([{ id: 't1', subject: 'Meeting', lastMessageAt: '2025-06-03T08:15:00Z', lastFrom: 'Jo Adams', unread: 2 }]);
      expect(await api.getCaseThread('c/1', 't/1')).toEqual(thread);
      expect(await api.markCaseThreadRead('c/1', 't/1')).toBeUndefined();
      expect(fetchMock.mock.calls.map(([url, init]) => [url, init.method, init.body])).toEqual([
        ['http://api.test/staff/cases/c%2F1/messages', 'GET', undefined],
        ['http://api.test/staff/cases/c%2F1/messages/t%2F1', 'GET', undefined],
        ['http://api.test/staff/cases/c%2F1/messages/t%2F1/read', 'POST', undefined],
      ]);
    });

    it('lists what the family shared and marks a document or a view read, answered with the first reading', async () => {
      const reading = { readAt: '2025-06-04T08:00:00Z', readBy: 'Kim Okafor' };
      const responses = [json({ items: [], unread: 0 }), json({ items: [], unread: 0 }), json(reading), json(reading)];
      const { api, fetchMock } = apiReturning(() => responses.shift() as Response);
      expect(await api.listFamilyDocuments('c/1')).toEqual({ items: [], unread: 0 });
      expect(await api.listFamilyViews('c/1')).toEqual({ items: [], unread: 0 });
      expect(await api.markFamilyDocumentRead('c/1', 'd/1')).toEqual(reading);
      expect(await api.markFamilyViewRead('c/1', 'v/1')).toEqual(reading);
      expect(fetchMock.mock.calls.map(([url, init]) => [url, init.method, init.body])).toEqual([
        ['http://api.test/staff/cases/c%2F1/family-documents', 'GET', undefined],
        ['http://api.test/staff/cases/c%2F1/family-views', 'GET', undefined],
        ['http://api.test/staff/cases/c%2F1/family-documents/d%2F1/read', 'POST', undefined],
        ['http://api.test/staff/cases/c%2F1/family-views/v%2F1/read', 'POST', undefined],
      ]);
    });

    it('starts a conversation and replies with their Idempotency-Key, attaching nothing', async () => {
      const { api, fetchMock } = apiReturning(() => json({ id: 't1', subject: 'Meeting', messages: [] }, 201));
      const thread = { subject: 'Meeting at school', body: 'Can you come on Tuesday?', attachmentIds: [] };
      await api.startCaseThread('c1', thread, 'key-thread');
      await api.replyToCaseThread('c1', 't1', { body: 'See you then.', attachmentIds: [] }, 'key-reply');
      expect(fetchMock.mock.calls.map(([url, init]) => [url, init?.method, (init?.headers as Record<string, string>)['Idempotency-Key'], JSON.parse(String(init?.body))])).toEqual([
        ['http://api.test/staff/cases/c1/messages', 'POST', 'key-thread', thread],
        ['http://api.test/staff/cases/c1/messages/t1/replies', 'POST', 'key-reply', { body: 'See you then.', attachmentIds: [] }],
      ]);
    });

    it('invites a member of the family and adds appointments, neither with an idempotency key', async () => {
      const { api, fetchMock } = apiReturning(() => json({}, 201));
      await api.createInvitation('c1', { personId: 'p1' });
      const appointment = { startsAt: '2099-03-27T09:30:00.000Z', title: 'Home visit', location: 'At your home' };
      await api.addAppointment('c1', appointment);
      const [invitationUrl, invitation] = fetchMock.mock.calls[0] ?? [];
      const [appointmentUrl, added] = fetchMock.mock.calls[1] ?? [];
      expect([invitationUrl, invitation?.method, JSON.parse(String(invitation?.body))]).toEqual(['http://api.test/staff/cases/c1/invitations', 'POST', { personId: 'p1' }]);
      expect(invitation?.headers).not.toHaveProperty('Idempotency-Key');
      expect([appointmentUrl, added?.method, JSON.parse(String(added?.body))]).toEqual(['http://api.test/staff/cases/c1/appointments', 'POST', appointment]);
      expect(added?.headers).not.toHaveProperty('Idempotency-Key');
    });

    it('reads the field errors of a refused message from the problem’s `errors` member', async () => {
      const { api } = apiReturning(() =>
        json({ type: 'about:blank', title: 'There is a problem with what was sent', status: 400, errors: [{ path: 'subject', message: 'Enter a subject of at least 3 characters' }] }, 400, 'application/problem+json'),
      );
      const error = await api.startCaseThread('c1', { subject: 'Hi', body: 'Hello', attachmentIds: [] }, 'key-1').catch((e: unknown) => e);
      expect((error as ApiError).fieldErrors).toEqual({ subject: 'Enter a subject of at least 3 characters' });
    });

    it('downloads an attachment with the bearer token, as a blob with the name the API gave it', async () => {
      const { api, fetchMock } = apiReturning(
        () => new Response(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), { status: 200, headers: { 'content-type': 'application/pdf', 'content-disposition': "attachment; filename=\"letter.pdf\"; filename*=UTF-8''school%20letter.pdf" } }),
      );
      const file = await api.downloadAttachment('c/1', 'a/1');
      expect(file.fileName).toBe('school letter.pdf');
      expect(await file.blob.text()).toBe('%PDF-1.7');
      const [url, init] = fetchMock.mock.calls[0] ?? [];
      expect(url).toBe('http://api.test/staff/cases/c%2F1/attachments/a%2F1');
      expect(init?.headers).toMatchObject({ Authorization: 'Bearer staff-token' });
    });

    it('turns a refused download into an ApiError, and a network failure into one saying so', async () => {
      const refused = apiReturning(() => json({ title: 'You do not have access to this file', status: 403 }, 403, 'application/problem+json'));
      const error = await refused.api.downloadAttachment('c1', 'a1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).problem).toMatchObject({ status: 403, title: 'You do not have access to this file' });
      const offline = apiReturning(() => {
        throw new TypeError('Failed to fetch');
      });
      expect(((await offline.api.downloadAttachment('c1', 'a1').catch((e: unknown) => e)) as ApiError).status).toBe(0);
    });
  });
});

describe('file names from Content-Disposition', () => {
  it('prefers the encoded name, falls back to the plain one, and has none without either', () => {
    expect(fileNameOf("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf")).toBe('résumé.pdf');
    expect(fileNameOf('attachment; filename="letter.pdf"')).toBe('letter.pdf');
    expect(fileNameOf('attachment; filename=letter.pdf')).toBe('letter.pdf');
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A; filename=\"plain.pdf\"")).toBe('plain.pdf');
    expect(fileNameOf('attachment')).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});
