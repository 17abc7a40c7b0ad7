/** `npm run seed:demo`: loads the demo units and users (once) and prints the demo logins. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '@app/directory';
import { buildDataSourceOptions } from '@app/persistence';
import { hashPassword } from '../auth/passwords';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.isProduction) {
    console.log('seed:demo: skipped (NODE_ENV=production)');
    return;
  }
  const dataSource = await new DataSource(buildDataSourceOptions(config)).initialize();
  try {
    const result = await seedDemo(dataSource, await hashPassword(DEMO_PASSWORD));
    console.log(result.created ? 'Demo data loaded.' : 'Demo data already present.');
    console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) {
      const roles = user.roles.map((r) => (Array.isArray(r) ? r[0] : r)).join(', ');
      console.log(`  ${user.username.padEnd(16)} ${roles.padEnd(16)} ${user.displayName}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`seed:demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
