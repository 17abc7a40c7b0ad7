import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '@app/config';

/**
 * The one data source definition, shared by the API, the worker and the migration CLI.
 * Entities and migrations are found by file name so that a feature adds its own files without
 * editing a central list.
 */
export function buildDataSourceOptions(config: AppConfig): DataSourceOptions {
  const ext = __filename.endsWith('.ts') ? 'ts' : 'js';
  const { url, replicaUrls } = config.database;
  return {
    type: 'mysql',
    url,
    // With replicas, TypeORM keeps one pool per server (mysql2's PoolCluster). Every query runner it
    // creates by default is the primary's: transactions, migrations and `db.rows`; only Database's
    // lag-tolerant reads ask for a replica (read-routing.ts).
    ...(replicaUrls.length > 0 && {
      replication: {
        master: { url },
        slaves: replicaUrls.map((replicaUrl) => ({ url: replicaUrl })),
        // A replica that failed (stopped, restarted) is offered again after 5 s instead of never.
        restoreNodeTimeout: 5000,
      },
    }),
    charset: 'utf8mb4_unicode_ci',
    // Times are stored and read as UTC; presentation converts to Asia/Shanghai.
    timezone: 'Z',
    entities: [join(__dirname, 'entities', `*.entity.${ext}`)],
    migrations: [join(__dirname, 'migrations', `*.${ext}`)],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    poolSize: config.database.poolSize,
    extra: {
      connectionLimit: config.database.poolSize,
      // Fail fast when MySQL is down so the API can answer 503 instead of hanging.
      connectTimeout: 5000,
      enableKeepAlive: true,
    },
    supportBigNumbers: true,
    bigNumberStrings: false,
  };
}

/**
 * The pipelining pool (`Database`'s pipelined transactions: a transition): the primary only, a pool
 * of its own (opened lazily, half the size of the main one: a transition holds its connection for two
 * round trips) whose connections take several statements in one round trip. `multipleStatements` is
 * set here and nowhere else: only `Database` sends SQL on this pool, and only the statements
 * repositories compile with their parameters bound by the driver.
 */
export function buildPipelineDataSourceOptions(config: AppConfig): DataSourceOptions {
  const options = buildDataSourceOptions(config) as DataSourceOptions & {
    replication?: unknown;
    extra: object;
  };
  const { replication: _replication, ...primaryOnly } = options;
  return {
    ...primaryOnly,
    name: 'pipeline',
    migrations: [],
    poolSize: pipelinePoolSize(config),
    extra: { ...options.extra, connectionLimit: pipelinePoolSize(config), multipleStatements: true },
  } as DataSourceOptions;
}

/** Connections of the pipelining pool: half of DATABASE_POOL_SIZE, at least one. */
export function pipelinePoolSize(config: AppConfig): number {
  return Math.max(1, Math.ceil(config.database.poolSize / 2));
}
