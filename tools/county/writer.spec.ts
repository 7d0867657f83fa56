import { CountyWriter } from './writer';
import { emptyBatch } from './tables';

describe('the county writer', () => {
  it('sends one statement per table with one array per column, array columns as literals', async () => {
    const queries: { text: string; values?: unknown[] }[] = [];
    const client = { query: async (text: string, values?: unknown[]) => void queries.push({ text, values }), release: () => undefined };
    const writer = new CountyWriter({ connect: async () => client } as never);
    const batch = emptyBatch();
    batch.schoolCluster.push({ id: '00000000-0000-4000-8000-000000000001', name: 'North' }, { id: '00000000-0000-4000-8000-000000000002', name: 'South' });
    batch.caseNote.push({
      id: 'n', case_id: 'c', person_ids: ['a', 'b"c'], author_practitioner_id: 'p', agency: 'health', note_type: 'meeting', occurred_at: 't',
      body: 'b', sensitivity: 'standard', version: 1, created_at: 't', updated_at: 't',
    });
    await writer.write(batch);
    expect(queries.map((q) => q.text.split(' ').slice(0, 3).join(' '))).toEqual(['BEGIN', 'INSERT INTO agencies.school_cluster', 'INSERT INTO cases.case_note', 'COMMIT']);
    expect(queries[1]?.text).toBe('INSERT INTO agencies.school_cluster (id, name) SELECT id, name FROM unnest($1::uuid[], $2::text[]) AS u(id, name)');
    expect(queries[1]?.values).toEqual([['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'], ['North', 'South']]);
    expect(queries[2]?.text).toContain('person_ids::uuid[]');
    expect(queries[2]?.values?.[2]).toEqual(['{"a","b\\"c"}']);
    expect(writer.written.get('caseNote')).toBe(1);
  });
});
