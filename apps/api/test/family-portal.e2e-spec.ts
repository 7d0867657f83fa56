import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { stack } from '@childfirst/testing/stack-environment';
import { callApi } from './api-client';

const ADAMS_FAMILY = '7d4a9c1e-0000-4000-8000-00000000a001';
const ADAMS_CASE_QUERY = `SELECT id FROM cases.family_case WHERE family_id = '${ADAMS_FAMILY}'`;
const DANIEL = '7d4a9c1e-0000-4000-8000-00000000b002'; // Daniel Adams's person record (fixed demo id)

async function upload(token: string, fileName: string, content: Buffer, contentType = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type: contentType }), fileName);
  const response = await fetch(`${stack.apiUrl}/family/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: (await response.json()) as any };
}

async function mailTo(address: string): Promise<{ subject: string; text: string }[]> {
  const all = (await (await fetch(`${process.env.MAILDEV_URL}/api/email`)).json()) as { to: { address: string }[]; subject: string; text: string }[];
  return all.filter((mail) => mail.to.some((to) => to.address === address));
}

/**
 * The family portal's API with real Keycloak tokens: linking only by a key worker's invitation,
 * the home page, messages with attachments both ways, documents, views, consent, changes — and
 * proof that another family's ids answer 404 and no response carries another family's data.
 */
describe('family portal (API e2e)', () => {
  const db = new Client({ connectionString: stack.databaseUrl });
  let adams: string;
  let begum: string;
  let daniel: string;
  let aisha: string;
  let kim: string;
  let caseId: string;

  beforeAll(async () => {
    await db.connect();
    [adams, begum, daniel, aisha, kim] = (await Promise.all([
      accessTokenFor('parent.adams', 'family-portal'),
      accessTokenFor('parent.begum', 'family-portal'),
      accessTokenFor('daniel.adams', 'family-portal'),
      accessTokenFor('aisha.begum', 'family-portal'),
      accessTokenFor('kim.keyworker', 'staff-web'),
    ])) as [string, string, string, string, string];
    caseId = (await db.query(ADAMS_CASE_QUERY)).rows[0].id;
    // A run may follow another on the same database: start Daniel and Aisha unlinked.
    await db.query(`DELETE FROM people.family_account WHERE subject = ANY($1::uuid[])`, [['5b0c5b1e-0000-4000-8000-000000000012', '5b0c5b1e-0000-4000-8000-000000000013']]);
  });
  afterAll(async () => {
    await db.end();
  });

  it('links an account only with the key worker’s single-use invitation', async () => {
    expect((await callApi('GET', '/family/me', { token: daniel })).body).toMatchObject({ linked: false, familyName: null, displayName: 'Daniel Adams' });
    const home = await callApi('GET', '/family/home', { token: daniel });
    expect(home.status).toBe(403);
    expect(home.body.type).toBe('urn:childfirst:problem:family-account-not-linked');
    const wrong = await callApi('POST', '/family/link', { token: daniel, body: { code: 'AAAA-BBBB-CC' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ path: 'code', message: 'This code is not valid. Check it, or ask your key worker for a new invitation' }]);
    const malformed = await callApi('POST', '/family/link', { token: daniel, body: { code: 'x' } });
    expect(malformed.status).toBe(400);

    // Kim (key worker) invites Daniel; a child under 13 cannot be invited.
    const tooYoung = await callApi('POST', `/staff/cases/${caseId}/invitations`, { token: kim, body: { personId: '7d4a9c1e-0000-4000-8000-00000000b004' } });
    expect(tooYoung.status).toBe(400);
    const invitation = await callApi('POST', `/staff/cases/${caseId}/invitations`, { token: kim, body: { personId: DANIEL } });
    expect(invitation.status).toBe(201);
    expect(invitation.body).toMatchObject({ code: expect.stringMatching(/^[A-Z2-9]{10}$/), personName: 'Daniel Adams', accountKind: 'parent' });
    const stored = await db.query(`SELECT code_hash FROM portal.invitation WHERE person_id = $1 ORDER BY created_at DESC LIMIT 1`, [DANIEL]);
    expect(stored.rows[0].code_hash).not.toContain(invitation.body.code); // only a hash is kept

    const code = `${invitation.body.code.slice(0, 4)}-${invitation.body.code.slice(4, 8)} ${invitation.body.code.slice(8).toLowerCase()}`;
    const linked = await callApi('POST', '/family/link', { token: daniel, body: { code } });
    expect(linked.status).toBe(200);
    expect(linked.body).toEqual({ linked: true, displayName: 'Daniel Adams', familyName: 'Adams', accountKind: 'parent', personName: 'Daniel Adams' });
    // Single use: nobody else can use it, and Begum's parent cannot join the Adams family with it.
    const reused = await callApi('POST', '/family/link', { token: begum, body: { code } });
    expect(reused.status).toBe(400);
  });

  it('shows the key worker, what is happening now and what comes next', async () => {
    const home = await callApi('GET', '/family/home', { token: adams });
    expect(home.status).toBe(200);
    expect(home.body.keyWorker).toMatchObject({ name: 'Kim Okafor', phone: '01632 960 101', availability: expect.any(String), cover: { name: 'Sam Patel', phone: '01632 960 102' } });
    expect(home.body.processes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'early-help', title: 'Early help for Leo', state: 'on-track' })]));
    const appointment = await callApi('POST', `/staff/cases/${caseId}/appointments`, {
      token: kim,
      body: { startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), title: 'Home visit with Kim', location: '14 Walkern Road' },
    });
    expect(appointment.status).toBe(201);
    const after = await callApi('GET', '/family/home', { token: adams });
    expect(after.body.appointments).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'Home visit with Kim', withName: 'Kim Okafor' })]));
  });

  it('exchanges messages with attachments; the e-mail says only that there is a new message', async () => {
    const notPdf = await upload(adams, 'report.pdf', Buffer.from('just text pretending to be a PDF'), 'application/pdf');
    expect(notPdf.status).toBe(400);
    expect(notPdf.body.errors).toEqual([{ path: 'file', message: 'The file must be a PDF, JPEG, PNG or Word document' }]);
    const pdf = await upload(adams, 'school-letter.pdf', Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'));
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ fileName: 'school-letter.pdf', contentType: 'application/pdf' });

    const key = randomUUID();
    const message = { subject: `Mia's school mornings ${key.slice(0, 6)}`, body: 'Mornings are still hard. Here is the letter from school.', attachmentIds: [pdf.body.id] };
    const started = await callApi('POST', '/family/messages', { token: adams, headers: { 'idempotency-key': key }, body: message });
    expect(started.status).toBe(201);
    const again = await callApi('POST', '/family/messages', { token: adams, headers: { 'idempotency-key': key }, body: message });
    expect(again.body.id).toBe(started.body.id);
    expect(again.body.messages).toHaveLength(1);
    const threadId: string = started.body.id;

    // The key worker sees it in the case, with the attachment, and answers.
    const staffThreads = await callApi('GET', `/staff/cases/${caseId}/messages`, { token: kim });
    expect(staffThreads.body.items.find((t: { id: string }) => t.id === threadId)).toMatchObject({ unread: 1 });
    const staffView = await callApi('GET', `/staff/cases/${caseId}/messages/${threadId}`, { token: kim });
    expect(staffView.body.messages[0]).toMatchObject({ mine: false, from: { name: 'Jo Adams', kind: 'family' }, attachments: [expect.objectContaining({ fileName: 'school-letter.pdf' })] });
    const file = await fetch(`${stack.apiUrl}/staff/cases/${caseId}/attachments/${pdf.body.id}`, { headers: { authorization: `Bearer ${kim}` } });
    expect(file.status).toBe(200);
    expect((await file.text()).startsWith('%PDF-1.4')).toBe(true);
    expect((await callApi('POST', `/staff/cases/${caseId}/messages/${threadId}/read`, { token: kim })).status).toBe(204);
    const secret = `Thanks Jo – I will call the school tomorrow ${key.slice(0, 6)}.`;
    const replied = await callApi('POST', `/staff/cases/${caseId}/messages/${threadId}/replies`, { token: kim, headers: { 'idempotency-key': randomUUID() }, body: { body: secret } });
    expect(replied.status).toBe(201);

    const mails = await mailTo('parent.adams@example.org');
    const notice = mails.find((m) => m.subject === 'You have a new message from children’s services');
    expect(notice).toBeDefined();
    expect(mails.every((m) => !m.text.includes(secret))).toBe(true);

    const familyView = await callApi('GET', `/family/messages/${threadId}`, { token: adams });
    expect(familyView.body.messages.map((m: { mine: boolean; readAt: string | null }) => [m.mine, m.readAt !== null])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect((await callApi('GET', '/family/home', { token: adams })).body.unreadMessages).toBeGreaterThanOrEqual(1);
    expect((await callApi('POST', `/family/messages/${threadId}/read`, { token: adams })).status).toBe(204);
    // Daniel, now linked to the Adams family as a parent, does not see Jo's own conversation
    // (docs/family-disclosure.md), but does see what staff write to the parents and carers.
    const threadsOf = async (token: string) => (await callApi('GET', '/family/messages', { token })).body.items.map((t: { id: string }) => t.id);
    expect(await threadsOf(daniel)).not.toContain(threadId);
    expect((await callApi('GET', `/family/messages/${threadId}`, { token: daniel })).status).toBe(404);
    expect((await fetch(`${stack.apiUrl}/family/attachments/${pdf.body.id}`, { headers: { authorization: `Bearer ${daniel}` } })).status).toBe(404);
    const toParents = await callApi('POST', `/staff/cases/${caseId}/messages`, { token: kim, headers: { 'idempotency-key': randomUUID() }, body: { subject: 'Review meeting', body: 'The review meeting is on Tuesday at 10am.' } });
    expect(toParents.status).toBe(201);
    expect(await threadsOf(daniel)).toContain(toParents.body.id);
    expect(await threadsOf(adams)).toContain(toParents.body.id);

    // Another family: 404 for the thread, its replies, the file; no Adams data anywhere in Begum's answers.
    expect((await callApi('GET', `/family/messages/${threadId}`, { token: begum })).status).toBe(404);
    expect((await callApi('POST', `/family/messages/${threadId}/replies`, { token: begum, headers: { 'idempotency-key': randomUUID() }, body: { body: 'x' } })).status).toBe(404);
    expect((await fetch(`${stack.apiUrl}/family/attachments/${pdf.body.id}`, { headers: { authorization: `Bearer ${begum}` } })).status).toBe(404);
    for (const path of ['/family/home', '/family/messages', '/family/documents', '/family/views', '/family/consents', '/family/help-requests', '/family/me']) {
      const response = await callApi('GET', path, { token: begum });
      expect([path, response.status]).toEqual([path, 200]);
      expect([path, JSON.stringify(response.body)]).not.toEqual([path, expect.stringMatching(/Adams|Walkern|Mia|Leo|school-letter|Mrs Khan/)]);
    }
  });

  it('lets a young person link their own account and see only their own things', async () => {
    const code = 'YP7M2Q9XKD';
    await db.query(
      `INSERT INTO portal.invitation (id, family_id, person_id, account_kind, code_hash, created_by_practitioner_id, expires_at)
       VALUES (gen_random_uuid(), '7d4a9c1e-0000-4000-8000-00000000a002', '7d4a9c1e-0000-4000-8000-00000000b006', 'young-person', $1, gen_random_uuid(), now() + interval '1 day')
       ON CONFLICT DO NOTHING`,
      [createHash('sha256').update(code).digest('hex')],
    );
    const linked = await callApi('POST', '/family/link', { token: aisha, body: { code } });
    expect(linked.body).toMatchObject({ linked: true, accountKind: 'young-person', personName: 'Aisha Begum' });
    const home = await callApi('GET', '/family/home', { token: aisha });
    // Only what is about her (other tests may have left her own requests); nothing about her brother.
    const titles: string[] = home.body.processes.map((p: { title: string }) => p.title);
    expect(titles).toContain('EHC plan for Aisha');
    expect(titles.filter((title) => /Yusuf|Rina/.test(title))).toEqual([]);
    // Her own conversation is hers: her parent does not see it.
    const mine = await callApi('POST', '/family/messages', { token: aisha, headers: { 'idempotency-key': randomUUID() }, body: { subject: 'My plan', body: 'Can we talk about my EHC plan review?' } });
    expect(mine.status).toBe(201);
    expect((await callApi('GET', '/family/messages', { token: begum })).body.items.map((t: { id: string }) => t.id)).not.toContain(mine.body.id);
    expect((await callApi('GET', `/family/messages/${mine.body.id}`, { token: begum })).status).toBe(404);
    // Only a parent or carer withdraws the family's consent.
    const [consent] = (
      await db.query(`INSERT INTO cases.consent (family_id, agency, purpose, given_at, recorded_by) VALUES ('7d4a9c1e-0000-4000-8000-00000000a002', 'housing', 'contact', now(), 'test') RETURNING id`)
    ).rows;
    expect((await callApi('GET', '/family/consents', { token: aisha })).body.items.map((c: { id: string }) => c.id)).toContain(consent.id);
    expect((await callApi('POST', `/family/consents/${consent.id}/withdraw`, { token: aisha })).status).toBe(403);
  });

  it('records documents, views and changes, and lets the family withdraw consent at once', async () => {
    const png = await upload(adams, 'ehcp-letter.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]));
    const document = await callApi('POST', '/family/documents', { token: adams, body: { title: 'Letter from the GP', attachmentId: png.body.id } });
    expect(document.status).toBe(201);
    expect((await callApi('GET', '/family/documents', { token: adams })).body.items).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'Letter from the GP', contentType: 'image/png', attachmentId: png.body.id })]));
    expect((await callApi('POST', '/family/documents', { token: begum, body: { title: 'Not mine', attachmentId: png.body.id } })).status).toBe(400);

    const views = await callApi('GET', '/family/views', { token: adams });
    const mia = views.body.children.find((c: { name: string }) => c.name === 'Mia Adams');
    const view = await callApi('POST', '/family/views', { token: adams, body: { speaker: 'child', aboutPersonId: mia.personId, topic: 'plan', text: 'Mia says she likes reading with Mrs Khan and wants to keep that.' } });
    expect(view.status).toBe(201);
    expect(view.body).toMatchObject({ speaker: 'child', aboutName: 'Mia Adams', topicLabel: expect.any(String) });
    expect((await callApi('POST', '/family/views', { token: adams, body: { speaker: 'child', topic: 'plan', text: 'short' } })).status).toBe(400);

    const change = await callApi('POST', '/family/changes', { token: adams, headers: { 'idempotency-key': randomUUID() }, body: { kind: 'address', details: 'We are moving to 9 Fairview Road, Stevenage, on 1 December.', effectiveFrom: '2026-12-01' } });
    expect(change.status).toBe(201);
    const triage = await accessTokenFor('tara.triage', 'staff-web');
    const front = await callApi('GET', `/staff/referrals/${change.body.id}`, { token: triage });
    expect(front.body).toMatchObject({ source: 'family-self', whatIsHappening: expect.stringContaining('Change of circumstances') });

    // A consent the family gave to housing, withdrawn by the family itself.
    const [consent] = (
      await db.query(`INSERT INTO cases.consent (family_id, agency, purpose, given_at, recorded_by) VALUES ($1, 'housing', 'contact', now(), 'test') RETURNING id`, [ADAMS_FAMILY])
    ).rows;
    expect((await callApi('POST', `/family/consents/${consent.id}/withdraw`, { token: begum })).status).toBe(404);
    const withdrawn = await callApi('POST', `/family/consents/${consent.id}/withdraw`, { token: adams });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.items.find((c: { id: string }) => c.id === consent.id).withdrawnAt).not.toBeNull();
  });
});
