import type { DataSource } from 'typeorm';
import { explainHeapScan, recordingRepository } from './person-search.bench';

describe('explainHeapScan', () => {
  it('says where a trigram search spent its time', () => {
    const plan = [
      'Limit  (cost=1..2 rows=10 width=83) (actual time=180.851..180.858 rows=10.00 loops=1)',
      '  ->  Bitmap Heap Scan on person  (cost=284.25..19854.67 rows=10308 width=20) (actual time=38.406..173.432 rows=4375.00 loops=1)',
      "        Recheck Cond: (search_name % 'sarah davies'::text)",
      '        Rows Removed by Index Recheck: 28630',
      '        Heap Blocks: exact=17810',
      '        Buffers: shared hit=10707 read=7379',
      '        ->  Bitmap Index Scan on person_search_name_trgm  (cost=0.00..281.67 rows=10308 width=0) (actual time=36.052..36.052 rows=33005.00 loops=1)',
      'Execution Time: 180.923 ms',
    ].join('\n');
    expect(explainHeapScan(plan)).toBe(
      'its bitmap heap scan took 173 of the 181 ms the query ran; the index person_search_name_trgm offered 33,005 candidate rows (in 36.1 ms); ' +
        '28,630 of them failed the recheck against the table; 17,810 table pages were visited (7,379 of the pages it touched were not in shared buffers)',
    );
  });
});

describe('recordingRepository', () => {
  it('remembers the statements of a search that runs in a transaction, to EXPLAIN it the same way', async () => {
    const sent: string[] = [];
    const manager = {
      query: async (sql: string) => {
        sent.push(sql);
        return [];
      },
    };
    const dataSource = {
      query: async () => {
        throw new Error('the search runs in a transaction');
      },
      transaction: async (run: (m: typeof manager) => Promise<unknown>) => run(manager),
    } as unknown as DataSource;
    const { repository, last } = recordingRepository(dataSource);

    await repository.search({ name: 'Mia Harrison', limit: 10 }, null);

    const recorded = last();
    expect(recorded?.setup.map((s) => s.sql)).toEqual([expect.stringMatching(/^SET LOCAL pg_trgm\.similarity_threshold = /)]);
    expect(recorded?.query.sql).toMatch(/WITH params AS/);
    expect(recorded?.query.params?.[0]).toBe('mia harrison');
    expect(sent).toHaveLength(2);
  });
});
