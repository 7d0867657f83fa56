// What a benchmark is: a named run against the bench database that returns a section of
// BENCHMARKS.md. tools/bench/run.ts runs every `*.bench.ts` in this folder that exports one.
import type { DataSource } from 'typeorm';
import type { LoadResult } from '../county/load';
import type { BenchDatabase } from './bench-postgres';

export interface CountyInfo {
  children: number;
  persons: number;
  /** How long generating and writing it took; undefined when an earlier `--keep` run's county was reused. */
  generation?: LoadResult;
}

export interface BenchContext {
  db: BenchDatabase;
  /** The platform's TypeORM data source on the bench database (migrations applied). */
  dataSource: DataSource;
  /**
   * A synthetic county with at least `minPersons` people, generated once per run and shared by
   * the benchmarks that ask for one (the biggest request wins, so ask before generating).
   */
  county(minPersons: number): Promise<CountyInfo>;
  log(message: string): void;
}

export interface BenchResult {
  /** A markdown section for BENCHMARKS.md, starting with a `##` heading. */
  markdown: string;
  /** Whether every target the benchmark sets was met (benchmarks without targets say true). */
  targetsMet: boolean;
  /** One line per figure for the console. */
  summary: string[];
}

export interface Benchmark {
  /** Short name for `npm run bench -- --only <name>`. */
  name: string;
  title: string;
  /** The people it needs in the county, so a shared county is generated once, big enough for all. */
  minPersons?: number;
  run(context: BenchContext): Promise<BenchResult>;
}

/** The value below which `p` per cent of the sorted samples fall (nearest-rank method). */
export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[Math.min(sortedAscending.length, Math.max(1, rank)) - 1] as number;
}

export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function count(n: number): string {
  return n.toLocaleString('en-GB');
}
