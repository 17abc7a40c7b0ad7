// Drops and recreates the test database and deletes the test prefix's keys in Redis.
// Called by scripts/test.sh only; refuses a database whose name lacks "test".
const mysql = require('mysql2/promise');
const IORedis = require('ioredis');

async function main() {
  const url = new URL(process.env.DATABASE_URL);
  const database = url.pathname.slice(1);
  if (!database.includes('test')) throw new Error(`refusing to reset ${database}`);
  url.pathname = '/';
  const connection = await mysql.createConnection(url.toString());
  await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  // The migrated template that scratch databases are copied from (test/support/scratch-db.ts):
  // rebuilt from this run's migrations, in case one was edited since.
  await connection.query(`DROP DATABASE IF EXISTS \`${database}_template\``);
  await connection.end();

  const redis = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: 1 });
  const prefix = process.env.QUEUE_PREFIX || 'rftest';
  // Plain prefixes and the hash-tagged ones ({prefix-...}) a test uses for Redis Cluster.
  for (const pattern of [`${prefix}*`, `{${prefix}*`]) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  }
  await redis.quit();
}

main().catch((error) => {
  console.error(`reset-test-db: ${error.message}`);
  process.exit(1);
});
