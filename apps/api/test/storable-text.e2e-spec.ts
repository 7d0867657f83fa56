import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { Client } from 'pg';
import { unstorableFileNameMessage, unstorableTextMessage } from '@childfirst/domain/text';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { stack } from '@childfirst/testing/stack-environment';
import { callApi, type ApiResponse } from './api-client';

const ADAMS_FAMILY = '7d4a9c1e-0000-4000-8000-00000000a001';
const NUL = '\u0000';
/** Half of an emoji: what text cut at the wrong place leaves; JSON.stringify sends it as the escape "\ud83d". */
const LONE_SURROGATE = '\ud83d';

interface Problem {
  errors: { path: string; message: string }[];
  detail: string;
}

/** The request's answer: 400 problem+json with the message at each path. */
function expectRefused(response: ApiResponse<Problem>, paths: string[], message = unstorableTextMessage) {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body.errors).toEqual(expect.arrayContaining(paths.map((path) => ({ path, message }))));
  expect(response.body.detail).toContain(message);
}

/**
 * Text the database cannot store (NUL, lone surrogates, control characters) is refused at the edge with a 400 that says
 * which field and what to do, never a 500 from PostgreSQL, and nothing of the request is written: not the record, not an
 * audit entry, not the idempotency key (the same key then records the corrected request as new).
 */
describe('text the database cannot store (API e2e)', () => {
  const db = new Client({ connectionString: stack.databaseUrl });
  let kim: string;
  let adams: string;
  let caseId: string;
  const label = randomUUID().slice(0, 8);

  beforeAll(async () => {
    await db.connect();
    [kim, adams] = (await Promise.all([accessTokenFor('kim.keyworker', 'staff-web'), accessTokenFor('parent.adams', 'family-portal')])) as [string, string];
    caseId = (await db.query(`SELECT id FROM cases.family_case WHERE family_id = $1`, [ADAMS_FAMILY])).rows[0].id;
  });
  afterAll(async () => {
    await db.end();
  });

  /** Nothing the refused request did is in the database: no audit entry carries its request id. */
  async function expectNothingAudited(response: ApiResponse) {
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect((await db.query(`SELECT count(*)::int AS n FROM audit.audit_event WHERE request_id = $1`, [requestId])).rows[0].n).toBe(0);
  }
  const count = async (sql: string, parameters: unknown[]) => (await db.query(sql, parameters)).rows[0].n as number;

  it('refuses a public concern with a NUL or a lone surrogate, and records nothing of it', async () => {
    const concern = {
      anonymous: true,
      relationshipToChild: 'acquaintance',
      subjects: [{ kind: 'unidentified', givenName: 'Sky', approximateAge: 6 }],
      concerns: ['2B'],
      description: `The little boy next door is often left alone at night (${label}).`,
      urgency: 'within-24-hours',
    };
    const key = randomUUID();
    const refused = await callApi('POST', '/public/concerns', {
      headers: { 'idempotency-key': key },
      body: { ...concern, description: `${concern.description}${NUL}`, subjects: [{ ...concern.subjects[0], givenName: `Sky${LONE_SURROGATE}` }] },
    });
    expectRefused(refused, ['description', 'subjects.0.givenName']);
    await expectNothingAudited(refused);
    const stored = `SELECT count(*)::int AS n FROM referrals.referral WHERE what_is_happening LIKE $1`;
    expect(await count(stored, [`%${label}%`])).toBe(0);

    // The same key with the text corrected is a new concern (201), not a replay of anything.
    const corrected = await callApi('POST', '/public/concerns', { headers: { 'idempotency-key': key }, body: concern });
    expect(corrected.status).toBe(201);
    expect(await count(stored, [`%${label}%`])).toBe(1);
  });

  it('refuses a case note with a NUL or a lone surrogate, and records nothing of it', async () => {
    const note = { noteType: 'home-visit', occurredAt: new Date().toISOString(), body: `Visited the family at home (${label}).`, sensitivity: 'standard' };
    const key = randomUUID();
    const notes = `SELECT count(*)::int AS n FROM cases.case_note WHERE case_id = $1 AND body LIKE $2`;
    for (const bad of [NUL, LONE_SURROGATE]) {
      const refused = await callApi('POST', `/staff/cases/${caseId}/notes`, { token: kim, headers: { 'idempotency-key': key }, body: { ...note, body: `${note.body}${bad}` } });
      expectRefused(refused, ['body']);
      await expectNothingAudited(refused);
    }
    expect(await count(notes, [caseId, `%${label}%`])).toBe(0);
    const corrected = await callApi('POST', `/staff/cases/${caseId}/notes`, { token: kim, headers: { 'idempotency-key': key }, body: note });
    expect(corrected.status).toBe(201);
    expect(await count(notes, [caseId, `%${label}%`])).toBe(1);
  });

  it('refuses a family portal message with a NUL or a lone surrogate, and an upload whose name has one, and records nothing of them', async () => {
    const message = { subject: `School run ${label}`, body: 'Can we talk about the school run on Monday?' };
    const key = randomUUID();
    const threads = `SELECT count(*)::int AS n FROM portal.message_thread WHERE subject = $1`;
    for (const body of [{ ...message, body: `${message.body}${NUL}` }, { ...message, subject: `${message.subject}${LONE_SURROGATE}` }]) {
      const refused = await callApi('POST', '/family/messages', { token: adams, headers: { 'idempotency-key': key }, body });
      expectRefused(refused, [body.body === message.body ? 'subject' : 'body']);
      await expectNothingAudited(refused);
    }
    expect(await count(threads, [message.subject])).toBe(0);
    const corrected = await callApi('POST', '/family/messages', { token: adams, headers: { 'idempotency-key': key }, body: message });
    expect(corrected.status).toBe(201);
    expect(await count(threads, [message.subject])).toBe(1);

    const form = new FormData();
    form.append('file', new Blob([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), `letter-${label}${NUL}.pdf`);
    const upload = await fetch(`${stack.apiUrl}/family/attachments`, { method: 'POST', headers: { authorization: `Bearer ${adams}` }, body: form });
    const refused = { status: upload.status, headers: upload.headers, body: (await upload.json()) as Problem };
    expectRefused(refused, ['file'], unstorableFileNameMessage);
    expect(await count(`SELECT count(*)::int AS n FROM portal.attachment WHERE file_name LIKE $1`, [`letter-${label}%`])).toBe(0);
  });

  it('refuses a person search with a NUL or a control character in its query string, and searches the bytes of a lone surrogate as sent', async () => {
    for (const name of ['Ad%00ams', 'Ad%1Bams']) {
      const refused = await callApi('GET', `/staff/people?name=${name}&purpose=making-a-referral`, { token: kim });
      expectRefused(refused, ['name']);
      await expectNothingAudited(refused);
    }
    // A URL cannot carry a lone surrogate: UTF-8 has no bytes for one. A client that sends the bytes anyway (ED A0 BD, as
    // CESU-8 would) gets them searched as the text it sent, which is storable: no match, and no 500.
    const surrogateBytes = await callApi('GET', `/staff/people?name=Ad%ED%A0%BDams&purpose=making-a-referral`, { token: kim });
    expect(surrogateBytes.status).toBe(200);
    expect((await callApi('GET', `/staff/people?name=Adams&purpose=making-a-referral`, { token: kim })).status).toBe(200);
  });

  it('refuses an Idempotency-Key header with a control character with a 400 problem+json, not a 500', async () => {
    // fetch will not send such a header, so it goes over a socket as it would from any other client.
    const { port, hostname } = new URL(stack.apiUrl);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        const body = JSON.stringify({ subject: 'Header test', body: 'A message that is never sent.' });
        socket.write(
          `POST /family/messages HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${adams}\r\nContent-Type: application/json\r\n` +
            `Idempotency-Key: key-${label}\u0001x\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
          'latin1',
        );
      });
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
    expect(answer).toContain('A header of the request has a character that is not allowed there, such as an invisible control character.');
    expect(await count(`SELECT count(*)::int AS n FROM portal.message_thread WHERE subject = 'Header test'`, [])).toBe(0);
  });
});
