// Putting a county into a database: migrations, the "already has county data" guard, --replace,
// the generator feeding the writer, and the demo records.
import 'reflect-metadata';
import pg from 'pg';
import { createDataSource } from '@childfirst/server';
import { CountyGenerator, type CountyOptions } from './county';
import { demoBatch } from './demo';
import { FIXED_ID_PREFIX } from './fixed-ids';
import { createProgress } from './progress';
import { COUNTY_TABLES, INSERT_ORDER, TABLES, type TableKey } from './tables';
import { CountyWriter } from './writer';

export interface LoadResult {
  rows: Map<TableKey, number>;
  families: number;
  children: number;
  generateMs: number;
}

/** Applies the platform's migrations (the county writes only into tables they create). */
export async function migrate(url: string): Promise<void> {
  const dataSource = await createDataSource({ url, applicationName: 'childfirst-county-migrate', poolSize: 1 }).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export function createPool(url: string, connections = 3): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: connections,
    application_name: 'childfirst-county',
    // A crash loses at most the last moments of generated data, never consistency; much faster.
    options: '-c synchronous_commit=off',
  });
}

/** True when the database holds people or organisations other than the fixed demo records. */
export async function hasCountyData(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM people.person WHERE id::text NOT LIKE $1)
         OR EXISTS (SELECT 1 FROM agencies.organisation WHERE id::text NOT LIKE $1) AS found`,
    [`${FIXED_ID_PREFIX}%`],
  );
  return rows[0]?.found ?? false;
}

/**
 * Empties the county's tables. TRUNCATE … CASCADE also empties tables that reference them (the
 * referrals, which point at families); those are returned so the caller can say so. The audit
 * trail references nothing and is append-only (its trigger refuses TRUNCATE): it is never touched.
 */
export async function truncateCounty(pool: pg.Pool): Promise<string[]> {
  // Only the tables this database's migrations have created.
  const present = await pool.query<{ name: string }>(`SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NOT NULL`, [COUNTY_TABLES]);
  const tables = present.rows.map((r) => r.name);
  const { rows } = await pool.query<{ name: string }>(
    `SELECT DISTINCT c.conrelid::regclass::text AS name
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.confrelid::regclass::text = ANY($1) AND NOT (c.conrelid::regclass::text = ANY($1))`,
    [tables],
  );
  const dependants = rows.map((r) => r.name).sort();
  if (dependants.some((name) => name.startsWith('audit.'))) throw new Error(`refusing to truncate: ${dependants.join(', ')} would be emptied too`);
  await pool.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
  return dependants;
}

export interface GenerateOptions extends CountyOptions {
  progress?: 'auto' | 'plain' | 'none';
  familiesPerBatch?: number;
  concurrency?: number;
}

/** Generates the county and writes it; the database must have no county data. */
export async function generateInto(pool: pg.Pool, options: GenerateOptions): Promise<LoadResult> {
  const startedAt = performance.now();
  const generator = new CountyGenerator(options);
  const progress = createProgress(generator.estimatedFamilies, options.progress ?? 'auto');
  const writer = new CountyWriter(pool, { concurrency: options.concurrency ?? 2, onRowsWritten: (table, rows) => progress.rowsWritten(table, rows) });
  // The county-wide teams have fixed ids and may already be there with the demo records.
  await new CountyWriter(pool, { skipExisting: true, onRowsWritten: (table, rows) => writer.written.set(table, (writer.written.get(table) ?? 0) + rows) }).write(generator.agencyBatch());
  let families = 0;
  let children = 0;
  try {
    for (const chunk of generator.familyBatches(options.familiesPerBatch ?? 2000)) {
      await writer.enqueue(chunk.batch);
      families += chunk.families;
      children += chunk.children;
      progress.familiesWritten(chunk.families);
    }
    await writer.flush();
  } finally {
    progress.stop();
  }
  // Fresh statistics, so the first queries against the new county get sensible plans.
  await pool.query(`ANALYZE ${INSERT_ORDER.map((key) => TABLES[key].name).join(', ')}`);
  return { rows: writer.written, families, children, generateMs: performance.now() - startedAt };
}

/** Writes the fixed demo records, keeping any that are already there; returns the rows added. */
export async function writeDemoRecords(pool: pg.Pool): Promise<Map<TableKey, number>> {
  const writer = new CountyWriter(pool, { skipExisting: true });
  // Count what was really inserted (ON CONFLICT DO NOTHING skips rows silently).
  const before = await tableCounts(pool);
  await writer.write(demoBatch());
  const after = await tableCounts(pool);
  const added = new Map<TableKey, number>();
  for (const key of INSERT_ORDER) {
    const delta = (after.get(key) ?? 0) - (before.get(key) ?? 0);
    if (delta !== 0) added.set(key, delta);
  }
  return added;
}

export async function tableCounts(pool: pg.Pool): Promise<Map<TableKey, number>> {
  const { rows } = await pool.query<{ key: TableKey; n: string }>(
    INSERT_ORDER.map((key) => `SELECT '${key}' AS key, count(*) AS n FROM ${TABLES[key].name}`).join(' UNION ALL '),
  );
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}
