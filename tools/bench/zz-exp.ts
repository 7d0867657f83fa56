import 'reflect-metadata';
import { createDataSource, normaliseName, PersonSearchRepository } from '@childfirst/server';
import { drawQueries } from './person-search.bench';
import { percentile } from './benchmark';

const URL = 'postgres://childfirst:childfirst@localhost:57329/childfirst';
(async () => {
  const ds = await createDataSource({ url: URL, poolSize: 1 }).initialize();
  const queries = await drawQueries(ds);
  let captured = '';
  const rec = new Proxy(ds, { get(t, p, r) { if (p === 'query') return (sql: string, params: unknown[]) => { captured = sql; return t.query(sql, params); }; return Reflect.get(t, p, r); } });
  const repo = new PersonSearchRepository(rec);
  await repo.search({ name: 'Sarah Davies', limit: 10 }, null);
  const original = captured;
  const variants: Record<string, { sql: string; setup?: string }> = {};
  const which = process.argv.slice(2);
  const candidateStart = original.indexOf('candidate AS (') + 'candidate AS ('.length;
  const candidateEnd = original.indexOf('))\n', candidateStart) + 1;
  const withCandidates = (c: string) => original.slice(0, candidateStart) + c + original.slice(candidateEnd);
  const dm = `(SELECT id FROM people.person WHERE dmetaphone(family_name) = dmetaphone($2) AND dmetaphone(given_name) = dmetaphone($3) LIMIT 200)`;
  variants['current'] = { sql: original };
  variants['repo'] = { sql: '' };
  variants['gin-only-sim'] = { sql: withCandidates(`(SELECT id FROM people.person WHERE search_name % $1 ORDER BY similarity(search_name, $1) DESC LIMIT 200) UNION ${dm}`) };
  variants['gist-knn'] = { sql: withCandidates(`(SELECT id FROM people.person ORDER BY search_name <-> $1 LIMIT 200) UNION ${dm}`) };
  variants['gin-threshold-0.45'] = { sql: original, setup: `SET pg_trgm.similarity_threshold = 0.45; SET pg_trgm.word_similarity_threshold = 0.7` };
  for (const name of which) {
    const v = variants[name]!;
    await ds.query('RESET ALL');
    if (v.setup) for (const s of v.setup.split(';')) await ds.query(s);
    const run = async (q: (typeof queries)[number]) => {
      if (name === 'repo') return (await new PersonSearchRepository(ds).search({ name: q.typedName, limit: 10 }, null)).map((h) => h.id);
      const n = normaliseName(q.typedName); const parts = n.split(' ');
      const rows: { id: string }[] = await ds.query(v.sql, [n, parts.at(-1), parts.length > 1 ? parts[0] : '', null, null, null, null, 10]);
      return rows.map((r) => r.id);
    };
    for (const q of queries) await run(q);
    const lat: number[] = []; let hits = 0;
    for (const q of queries) { const t = performance.now(); const ids = await run(q); lat.push(performance.now() - t); if (ids.includes(q.personId)) hits++; }
    lat.sort((a, b) => a - b);
    console.log(name.padEnd(22), 'p50', percentile(lat, 50).toFixed(1), 'p95', percentile(lat, 95).toFixed(1), 'p99', percentile(lat, 99).toFixed(1), 'recall', (hits / queries.length * 100).toFixed(1));
  }
  await ds.destroy();
})();
