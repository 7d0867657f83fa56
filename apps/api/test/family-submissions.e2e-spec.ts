import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { eventually } from '@childfirst/testing/eventually';
import { stack } from '@childfirst/testing/stack-environment';
import { callApi } from './api-client';

const ADAMS_FAMILY = '7d4a9c1e-0000-4000-8000-00000000a001';
const KIM = '5b0c5b1e-0000-4000-8000-000000000001'; // kim.keyworker's subject, key worker of the Adams family
const KIM_EMAIL = 'kim.keyworker@example.org';
const NOTICE_SUBJECT = 'The Adams family has sent something new';

async function upload(token: string, fileName: string, content: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type: 'application/octet-stream' }), fileName);
  const response = await fetch(`${stack.apiUrl}/family/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return (await response.json()) as { id: string };
}

interface Mail {
  subject: string;
  text: string;
  to: { address: string }[];
}

async function mailTo(address: string): Promise<Mail[]> {
  const all = (await (await fetch(`${process.env.MAILDEV_URL}/api/email`)).json()) as Mail[];
  return all.filter((mail) => mail.to.some((to) => to.address === address));
}

/** The notices about the Adams family in the key worker's inbox, once there are at least `count`. */
function noticesToKim(count = 0): Promise<Mail[]> {
  return eventually(async () => {
    const notices = (await mailTo(KIM_EMAIL)).filter((mail) => mail.subject === NOTICE_SUBJECT);
    expect(notices.length).toBeGreaterThanOrEqual(count);
    return notices;
  }, 10_000);
}

/**
 * What a family shares in the portal reaches staff, with real Keycloak tokens: a parent uploads a
 * document and gives a view; the key worker is e-mailed that there is something new (never what),
 * lists both with who sent them and when, downloads the file and marks them read (the first reading
 * is kept); someone not working with the family gets 404; every staff read is in the audit trail.
 */
describe('what the family shares reaches staff (API e2e)', () => {
  const db = new Client({ connectionString: stack.databaseUrl });
  const marker = randomUUID().slice(0, 8);
  const fileBody = `%PDF-1.4\n% school report ${marker}\n%%EOF`;
  const documentTitle = `School report ${marker}`;
  const viewText = `Mia says she wants to stay in Mrs Khan's reading group (${marker}).`;
  const startedAt = new Date();
  let adams: string;
  let begum: string;
  let kim: string;
  let sam: string;
  let paul: string;
  let caseId: string;
  let documentId: string;
  let attachmentId: string;
  let olderDocumentId: string;
  let viewId: string;
  let noticesBefore: number;

  beforeAll(async () => {
    await db.connect();
    [adams, begum, kim, sam, paul] = (await Promise.all([
      accessTokenFor('parent.adams', 'family-portal'),
      accessTokenFor('parent.begum', 'family-portal'),
      accessTokenFor('kim.keyworker', 'staff-web'),
      accessTokenFor('sam.socialworker', 'staff-web'),
      accessTokenFor('paul.police', 'staff-web'),
    ])) as [string, string, string, string, string];
    caseId = (await db.query(`SELECT id FROM cases.family_case WHERE family_id = $1`, [ADAMS_FAMILY])).rows[0].id;
    noticesBefore = (await noticesToKim()).length;
  });
  afterAll(async () => {
    await db.end();
  });

  it('a parent uploads documents and gives a view; the key worker is told, without what they said', async () => {
    const older = await upload(adams, `older-${marker}.pdf`, Buffer.from(`%PDF-1.4\n% older ${marker}\n%%EOF`));
    const olderDocument = await callApi('POST', '/family/documents', { token: adams, body: { title: `Older letter ${marker}`, attachmentId: older.id } });
    expect(olderDocument.status).toBe(201);
    olderDocumentId = olderDocument.body.id;

    attachmentId = (await upload(adams, `report-${marker}.pdf`, Buffer.from(fileBody))).id;
    const document = await callApi('POST', '/family/documents', { token: adams, body: { title: documentTitle, attachmentId } });
    expect(document.status).toBe(201);
    documentId = document.body.id;
    // Sent again (a retry): one document, one notice.
    expect((await callApi('POST', '/family/documents', { token: adams, body: { title: documentTitle, attachmentId } })).body.id).toBe(documentId);

    const { children } = (await callApi('GET', '/family/views', { token: adams })).body;
    const mia = children.find((child: { name: string }) => child.name === 'Mia Adams');
    const view = await callApi('POST', '/family/views', { token: adams, body: { speaker: 'child', aboutPersonId: mia.personId, topic: 'plan', text: viewText } });
    expect(view.status).toBe(201);
    viewId = view.body.id;

    const notices = await noticesToKim(noticesBefore + 3);
    expect(notices.length).toBe(noticesBefore + 3); // two documents and a view; the retried document told nobody again
    for (const notice of notices) {
      expect(notice.text).toContain('The Adams family has sent something new in the family portal.');
      expect(notice.text).toContain(`/cases/${caseId}`);
      expect(notice.text).not.toContain(marker); // no title, file name or words of the view
      expect(notice.text).not.toMatch(/Mrs Khan|School report|reading group/);
    }
    const sent = await db.query(`SELECT item_kind AS kind, sent_at AS "sentAt" FROM portal.key_worker_notice WHERE item_id = ANY($1::uuid[]) ORDER BY item_kind`, [[documentId, olderDocumentId, viewId]]);
    expect(sent.rows.map((row) => [row.kind, row.sentAt !== null])).toEqual([
      ['document', true],
      ['document', true],
      ['view', true],
    ]);
  });

  it('tells the key worker when the family sends a message, once however often it is resent', async () => {
    const before = (await noticesToKim()).length;
    const key = randomUUID();
    const message = { subject: `Question ${marker}`, body: `Can we move Thursday's visit? (${marker})` };
    expect((await callApi('POST', '/family/messages', { token: adams, headers: { 'idempotency-key': key }, body: message })).status).toBe(201);
    expect((await callApi('POST', '/family/messages', { token: adams, headers: { 'idempotency-key': key }, body: message })).status).toBe(201);
    const notices = await noticesToKim(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a second notice would have arrived by now
    expect((await noticesToKim()).length).toBe(before + 1);
    expect(notices.every((notice) => !notice.text.includes(marker))).toBe(true);
  });

  it('the key worker lists the documents, newest first, with who sent them and when, and downloads the file', async () => {
    const list = await callApi('GET', `/staff/cases/${caseId}/family-documents`, { token: kim });
    expect(list.status).toBe(200);
    const ids = list.body.items.map((item: { id: string }) => item.id);
    expect(ids.indexOf(documentId)).toBeLessThan(ids.indexOf(olderDocumentId));
    const [member] = (await db.query(`SELECT p.given_name || ' ' || p.family_name AS name FROM people.family_account a JOIN people.person p ON p.id = a.person_id WHERE a.email = 'parent.adams@example.org'`)).rows;
    expect(list.body.items.find((item: { id: string }) => item.id === documentId)).toEqual({
      id: documentId,
      attachmentId,
      title: documentTitle,
      fileName: `report-${marker}.pdf`,
      contentType: 'application/pdf',
      size: Buffer.byteLength(fileBody),
      sentAt: expect.any(String),
      sentBy: { name: 'Jo Adams', memberName: member.name, accountKind: 'parent' },
      read: null,
    });
    expect(list.body.unread).toBeGreaterThanOrEqual(2);

    const file = await fetch(`${stack.apiUrl}/staff/cases/${caseId}/attachments/${attachmentId}`, { headers: { authorization: `Bearer ${kim}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="report-${marker}.pdf"`);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await file.text()).toBe(fileBody);
  });

  it('the key worker lists the views: whose, about which child, on what, what they said, who sent it and when', async () => {
    const list = await callApi('GET', `/staff/cases/${caseId}/family-views`, { token: kim });
    expect(list.status).toBe(200);
    expect(list.body.items.find((item: { id: string }) => item.id === viewId)).toEqual({
      id: viewId,
      speaker: 'child',
      aboutName: 'Mia Adams',
      topic: 'plan',
      topicLabel: 'A plan (for example an EHC plan or child in need plan)',
      text: viewText,
      sentAt: expect.any(String),
      sentBy: expect.objectContaining({ name: 'Jo Adams', accountKind: 'parent' }),
      read: null,
    });
    expect(list.body.unread).toBeGreaterThanOrEqual(1);
  });

  it('marks them read once: marking again, by anyone, keeps the first reading', async () => {
    const caseload = await callApi('GET', '/staff/caseload', { token: kim });
    const unreadBefore: number = caseload.body.items.find((item: { caseId: string }) => item.caseId === caseId).unreadFromFamily;
    expect(unreadBefore).toBeGreaterThanOrEqual(3);

    const first = await callApi('POST', `/staff/cases/${caseId}/family-documents/${documentId}/read`, { token: kim });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ readAt: expect.any(String), readBy: 'Kim Okafor' });
    const again = await callApi('POST', `/staff/cases/${caseId}/family-documents/${documentId}/read`, { token: sam });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const view = await callApi('POST', `/staff/cases/${caseId}/family-views/${viewId}/read`, { token: sam });
    expect(view.body).toEqual({ readAt: expect.any(String), readBy: 'Sam Patel' });

    const documents = await callApi('GET', `/staff/cases/${caseId}/family-documents`, { token: kim });
    expect(documents.body.items.find((item: { id: string }) => item.id === documentId).read).toEqual(first.body);
    expect(documents.body.items.find((item: { id: string }) => item.id === olderDocumentId).read).toBeNull();
    const views = await callApi('GET', `/staff/cases/${caseId}/family-views`, { token: kim });
    expect(views.body.items.find((item: { id: string }) => item.id === viewId).read).toEqual(view.body);
    const after = await callApi('GET', '/staff/caseload', { token: kim });
    expect(after.body.items.find((item: { caseId: string }) => item.caseId === caseId).unreadFromFamily).toBe(unreadBefore - 2);
    // On cases where they are not the key worker, nobody is counting for them.
    expect((await callApi('GET', '/staff/caseload', { token: sam })).body.items.find((item: { caseId: string }) => item.caseId === caseId)).toMatchObject({ myRole: 'team-member', unreadFromFamily: null });
  });

  it('answers 404 to a practitioner not working with the family, and for another family’s items', async () => {
    for (const [method, path] of [
      ['GET', `/staff/cases/${caseId}/family-documents`],
      ['GET', `/staff/cases/${caseId}/family-views`],
      ['POST', `/staff/cases/${caseId}/family-documents/${olderDocumentId}/read`],
      ['POST', `/staff/cases/${caseId}/family-views/${viewId}/read`],
      ['GET', `/staff/cases/${caseId}/attachments/${attachmentId}`],
    ] as const) {
      const response = await callApi(method, path, { token: paul });
      expect([path, response.status]).toEqual([path, 404]);
      expect(JSON.stringify(response.body)).not.toMatch(/Adams|Mia|Khan|School report/);
    }
    // The Begum family's document through the Adams case is not there; nothing was marked.
    const begumFile = await upload(begum, 'begum.pdf', Buffer.from('%PDF-1.4\n%%EOF'));
    const begumDocument = await callApi('POST', '/family/documents', { token: begum, body: { title: 'Begum letter', attachmentId: begumFile.id } });
    expect((await callApi('POST', `/staff/cases/${caseId}/family-documents/${begumDocument.body.id}/read`, { token: kim })).status).toBe(404);
    expect((await db.query(`SELECT 1 FROM portal.staff_reading WHERE item_id = $1`, [begumDocument.body.id])).rowCount).toBe(0);
    expect((await callApi('GET', `/staff/cases/${caseId}/family-documents`, { token: kim })).body.items.map((item: { id: string }) => item.id)).not.toContain(begumDocument.body.id);
  });

  it('keeps every staff read, and the first marking, in the audit trail', async () => {
    const events = await db.query(
      `SELECT action, resource_type AS "resourceType", resource_id AS "resourceId", family_id AS "familyId" FROM audit.audit_event WHERE actor_subject = $1 AND occurred_at >= $2`,
      [KIM, startedAt],
    );
    const seen = events.rows.map((row) => `${row.action} ${row.resourceType} ${row.resourceId}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        `read family-documents ${caseId}`,
        `read family-views ${caseId}`,
        `read attachment ${caseId}`,
        `update family-document ${documentId}`,
      ]),
    );
    const ours = events.rows.filter((row) => ['family-documents', 'family-views', 'family-document'].includes(row.resourceType));
    expect(ours.every((row) => row.familyId === ADAMS_FAMILY)).toBe(true);
    // Marking it again changed nothing, so it is not recorded as a change.
    const marks = await db.query(`SELECT count(*)::int AS n FROM audit.audit_event WHERE resource_type = 'family-document' AND resource_id = $1 AND action = 'update'`, [documentId]);
    expect(marks.rows[0].n).toBe(1);
  });
});
