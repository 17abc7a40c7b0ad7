/**
 * `npm run migration:run`: applies pending migrations. The schema is never synchronised from entities.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '../data-source-options';

async function main(): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions(loadConfig()));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      applied.length === 0
        ? 'migrations: schema is up to date'
        : `migrations: applied ${applied.map((m) => m.name).join(', ')}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`migrations failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
