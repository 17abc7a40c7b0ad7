import { DataSource } from 'typeorm';
import { AccountSafety1764100000000 } from '../../libs/persistence/src/migrations/1764100000000-account-safety';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, unitById, uniqueName } from '../support/factories';
import { scratchDatabase } from '../support/scratch-db';

/**
 * Issue #15.8 (usernames): look-alike spellings of a name — full-width letters, other case, spaces
 * around it — are the same name (NFKC, trimmed, lower case) and share its throttle and lock-out;
 * invisible characters are refused; a combining mark makes another name, which no account has.
 */
describe('usernames: one spelling per account', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let unitId: string;
  let adminToken: string;
  const login = (username: string, password: string) =>
    api.http().post('/auth/login').send({ username, password });
  const fullWidth = (name: string) =>
    [...name].map((c) => (/[a-z0-9-]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_THROTTLE_PER_MINUTE: '1000' } });
    const demo = await loadDemo(api.dataSource);
    const county = await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.cj), {
      kind: 'government',
      level: 'county',
      name: uniqueName('同名县'),
    });
    unitId = county.id;
    const admin = await createUser(api.dataSource, county.id, ['admin']);
    adminToken = await tokenFor(api.http, admin.username, FACTORY_PASSWORD);
  });
  afterAll(() => api?.app.close());

  it('counts every look-alike against the one per-account throttle', async () => {
    // An API of its own with a small limit; lock-out far away, so only the throttle can answer 429.
    const strict = await startApi({
      env: { LOGIN_THROTTLE_PER_MINUTE: '5', LOGIN_LOCK_AFTER_FAILURES: '100' },
    });
    const attempt = (username: string) =>
      strict.http().post('/auth/login').send({ username, password: 'wrong' });
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const spellings = [
      user.username,
      fullWidth(user.username),
      user.username.toUpperCase(),
      `${user.username} `,
      `${user.username}\u200b`,
    ];
    try {
      for (const spelling of spellings) expect((await attempt(spelling)).status).not.toBe(429);
      const next = await attempt(` ${fullWidth(user.username.toUpperCase())} `);
      expect(next.status).toBe(429);
      // Another account from the same place is not held back: the budget was the name's.
      expect((await attempt(uniqueName('other'))).status).toBe(401);
    } finally {
      await strict.app.close();
    }
  });

  it('logs a full-width, upper-case or padded spelling into the one account it spells', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    for (const spelling of [fullWidth(user.username), user.username.toUpperCase(), ` ${user.username}\t`]) {
      const res = await login(spelling, FACTORY_PASSWORD);
      expect({ spelling, status: res.status }).toEqual({ spelling, status: 200 });
    }
  });

  it('refuses invisible characters with a clear 400, and lets no combining mark into the account', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const [head, tail] = [user.username.slice(0, 3), user.username.slice(3)];
    for (const [spelling, codePoint] of [
      [`${head}\u200b${tail}`, 'U+200B'],
      [`${user.username}\u200d`, 'U+200D'],
      [`\u2066${user.username}`, 'U+2066'],
      [`${head}\u00ad${tail}`, 'U+00AD'],
    ]) {
      const res = await login(spelling, FACTORY_PASSWORD);
      expect({ codePoint, status: res.status, error: res.body.error }).toEqual({
        codePoint,
        status: 400,
        error: 'USERNAME_INVALID',
      });
      expect(res.body.message).toContain(`invisible or control character (${codePoint})`);
    }
    const accented = await login(`${user.username}\u0301`, FACTORY_PASSWORD);
    expect(accented.status).toBe(401);
    const accentedInside = await login(`${head}\u0301${tail}`, FACTORY_PASSWORD);
    expect(accentedInside.status).toBe(401);
  });

  it('normalises a new username at creation and refuses one with invisible characters', async () => {
    const base = uniqueName('new');
    const post = (username: string) =>
      api
        .http()
        .post('/users')
        .set({ Authorization: `Bearer ${adminToken}` })
        .send({ unitId, username, displayName: '新人', password: 'Fresh-pass-2026', roles: [] });
    const created = await post(` ${fullWidth(base).toUpperCase()} `);
    expect(created.status).toBe(201);
    expect(created.body.username).toBe(base);
    const twin = await post(base.toUpperCase());
    expect(twin.status).toBe(409);
    const hidden = await post(`${base}\u200bx`);
    expect(hidden.status).toBe(400);
    expect(hidden.body.message).toMatch(/username must be 3-64 lower-case letters/);
  });

  it('the migration normalises stored usernames to the spelling logins now look up', async () => {
    const scratch = await scratchDatabase('identity_usernames');
    const db: DataSource = scratch.dataSource;
    try {
      // The schema as it was before the migration, holding names stored by older code or by hand.
      await db.query('ALTER TABLE users DROP COLUMN must_change_password, DROP COLUMN password_not_demo');
      const root = await createUnit(db, null, { kind: 'government', level: 'province' });
      const stored = ['ＯＬＤ-Admin', ' padded-name ', 'Mixed.Case'];
      for (const username of stored)
        await db.query(
          `INSERT INTO users (id, unit_id, username, display_name, password_hash, active, failed_logins, created_at, updated_at)
           VALUES (UUID(), ?, ?, 'x', 'x', 1, 0, NOW(), NOW())`,
          [root.id, username],
        );
      const runner = db.createQueryRunner();
      await new AccountSafety1764100000000().up(runner);
      await runner.release();
      const names = (await db.query('SELECT username FROM users ORDER BY username')).map(
        (r: { username: string }) => r.username,
      );
      expect(names).toEqual(['mixed.case', 'old-admin', 'padded-name']);
    } finally {
      await db.destroy();
    }
  });
});
