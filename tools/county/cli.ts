// `npm run county -- [options]`: generates a synthetic county into a database.
// `--demo` (the stack's seed step) adds a small county if there is none, and the fixed demo records.
import { parseArgs } from 'node:util';
import { failure, info, renderTable, seconds, success, warn } from '../stack/terminal';
import { DEFAULT_AS_AT, DEFAULT_CHILDREN, DEFAULT_SEED } from './county';
import { createPool, generateInto, hasCountyData, migrate, truncateCounty, writeDemoRecords } from './load';
import { TABLES, type TableKey } from './tables';

const DEV_DATABASE_URL = 'postgres://childfirst:childfirst@localhost:54329/childfirst';
const DEMO_CHILDREN = 300;
/** The demo county's own seed, so every developer's demo data is the same. */
const DEMO_SEED = 1;

const USAGE = `usage: npm run county -- [--children N] [--seed N] [--as-at YYYY-MM-DD] [--database-url URL] [--replace] [--demo]

  --children N        children in the county (default ${DEFAULT_CHILDREN.toLocaleString('en-GB')}, about Hertfordshire; ${DEMO_CHILDREN} with --demo)
  --seed N            the same seed and size give the same county (default ${DEFAULT_SEED})
  --as-at DATE        the day the county is generated as at (default ${DEFAULT_AS_AT})
  --database-url URL  default: $DATABASE_URL, else the dev stack's database (${DEV_DATABASE_URL.replace(/:[^:@/]+@/, ':***@')})
  --replace           empty the county's tables first (never the audit trail)
  --demo              the stack's seed: a small county if there is none, plus the fixed demo records (idempotent)
  --progress MODE     auto (bars on a terminal), plain (a line every few seconds) or none`;

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of 1 or more, not "${value}"`);
  return n;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

function printRows(rows: Map<TableKey, number>): void {
  const lines = [...rows.entries()].filter(([, n]) => n > 0).map(([key, n]) => [TABLES[key].name, n.toLocaleString('en-GB')]);
  if (lines.length > 0) console.log(renderTable(['table', 'rows'], lines));
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      children: { type: 'string' },
      seed: { type: 'string' },
      'as-at': { type: 'string' },
      'database-url': { type: 'string' },
      replace: { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      progress: { type: 'string', default: 'auto' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const demo = values.demo;
  const children = positiveInteger(values.children, '--children', demo ? DEMO_CHILDREN : DEFAULT_CHILDREN);
  const seed = values.seed === undefined ? (demo ? DEMO_SEED : DEFAULT_SEED) : positiveInteger(values.seed, '--seed', DEFAULT_SEED);
  const asAt = values['as-at'] ?? DEFAULT_AS_AT;
  const progress = values.progress as 'auto' | 'plain' | 'none';
  if (!['auto', 'plain', 'none'].includes(progress)) throw new Error('--progress must be auto, plain or none');
  const url = values['database-url'] ?? process.env.DATABASE_URL ?? DEV_DATABASE_URL;
  const startedAt = performance.now();

  info(`database: ${redact(url)}`);
  try {
    await migrate(url);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000') {
      failure(`cannot reach the database (${(error as Error).message}). Start the dev stack (npm start) or pass --database-url.`);
      return 1;
    }
    throw error;
  }

  const pool = createPool(url);
  try {
    const existing = await hasCountyData(pool);
    if (demo) {
      if (!existing) {
        info(`generating a demo county of ${children.toLocaleString('en-GB')} children (seed ${seed}, as at ${asAt})`);
        const result = await generateInto(pool, { children, seed, asAt, progress: 'none' });
        info(`demo county: ${result.families.toLocaleString('en-GB')} families, ${(result.rows.get('person') ?? 0).toLocaleString('en-GB')} people in ${seconds(result.generateMs)}`);
      } else {
        info('the database already has a county: adding only the demo records that are missing');
      }
      const added = await writeDemoRecords(pool);
      if (added.size === 0) success(`demo records present (nothing to add) in ${seconds(performance.now() - startedAt)}`);
      else {
        printRows(added);
        success(`demo records written in ${seconds(performance.now() - startedAt)}`);
      }
      return 0;
    }

    if (existing && !values.replace) {
      failure('the database already has county data (people or organisations). Use --replace to empty the county tables and generate again.');
      return 2;
    }
    if (values.replace) {
      const alsoEmptied = await truncateCounty(pool);
      if (alsoEmptied.length > 0) warn(`--replace also emptied tables that reference the county: ${alsoEmptied.join(', ')}`);
      info('county tables emptied (the audit trail is kept)');
    }
    info(`generating a county of ${children.toLocaleString('en-GB')} children (seed ${seed}, as at ${asAt})`);
    const result = await generateInto(pool, { children, seed, asAt, progress });
    printRows(result.rows);
    const total = [...result.rows.values()].reduce((sum, n) => sum + n, 0);
    success(
      `${result.children.toLocaleString('en-GB')} children in ${result.families.toLocaleString('en-GB')} families, ` +
        `${total.toLocaleString('en-GB')} rows, in ${seconds(performance.now() - startedAt)} (${Math.round(total / (result.generateMs / 1000)).toLocaleString('en-GB')} rows/s)`,
    );
    return 0;
  } finally {
    await pool.end();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    failure(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
