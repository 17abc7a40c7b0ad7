import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import mysql from 'mysql2/promise';

// These start the built apps (scripts/test.sh builds first) as a user would.
const ROOT = resolve(__dirname, '../..');
const run = (app: 'api' | 'worker', env: Record<string, string>) =>
  spawnSync('node', [`dist/apps/${app}/src/main.js`], {
    cwd: ROOT,
    env: { ...process.env, ...env, API_PORT: '0' },
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('start-up refuses a configuration or schema it cannot use', () => {
  it.each(['api', 'worker'] as const)(
    '%s: DATABASE_URL=nonsense fails at once with one line naming it',
    (app) => {
      const result = run(app, { DATABASE_URL: 'nonsense' });
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Invalid configuration: DATABASE_URL: expected a URL like mysql:\/\//);
    },
  );

  it('lists every bad variable in that line', () => {
    const result = run('api', { DATABASE_URL: 'nonsense', API_PORT: 'x', LOG_LEVEL: 'loud' });
    expect(result.stderr).toMatch(/DATABASE_URL: .*LOG_LEVEL: /);
  });

  it.each(['api', 'worker'] as const)(
    '%s refuses to start against a schema that is behind and says what to run',
    async (app) => {
      const url = new URL(process.env.DATABASE_URL!);
      const empty = `${url.pathname.slice(1)}_empty`;
      const admin = await mysql.createConnection({ ...connectionOf(url), database: undefined });
      await admin.query(`CREATE DATABASE IF NOT EXISTS \`${empty}\``);
      await admin.end();
      url.pathname = `/${empty}`;
      const result = run(app, { DATABASE_URL: url.toString() });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/The database schema is behind .*Run `npm run migration:run`/);
    },
  );
});

function connectionOf(url: URL) {
  return {
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}
