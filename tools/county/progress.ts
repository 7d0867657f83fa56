// Progress while the county is written, on stderr: cli-progress bars on a terminal (families, then
// rows per table, each table's total projected from the families written so far), and a plain line
// every few seconds when stderr is not a terminal or CI is set.
import cliProgress from 'cli-progress';
import { TABLES, type TableKey } from './tables';

export interface Progress {
  familiesWritten(families: number): void;
  rowsWritten(table: TableKey, rows: number): void;
  stop(): void;
}

const SHOWN: readonly TableKey[] = ['person', 'address', 'familyMember', 'relationship', 'familyCase', 'teamMember', 'chronologyEntry', 'caseNote', 'consent'];

const number = (n: number) => n.toLocaleString('en-GB');

export function createProgress(totalFamilies: number, mode: 'auto' | 'plain' | 'none' = 'auto'): Progress {
  if (mode === 'none') return { familiesWritten: () => undefined, rowsWritten: () => undefined, stop: () => undefined };
  const interactive = mode === 'auto' && Boolean(process.stderr.isTTY) && !process.env.CI;
  return interactive ? new BarProgress(totalFamilies) : new LineProgress(totalFamilies);
}

class BarProgress implements Progress {
  private readonly multibar: cliProgress.MultiBar;
  private readonly families: cliProgress.SingleBar;
  private readonly bars = new Map<TableKey, cliProgress.SingleBar>();
  private readonly rows = new Map<TableKey, number>();
  private familiesDone = 0;

  constructor(private readonly totalFamilies: number) {
    this.multibar = new cliProgress.MultiBar(
      {
        stream: process.stderr,
        format: ' {label} |{bar}| {percentage}% {value}/{total} rows',
        formatValue: (value, _options, type) => (type === 'value' || type === 'total' ? number(value) : String(value)),
        hideCursor: true,
        clearOnComplete: false,
        barsize: 30,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    this.families = this.multibar.create(totalFamilies, 0, { label: 'people.family'.padEnd(24) });
    for (const key of SHOWN) this.bars.set(key, this.multibar.create(1, 0, { label: TABLES[key].name.padEnd(24) }));
  }

  familiesWritten(families: number): void {
    this.familiesDone += families;
    this.families.setTotal(Math.max(this.totalFamilies, this.familiesDone));
    this.families.update(this.familiesDone);
    for (const [key, bar] of this.bars) {
      const rows = this.rows.get(key) ?? 0;
      bar.setTotal(Math.max(rows, Math.round((rows / Math.max(1, this.familiesDone)) * this.totalFamilies)));
    }
  }

  rowsWritten(table: TableKey, rows: number): void {
    const total = (this.rows.get(table) ?? 0) + rows;
    this.rows.set(table, total);
    this.bars.get(table)?.update(total);
  }

  stop(): void {
    // Finished: every projection becomes the real count.
    for (const [key, bar] of this.bars) {
      const rows = this.rows.get(key) ?? 0;
      bar.setTotal(Math.max(1, rows));
      bar.update(rows);
    }
    this.families.setTotal(Math.max(1, this.familiesDone));
    this.families.update(this.familiesDone);
    this.multibar.stop();
  }
}

class LineProgress implements Progress {
  private readonly rows = new Map<TableKey, number>();
  private familiesDone = 0;
  private lastPrinted = performance.now();
  private readonly startedAt = performance.now();

  constructor(private readonly totalFamilies: number) {}

  familiesWritten(families: number): void {
    this.familiesDone += families;
    if (performance.now() - this.lastPrinted >= 5000) this.print();
  }

  rowsWritten(table: TableKey, rows: number): void {
    this.rows.set(table, (this.rows.get(table) ?? 0) + rows);
  }

  private print(): void {
    this.lastPrinted = performance.now();
    const percent = Math.min(100, Math.floor((this.familiesDone / Math.max(1, this.totalFamilies)) * 100));
    const tables = SHOWN.filter((key) => this.rows.has(key)).map((key) => `${TABLES[key].name.split('.')[1]} ${number(this.rows.get(key) ?? 0)}`);
    const elapsed = ((performance.now() - this.startedAt) / 1000).toFixed(0);
    process.stderr.write(`county: ${percent}% families ${number(this.familiesDone)}/~${number(this.totalFamilies)} · ${tables.join(' · ')} · ${elapsed} s\n`);
  }

  stop(): void {
    if (this.familiesDone > 0) this.print();
  }
}
