// Writes row batches with multi-row inserts: one statement per table and few thousand rows,
//   INSERT INTO t (a, b, c) SELECT a, b, c::text[] FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(a, b, c)
// so a statement carries one array per column, whatever the number of rows. Each batch is one
// transaction, in foreign-key order; up to `concurrency` batches are written at once.
import type pg from 'pg';
import { INSERT_ORDER, TABLES, type ColumnType, type Row, type RowBatch, type TableKey } from './tables';

export interface WriterOptions {
  rowsPerStatement?: number;
  concurrency?: number;
  /** For fixed records that may already be there (the demo): keep what exists. */
  skipExisting?: boolean;
  onRowsWritten?: (table: TableKey, rows: number) => void;
}

/** A PostgreSQL array literal for an array column, sent as text and cast in the statement. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function parameterType(type: ColumnType): string {
  return type === 'text[]' || type === 'uuid[]' ? 'text[]' : `${type}[]`;
}

function statementFor(key: TableKey, skipExisting: boolean): string {
  const { name, columns } = TABLES[key];
  const names = columns.map(([column]) => column);
  const select = columns.map(([column, type]) => (type.endsWith('[]') ? `${column}::${type}` : column));
  const params = columns.map(([, type], i) => `$${i + 1}::${parameterType(type)}`);
  return (
    `INSERT INTO ${name} (${names.join(', ')}) SELECT ${select.join(', ')} FROM unnest(${params.join(', ')}) AS u(${names.join(', ')})` +
    (skipExisting ? ' ON CONFLICT DO NOTHING' : '')
  );
}

export class CountyWriter {
  readonly written = new Map<TableKey, number>();
  private readonly rowsPerStatement: number;
  private readonly concurrency: number;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;
  private readonly statements = new Map<TableKey, string>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: WriterOptions = {},
  ) {
    this.rowsPerStatement = options.rowsPerStatement ?? 5000;
    this.concurrency = options.concurrency ?? 2;
    for (const key of INSERT_ORDER) this.statements.set(key, statementFor(key, options.skipExisting ?? false));
  }

  /** Queues a batch; waits while `concurrency` batches are being written. Throws the first failure. */
  async enqueue(batch: RowBatch): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.inFlight.size >= this.concurrency) {
      await Promise.race(this.inFlight);
      if (this.failure) throw this.failure;
    }
    const task = this.write(batch).then(
      () => undefined,
      (error: unknown) => {
        this.failure ??= error;
      },
    );
    const tracked = task.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** Waits for every queued batch; throws the first failure. */
  async flush(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }

  /** Writes one batch in one transaction. */
  async write(batch: RowBatch): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const key of INSERT_ORDER) {
        const rows = batch[key];
        for (let start = 0; start < rows.length; start += this.rowsPerStatement) {
          const slice = rows.slice(start, start + this.rowsPerStatement);
          await client.query(this.statements.get(key) as string, columnArrays(key, slice));
        }
      }
      await client.query('COMMIT');
      for (const key of INSERT_ORDER) {
        const rows = batch[key].length;
        if (rows === 0) continue;
        this.written.set(key, (this.written.get(key) ?? 0) + rows);
        this.options.onRowsWritten?.(key, rows);
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function columnArrays(key: TableKey, rows: Row[]): unknown[] {
  return TABLES[key].columns.map(([column, type]) => {
    const values = new Array<unknown>(rows.length);
    const isArray = type.endsWith('[]');
    for (let i = 0; i < rows.length; i++) {
      const value = (rows[i] as Row)[column];
      if (value === undefined) throw new Error(`${TABLES[key].name}.${column} missing in a generated row`);
      values[i] = isArray && value !== null ? arrayLiteral(value as string[]) : value;
    }
    return values;
  });
}
