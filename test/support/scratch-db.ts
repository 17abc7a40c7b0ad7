import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/persistence';

function dataSourceFor(url: string): DataSource {
  return new DataSource(buildDataSourceOptions(loadConfig({ ...process.env, DATABASE_URL: url }, '')));
}

/** The test database's character set and collation, as scripts/reset-test-db.js creates it. */
function createDatabase(name: string, ifNotExists = false): string {
  return `CREATE DATABASE ${ifNotExists ? 'IF NOT EXISTS ' : ''}\`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;
}

function withDatabase(base: URL, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database migrated once per test database (`<test db>_template`), brought up to date when the
 * code has new migrations and rebuilt when it has migrations the code no longer knows. Running
 * every migration for each scratch database took over a minute on a loaded CI machine (a hook
 * timed out); copying the migrated tables takes a second or two.
 */
async function migratedTemplate(base: URL): Promise<string> {
  const name = `${base.pathname.slice(1)}_template`;
  const admin = await dataSourceFor(base.toString()).initialize();
  try {
    await admin.query(createDatabase(name, true));
    const template = await dataSourceFor(withDatabase(base, name)).initialize();
    try {
      const known = new Set(template.migrations.map((m) => m.name ?? m.constructor.name));
      const table = template.options.migrationsTableName ?? 'migrations';
      const applied: Array<{ name: string }> = await template
        .query(`SELECT name FROM ${table}`)
        .catch(() => []);
      if (applied.some((row) => !known.has(row.name))) {
        await template.destroy();
        await admin.query(`DROP DATABASE \`${name}\``);
        await admin.query(createDatabase(name));
        return await migratedTemplate(base);
      }
      await template.runMigrations({ transaction: 'each' });
    } finally {
      if (template.isInitialized) await template.destroy();
    }
  } finally {
    await admin.destroy();
  }
  return name;
}

/**
 * A fresh, migrated database next to the test database, for tests whose processes scan every open
 * deadline (worker start-up), so that what other test files left behind does not weigh on them.
 * Its tables (with the rows the migrations seed) are copied from the migrated template.
 */
export async function scratchDatabase(suffix: string): Promise<{ url: string; dataSource: DataSource }> {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `${base.pathname.slice(1)}_${suffix}`;
  const template = await migratedTemplate(base);
  const admin = await dataSourceFor(base.toString()).initialize();
  const runner = admin.createQueryRunner();
  try {
    await runner.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await runner.query(createDatabase(name));
    const tables: Array<{ name: string }> = await runner.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = ? AND table_type = 'BASE TABLE'`,
      [template],
    );
    // One connection: foreign keys are checked once every table and its rows are there.
    await runner.query('SET FOREIGN_KEY_CHECKS = 0');
    await runner.query(`USE \`${name}\``);
    for (const { name: table } of tables) {
      const [created] = (await runner.query(`SHOW CREATE TABLE \`${template}\`.\`${table}\``)) as Array<
        Record<string, string>
      >;
      await runner.query(created!['Create Table']!);
      await runner.query(`INSERT INTO \`${table}\` SELECT * FROM \`${template}\`.\`${table}\``);
    }
    await runner.query('SET FOREIGN_KEY_CHECKS = 1');
  } finally {
    await runner.release();
    await admin.destroy();
  }
  const url = withDatabase(base, name);
  const dataSource = await dataSourceFor(url).initialize();
  return { url, dataSource };
}
