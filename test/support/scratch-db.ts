import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/persistence';

/**
 * A fresh, migrated database next to the test database, for tests whose processes scan every open
 * deadline (worker start-up), so that what other test files left behind does not weigh on them.
 */
export async function scratchDatabase(suffix: string): Promise<{ url: string; dataSource: DataSource }> {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `${base.pathname.slice(1)}_${suffix}`;
  const admin = await new DataSource(buildDataSourceOptions(loadConfig({ ...process.env }, ''))).initialize();
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.destroy();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const dataSource = await new DataSource(
    buildDataSourceOptions(loadConfig({ ...process.env, DATABASE_URL: url.toString() }, '')),
  ).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return { url: url.toString(), dataSource };
}
