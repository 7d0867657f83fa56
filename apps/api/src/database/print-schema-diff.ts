// Prints the SQL a new migration needs (entities vs. database after all migrations).
// Usage: node tools/run-ts.cjs apps/api/src/database/print-schema-diff.ts
import 'reflect-metadata';
import { createDataSource, pendingSchemaChanges } from '@childfirst/server';
import { loadServerConfig } from '@childfirst/server';

async function printSchemaDiff(): Promise<void> {
  const config = loadServerConfig();
  const dataSource = createDataSource({ url: config.DATABASE_URL, applicationName: 'childfirst-schema-diff' });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const changes = await pendingSchemaChanges(dataSource);
    process.stdout.write(changes.length ? `${changes.join(';\n')};\n` : '-- entities and migrations agree\n');
  } finally {
    await dataSource.destroy();
  }
}

printSchemaDiff().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
