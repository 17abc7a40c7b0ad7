/** `npm run seed:demo`: loads the demo units and users (once); `npm run demo:logins` lists the logins. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { DEMO_PASSWORD, seedDemo, UnitRepository, UserRepository } from '@app/directory';
import { buildDataSourceOptions, Database, Transactions } from '@app/persistence';
import { hashPassword } from '../auth/passwords';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.isProduction) {
    console.log('seed:demo: skipped (NODE_ENV=production)');
    return;
  }
  const dataSource = await new DataSource(buildDataSourceOptions(config)).initialize();
  try {
    const db = new Database(dataSource);
    const stores = {
      transactions: new Transactions(db),
      units: new UnitRepository(db),
      users: new UserRepository(db),
    };
    const result = await seedDemo(stores, await hashPassword(DEMO_PASSWORD));
    console.log(result.created ? 'Demo data loaded.' : 'Demo data already present.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`seed:demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
