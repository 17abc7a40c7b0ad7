import type { DataSource } from 'typeorm';

export class SchemaBehindError extends Error {
  constructor(pending: string[]) {
    super(
      `The database schema is behind (${pending.length} pending migration(s): ${pending.join(', ')}). ` +
        'Run `npm run migration:run` (after `npm run build`) and start again.',
    );
    this.name = 'SchemaBehindError';
  }
}

/** Both apps refuse to start against a schema that is behind the code. */
export async function assertSchemaCurrent(dataSource: DataSource): Promise<void> {
  const rows: Array<{ name: string }> = await dataSource
    .query(`SELECT name FROM ${dataSource.options.migrationsTableName ?? 'migrations'}`)
    .catch(() => []);
  const applied = new Set(rows.map((r) => r.name));
  const pending = dataSource.migrations
    .map((m) => m.name ?? m.constructor.name)
    .filter((n) => !applied.has(n));
  if (pending.length > 0) throw new SchemaBehindError(pending);
}
