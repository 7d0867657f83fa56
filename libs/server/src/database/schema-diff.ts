import type { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to make the database match the entities. After all migrations have
 * run this must be empty: otherwise an entity changed without a migration (or the reverse).
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}
