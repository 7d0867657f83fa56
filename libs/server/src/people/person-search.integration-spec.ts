import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createScratchDatabase, type ScratchDatabase } from '@childfirst/testing/scratch-database';
import { createDataSource } from '../database/data-source';
import { PersonSearchRepository } from './person-search.repository';
import { searchNameOf } from './search-name';

describe('person search (real PostgreSQL, pg_trgm + fuzzystrmatch)', () => {
  let database: ScratchDatabase;
  let dataSource: DataSource;
  let search: PersonSearchRepository;
  const ids: Record<string, string> = {};

  async function person(key: string, givenName: string, familyName: string, dateOfBirth: string, extra: { nhsNumber?: string; postcode?: string; restricted?: boolean; mergedInto?: string; alias?: string } = {}) {
    const id = randomUUID();
    ids[key] = id;
    await dataSource.query(
      `INSERT INTO people.person (id, given_name, family_name, search_name, date_of_birth, sex, nhs_number, restricted, merged_into_id, version)
       VALUES ($1, $2, $3, $4, $5, 'F', $6, $7, $8, 1)`,
      [id, givenName, familyName, searchNameOf({ givenName, familyName }, extra.alias ? [{ familyName: extra.alias }] : []), dateOfBirth, extra.nhsNumber ?? null, extra.restricted ?? false, extra.mergedInto ?? null],
    );
    if (extra.postcode) {
      await dataSource.query(`INSERT INTO people.address (person_id, line1, town, postcode, moved_in_on) VALUES ($1, '1 High Street', 'Stevenage', $2, '2020-01-01')`, [id, extra.postcode]);
    }
  }

  beforeAll(async () => {
    database = await createScratchDatabase();
    dataSource = await createDataSource({ url: database.url }).initialize();
    await dataSource.runMigrations();
    search = new PersonSearchRepository(dataSource);
    await person('katherine', 'Katherine', 'Smith', '2014-03-09', { nhsNumber: '9434765919', postcode: 'SG1 1AA' });
    await person('catherine', 'Catherine', 'Smyth', '2014-03-09');
    await person('other', 'Katie', 'Smith', '2011-07-21');
    await person('jones', 'Oliver', 'Jones', '2016-01-02', { alias: 'Whitfield' });
    await person('restricted', 'Katherine', 'Smithe', '2014-03-09', { restricted: true });
    await person('survivor', 'Amira', 'Hassan', '2015-05-05');
    await person('merged', 'Amirah', 'Hassan', '2015-05-05');
    await dataSource.query(`UPDATE people.person SET merged_into_id = $1 WHERE id = $2`, [ids.survivor, ids.merged]);
    // Background so the trigram index has something to skip.
    for (let i = 0; i < 200; i += 1) await person(`bg${i}`, `Child${i}`, `Family${i % 17}`, `2012-01-${String((i % 28) + 1).padStart(2, '0')}`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const found = (hits: { id: string }[]) => hits.map((hit) => hit.id);

  it('finds a person despite a typo in the name, best match first', async () => {
    const hits = await search.search({ name: 'Katherin Smiht' }, null);
    expect(found(hits)[0]).toBe(ids.katherine);
  });

  it('finds a family name alone, even misspelt ("Jnoes") or spelt another way ("Smyth")', async () => {
    expect(found(await search.search({ name: 'Jones' }, null))).toContain(ids.jones);
    expect(found(await search.search({ name: 'Jnoes' }, null))).toContain(ids.jones);
    expect(found(await search.search({ name: 'Smyth' }, null))).toEqual(expect.arrayContaining([ids.katherine, ids.catherine]));
  });

  it('finds sound-alikes with the date of birth (Catherine Smyth for "Katherine Smith")', async () => {
    const hits = await search.search({ name: 'Katherine Smith', dateOfBirth: '2014-03-09' }, null);
    expect(found(hits)).toEqual(expect.arrayContaining([ids.katherine, ids.catherine]));
    expect(found(hits)).not.toContain(ids.other);
    expect(found(hits)[0]).toBe(ids.katherine);
  });

  it('finds by NHS number alone, and by postcode', async () => {
    expect(found(await search.search({ nhsNumber: '9434765919' }, null))).toEqual([ids.katherine]);
    expect(found(await search.search({ postcode: 'SG1 1AA' }, null))).toEqual([ids.katherine]);
  });

  it('finds a person by a previous name', async () => {
    expect(found(await search.search({ name: 'Oliver Whitfield' }, null))[0]).toBe(ids.jones);
  });

  it('never returns a merged-away record, and restricted ones only to named practitioners', async () => {
    expect(found(await search.search({ name: 'Amirah Hassan', dateOfBirth: '2015-05-05' }, null))).toEqual([ids.survivor]);
    expect(found(await search.search({ name: 'Katherine Smithe', dateOfBirth: '2014-03-09' }, null))).not.toContain(ids.restricted);
    const named = randomUUID();
    await dataSource.query(`INSERT INTO access.restricted_person_access (person_id, practitioner_id, granted_by_practitioner_id) VALUES ($1, $2, $2)`, [ids.restricted, named]);
    expect(found(await search.search({ name: 'Katherine Smithe', dateOfBirth: '2014-03-09' }, named))).toContain(ids.restricted);
  });

  it('returns nothing for no criteria rather than everyone', async () => {
    expect(await search.search({}, null)).toEqual([]);
  });
});
