import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '@app/directory';
import { hashPassword } from '../../apps/api/src/auth/passwords';
import { createUnit, createUser, FACTORY_PASSWORD } from '../support/factories';
import { scratchDatabase } from '../support/scratch-db';
import { freePort, spawnBuilt, waitForHttp, type SpawnedApp } from '../security/support';

/**
 * Issue #15.11: with NODE_ENV=production both built apps refuse to start while a demo account or
 * an account on the published demo password is active, with one line saying what to do;
 * `npm run users:retire-demo` does it, and then they start. Runs on a database of its own.
 */
describe('production refuses the demo accounts and the demo password', () => {
  let db: DataSource;
  let url: string;
  let real: { id: string; username: string };
  const production = (port = 0) => ({
    NODE_ENV: 'production',
    DATABASE_URL: url,
    JWT_SECRET: `guard-${randomBytes(24).toString('hex')}`,
    API_HOST: '127.0.0.1',
    API_PORT: String(port),
    QUEUE_PREFIX: `${process.env.QUEUE_PREFIX ?? 'rft'}prod`,
    LOG_LEVEL: 'warn',
  });
  const exitOf = (app: SpawnedApp) =>
    new Promise<number | null>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`still running: ${app.output()}`)), 60_000);
      app.child.once('exit', (code) => {
        clearTimeout(timer);
        done(code);
      });
    });

  beforeAll(async () => {
    ({ url, dataSource: db } = await scratchDatabase('identity_prodguard'));
    const unit = await createUnit(db, null, { kind: 'government', level: 'province' });
    await createUser(db, unit.id, ['admin'], 'cj-admin'); // a demo name, whatever its password
    real = await createUser(db, unit.id, ['admin'], 'zhang.san');
    await db.query('UPDATE users SET password_hash = ? WHERE id = ?', [
      await hashPassword(DEMO_PASSWORD),
      real.id,
    ]);
    await createUser(db, unit.id, ['drafter'], 'li.si'); // a good account: no reason to refuse
  });
  afterAll(() => db?.destroy());

  it.each(['api', 'worker'] as const)(
    'the %s exits 1 with one line naming the accounts and the fix',
    async (which) => {
      const app = spawnBuilt(which, production(await freePort()));
      try {
        expect(await exitOf(app)).toBe(1);
      } finally {
        await app.stop();
      }
      const lines = app
        .output()
        .split('\n')
        .filter((line) => line.includes('Refusing to start'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /Refusing to start with NODE_ENV=production: 1 demo account\(s\) and 1 account\(s\) with the published demo password are active \(cj-admin, zhang\.san\)\. Run `npm run users:retire-demo`/,
      );
      expect(app.output()).not.toContain(DEMO_PASSWORD);
      // The good account was checked once and marked, so the next start does not verify it again.
      const [liSi] = await db.query("SELECT password_not_demo FROM users WHERE username = 'li.si'");
      expect(liSi.password_not_demo).toBe(1);
    },
  );

  it('starts once users:retire-demo has deactivated the demo account and reset the demo password', async () => {
    const { stdout } = await promisify(execFile)('node', ['dist/apps/api/src/cli/retire-demo-accounts.js'], {
      cwd: resolve(__dirname, '../..'),
      env: { ...process.env, ...production() },
    });
    expect(stdout).toContain('deactivated demo account cj-admin');
    const oneTime = /zhang\.san: one-time password (\S+) /.exec(stdout)![1];
    const rows = await db.query('SELECT username, active, must_change_password FROM users ORDER BY username');
    expect(rows.map((r: Record<string, unknown>) => ({ ...r }))).toEqual([
      { username: 'cj-admin', active: 0, must_change_password: 0 },
      { username: 'li.si', active: 1, must_change_password: 0 },
      { username: 'zhang.san', active: 1, must_change_password: 1 },
    ]);

    const port = await freePort();
    const api = spawnBuilt('api', production(port));
    try {
      await waitForHttp(`http://127.0.0.1:${port}/health/live`);
      const login = await fetch(`http://127.0.0.1:${port}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'zhang.san', password: oneTime }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { passwordChangeRequired: boolean }).passwordChangeRequired).toBe(true);
      const good = await fetch(`http://127.0.0.1:${port}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'li.si', password: FACTORY_PASSWORD }),
      });
      expect(good.status).toBe(200);
    } finally {
      await api.stop();
    }
  });
});
