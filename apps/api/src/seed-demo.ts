// Seeds the demo data of `npm start`. Idempotent: running it again changes nothing.
import 'reflect-metadata';
import { FamilyAccountEntity, FamilyEntity, createDataSource, loadServerConfig } from '@childfirst/server';
import { demoFamilies } from './demo/demo-families';

async function seedDemo(): Promise<void> {
  const config = loadServerConfig();
  const dataSource = await createDataSource({ url: config.DATABASE_URL, applicationName: 'childfirst-seed' }).initialize();
  try {
    await dataSource.transaction(async (manager) => {
      for (const family of demoFamilies) {
        await manager.createQueryBuilder().insert().into(FamilyEntity)
          .values({ id: family.id, reference: family.reference, familyName: family.familyName, version: 1 })
          .orIgnore().execute();
        for (const account of family.accounts) {
          await manager.createQueryBuilder().insert().into(FamilyAccountEntity)
            .values({ subject: account.subject, familyId: family.id, displayName: account.displayName })
            .orIgnore().execute();
        }
      }
    });
    console.log(`demo data present: ${demoFamilies.length} families`);
  } finally {
    await dataSource.destroy();
  }
}

seedDemo().catch((error: unknown) => {
  console.error('Seeding demo data failed:', error);
  process.exit(1);
});
