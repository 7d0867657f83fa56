import { randomUUID } from 'node:crypto';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { callApi } from './api-client';
import { freshNhsNumber } from './nhs-numbers';

/** Recording people: duplicate warnings, no lost work (stale edits refused), merges that explain themselves. */
describe('person registration (API e2e)', () => {
  let manager: string;
  let keyWorker: string;
  const suffix = randomUUID().slice(0, 6).replace(/\d/g, 'x');
  const familyName = `Quinnell${suffix}`;

  beforeAll(async () => {
    [manager, keyWorker] = await Promise.all([accessTokenFor('tom.teammanager', 'staff-web'), accessTokenFor('kim.keyworker', 'staff-web')]);
  });

  const person = (overrides: Record<string, unknown> = {}) => ({
    name: { givenName: 'Zara', familyName },
    dateOfBirth: '2015-02-03',
    sex: 'F',
    interpreterNeeded: false,
    disabilities: [],
    ...overrides,
  });
  /** A valid NHS number no other test uses (check digit by the domain's modulus 11). */
  const create = (body: unknown, key = randomUUID(), token = manager) => callApi('POST', '/staff/people', { token, headers: { 'idempotency-key': key }, body });

  it('creates a person once per Idempotency-Key, warns about a likely duplicate, and refuses a second NHS number', async () => {
    const key = randomUUID();
    const nhsNumber = freshNhsNumber();
    const first = await create({ person: person({ nhsNumber }) }, key);
    expect(first.status).toBe(201);
    const replay = await create({ person: person() }, key);
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(first.body.id);

    const typo = await create({ person: person({ name: { givenName: 'Zarah', familyName } }) });
    expect(typo.status).toBe(409);
    expect(typo.body.type).toBe('urn:childfirst:problem:possible-duplicate');
    expect(typo.body.duplicates.map((d: { id: string }) => d.id)).toContain(first.body.id);

    const confirmed = await create({ person: person({ name: { givenName: 'Zarah', familyName } }), duplicatesReviewed: true });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.id).not.toBe(first.body.id);

    // One record per person: the same NHS number is refused even when duplicates were reviewed.
    const sameNhs = await create({ person: person({ name: { givenName: 'Someone', familyName: 'Else' }, dateOfBirth: '2001-01-01', nhsNumber }), duplicatesReviewed: true });
    expect(sameNhs.status).toBe(409);
    expect(sameNhs.body.duplicates.map((d: { id: string }) => d.id)).toEqual([first.body.id]);
  });

  it('explains bad input and stores nothing', async () => {
    const future = await create({ person: person({ dateOfBirth: '2999-01-01' }) });
    expect(future.status).toBe(400);
    expect(future.body.detail).toMatch(/date of birth/i);
    const badNhs = await create({ person: person({ nhsNumber: '1234567890' }) });
    expect(badNhs.status).toBe(400);
    expect(badNhs.body.errors.map((e: { path: string }) => e.path)).toContain('person.nhsNumber');
    const search = await callApi('GET', `/staff/people?name=${familyName}&dateOfBirth=2999-01-01&purpose=working-with-the-family`, { token: manager });
    expect(search.body.items).toEqual([]);
  });

  it('refuses an edit made on a stale version and says so', async () => {
    const created = await create({ person: person({ name: { givenName: 'Ellis', familyName }, dateOfBirth: '2013-09-10' }) });
    const id = created.body.id;
    const edited = await callApi('PATCH', `/staff/people/${id}`, { token: manager, body: { version: 1, firstLanguage: 'ENG' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ firstLanguage: 'ENG', version: 2 });
    const stale = await callApi('PATCH', `/staff/people/${id}`, { token: manager, body: { version: 1, firstLanguage: 'POL' } });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/Since you opened it, .+ changed first language \(/);
    expect(stale.body.currentVersion).toBe(2);
    expect((await callApi('GET', `/staff/people/${id}`, { token: manager })).body.firstLanguage).toBe('ENG');
    const noVersion = await callApi('PATCH', `/staff/people/${id}`, { token: manager, body: { firstLanguage: 'POL' } });
    expect(noVersion.status).toBe(400);
  });

  it('merges a duplicate keeping both histories, explains it afterwards, and takes it out of search', async () => {
    const kept = await create({ person: person({ name: { givenName: 'Robin', familyName }, dateOfBirth: '2012-12-12' }) });
    const duplicate = await create({ person: person({ name: { givenName: 'Robyn', familyName }, dateOfBirth: '2012-12-12', address: { line1: '4 Old Road', town: 'Hitchin', postcode: 'SG5 1AB' } }), duplicatesReviewed: true });
    expect(duplicate.status).toBe(201);

    expect((await callApi('POST', `/staff/people/${duplicate.body.id}/merge`, { token: keyWorker, body: { intoPersonId: kept.body.id, reason: 'Same child recorded twice' } })).status).toBe(403);
    const merged = await callApi('POST', `/staff/people/${duplicate.body.id}/merge`, { token: manager, body: { intoPersonId: kept.body.id, reason: 'Same child: school and health visitor records of one child' } });
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(kept.body.id);
    expect(merged.body.merges).toEqual([expect.objectContaining({ personId: duplicate.body.id, mergedBy: 'Tom Hughes', reason: 'Same child: school and health visitor records of one child' })]);
    expect(merged.body.aliases).toEqual(expect.arrayContaining([expect.objectContaining({ aliasType: 'merged-record', givenName: 'Robyn' })]));
    expect(merged.body.addressHistory.map((a: { postcode: string }) => a.postcode)).toContain('SG5 1AB');

    const viaOldId = await callApi('GET', `/staff/people/${duplicate.body.id}`, { token: manager });
    expect(viaOldId.body.id).toBe(kept.body.id);
    const search = await callApi('GET', `/staff/people?name=Robyn ${familyName}&dateOfBirth=2012-12-12&purpose=merging-records`, { token: manager });
    expect(search.body.items.map((i: { id: string }) => i.id)).toEqual([kept.body.id]);

    const again = await callApi('POST', `/staff/people/${duplicate.body.id}/merge`, { token: manager, body: { intoPersonId: kept.body.id, reason: 'Trying to merge a second time' } });
    expect(again.status).toBe(409);
  });
});
