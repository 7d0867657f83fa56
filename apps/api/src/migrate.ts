// Applies pending migrations, then exits. Run before the api and workers start (tools/stack does).
import 'reflect-metadata';
import { createDataSource, loadServerConfig } from '@childfirst/server';

async function migrate(): Promise<void> {
  const config = loadServerConfig();
  const dataSource = await createDataSource({ url: config.DATABASE_URL, applicationName: 'childfirst-migrate' }).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `applied ${applied.map((m) => m.name).join(', ')}` : 'database schema is up to date');
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((error: unknown) => {
  console.error('Migration failed:', error);
  process.exit(1);
});
