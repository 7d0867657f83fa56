import { randomUUID } from 'node:crypto';
import { computeDeadline, englandAndWalesCalendar, getClockRule } from '@childfirst/domain/clocks';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { callApi } from './api-client';

/**
 * The thin slice through the booted API, Postgres, Temporal (with the real workers) and tokens
 * issued by the real Keycloak: a family asks for help, triage decides, the family sees the outcome.
 */
describe('request for help → triage decision (API e2e)', () => {
  let adams: string;
  let begum: string;
  let triage: string;
  let keyWorker: string;

  beforeAll(async () => {
    [adams, begum, triage, keyWorker] = await Promise.all([
      accessTokenFor('parent.adams', 'family-portal'),
      accessTokenFor('parent.begum', 'family-portal'),
      accessTokenFor('tara.triage', 'staff-web'),
      accessTokenFor('kim.keyworker', 'staff-web'),
    ]);
  });

  const submission = () => ({
    whatIsHappening: `Our son has not been to school for three weeks and will not leave his room (${randomUUID()}).`,
    preferredContact: 'email',
  });

  it('refuses a request without a sign-in, or with a forged token', async () => {
    expect((await callApi('GET', '/family/help-requests')).status).toBe(401);
    const forged = await callApi('GET', '/family/help-requests', { token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(forged.status).toBe(401);
    expect(forged.body.detail).toMatch(/could not be verified/);
  });

  it('explains bad input field by field and stores nothing', async () => {
    const key = randomUUID();
    const bad = await callApi('POST', '/family/help-requests', {
      token: adams,
      headers: { 'idempotency-key': key },
      body: { whatIsHappening: 'help', preferredContact: 'phone', familyId: 'another-family' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'whatIsHappening', message: 'Tell us what is happening in at least 20 characters' },
        expect.objectContaining({ message: expect.stringContaining('familyId') }),
      ]),
    );
    const missingKey = await callApi('POST', '/family/help-requests', { token: adams, body: submission() });
    expect(missingKey.status).toBe(400);
    expect(missingKey.body.detail).toMatch(/Idempotency-Key/);

    const notJson = await callApi('POST', '/family/help-requests', { token: adams, headers: { 'idempotency-key': randomUUID() }, body: '{"whatIsHappening":' });
    expect(notJson.status).toBe(400);

    const list = await callApi('GET', '/family/help-requests', { token: adams });
    expect(JSON.stringify(list.body)).not.toContain('familyId');
  });

  it('runs the whole slice, once per Idempotency-Key, visible only to the right people', async () => {
    const key = randomUUID();
    const body = submission();

    const first = await callApi('POST', '/family/help-requests', { token: adams, headers: { 'idempotency-key': key }, body });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'awaiting-decision', statusHeading: 'Received – being looked at', whatIsHappening: body.whatIsHappening });
    const expectedDue = computeDeadline(getClockRule('referral.decision'), new Date(first.body.receivedAt), englandAndWalesCalendar).dueAt;
    expect(first.body.decisionDueAt).toBe(expectedDue.toISOString());

    // A retry (same key, same body) returns the same request and records nothing new.
    const retry = await callApi('POST', '/family/help-requests', { token: adams, headers: { 'idempotency-key': key }, body });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    const reused = await callApi('POST', '/family/help-requests', { token: adams, headers: { 'idempotency-key': key }, body: submission() });
    expect(reused.status).toBe(422);
    const mine = await callApi('GET', '/family/help-requests', { token: adams });
    expect(mine.body.items.filter((item: { whatIsHappening: string }) => item.whatIsHappening === body.whatIsHappening)).toHaveLength(1);

    // Another family sees nothing of it; family tokens do not open the staff surface.
    const theirs = await callApi('GET', '/family/help-requests', { token: begum });
    expect(theirs.status).toBe(200);
    expect(JSON.stringify(theirs.body)).not.toContain(first.body.id);
    expect(JSON.stringify(theirs.body)).not.toContain(body.whatIsHappening);
    expect((await callApi('GET', `/staff/referrals/${first.body.id}`, { token: adams })).status).toBe(403);
    expect((await callApi('GET', '/staff/referrals', { token: begum })).status).toBe(403);

    // A key worker without the triage capability is refused; the triage manager sees it queued.
    const refused = await callApi('GET', '/staff/referrals', { token: keyWorker });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('Your role does not allow you to see the triage queue.');
    const queue = await callApi('GET', '/staff/referrals', { token: triage });
    const queued = queue.body.items.find((item: { id: string }) => item.id === first.body.id);
    expect(queued).toMatchObject({ familyName: 'Adams', source: 'family-self', decisionDueAt: first.body.decisionDueAt, clockState: 'on-time' });

    const detail = await callApi('GET', `/staff/referrals/${first.body.id}`, { token: triage });
    expect(detail.status).toBe(200);
    expect(detail.body.version).toBe(1);

    // Unknown or malformed ids: 404 / 400, nothing leaks.
    expect((await callApi('GET', `/staff/referrals/${randomUUID()}`, { token: triage })).status).toBe(404);
    expect((await callApi('GET', '/staff/referrals/not-a-uuid', { token: triage })).status).toBe(400);

    const badDecision = await callApi('POST', `/staff/referrals/${first.body.id}/decision`, { token: triage, body: { outcome: 'close-it', reason: 'x' } });
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['outcome', 'reason']);
    const keyWorkerDecision = await callApi('POST', `/staff/referrals/${first.body.id}/decision`, {
      token: keyWorker,
      body: { outcome: 'no-further-action', reason: 'Trying without the capability' },
    });
    expect(keyWorkerDecision.status).toBe(403);
    // Early help names the key worker the front door allocates.
    const practitioners = await callApi('GET', '/staff/practitioners?name=Kim', { token: triage });
    const kim = practitioners.body.items.find((p: { name: string }) => p.name === 'Kim Okafor');
    const withoutKeyWorker = await callApi('POST', `/staff/referrals/${first.body.id}/decision`, { token: triage, body: { outcome: 'early-help', reason: 'Attendance and anxiety; family asked for help.' } });
    expect(withoutKeyWorker.status).toBe(400);
    expect(withoutKeyWorker.body.errors).toEqual([{ path: 'keyWorkerPractitionerId', message: 'Choose the key worker who will offer the family early help' }]);
    const stale = await callApi('POST', `/staff/referrals/${first.body.id}/decision`, {
      token: triage,
      headers: { 'if-match': '"7"' },
      body: { outcome: 'early-help', reason: 'Attendance and anxiety; family asked for help.', keyWorkerPractitionerId: kim.id },
    });
    expect(stale.status).toBe(409);

    // The decision goes through the workflow (update → idempotent activity) and is recorded.
    const decided = await callApi('POST', `/staff/referrals/${first.body.id}/decision`, {
      token: triage,
      headers: { 'if-match': '"1"' },
      body: { outcome: 'early-help', reason: 'Attendance and anxiety; family asked for help.', keyWorkerPractitionerId: kim.id },
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'decided', outcome: 'early-help', decidedBy: 'Tara Nguyen', version: 2, clockState: 'met', keyWorker: { name: 'Kim Okafor' } });
    const again = await callApi('POST', `/staff/referrals/${first.body.id}/decision`, {
      token: triage,
      body: { outcome: 'no-further-action', reason: 'A second decision must be refused.' },
    });
    expect(again.status).toBe(409);

    const after = await callApi('GET', '/family/help-requests', { token: adams });
    expect(after.body.items.find((item: { id: string }) => item.id === first.body.id)).toMatchObject({
      status: 'decided',
      statusHeading: 'Decision made',
      statusDetail: expect.stringContaining('key worker will contact you'),
    });
    // Staff-only fields never reach the family surface.
    expect(JSON.stringify(after.body)).not.toMatch(/decisionReason|decidedBy|Tara Nguyen|Attendance and anxiety/);
  });
});
