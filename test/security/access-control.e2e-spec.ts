import { randomUUID } from 'node:crypto';
import { ManualClock } from '@app/common';
import { DEMO_PASSWORD } from '@app/directory';
import { startApi } from '../support/apps';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { errorShapeProblem, sandbox } from './support';

/**
 * Part 4 of issue #9 beyond the matrix (test/identity/authorization-matrix.*): brute-force login,
 * token replay after logout, privilege escalation through role grants, and enumeration of ids.
 */
const login = (api: Awaited<ReturnType<typeof startApi>>, username: string, password: string) =>
  api.http().post('/auth/login').send({ username, password });

describe('brute-force login: throttled, then locked with a clear message', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let unitId: string;
  // The per-account throttle counts requests per minute of Date.now(); the failures per address and
  // the lock-out read the app's clock. Moving both on by a minute lets a test wait without waiting.
  const realNow = Date.now.bind(Date);
  const clock = new ManualClock(new Date());
  let shift = 0;
  const aMinuteLater = () => {
    shift += 61_000;
    clock.advance(61_000);
  };

  beforeAll(async () => {
    jest.spyOn(Date, 'now').mockImplementation(() => realNow() + shift);
    api = await startApi({
      clock,
      env: { LOGIN_THROTTLE_PER_MINUTE: '5', LOGIN_LOCK_AFTER_FAILURES: '5', LOGIN_LOCK_MINUTES: '15' },
    });
    unitId = (await sandbox(api.http, api.dataSource, '爆破测试')).county.id;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api?.app.close();
  });

  it('throttles a guessed account (429), then keeps it locked (423) even for the right password', async () => {
    aMinuteLater();
    const victim = await createUser(api.dataSource, unitId, ['drafter']);
    const bystander = await createUser(api.dataSource, unitId, ['drafter']);
    const statuses: number[] = [];
    let throttled: Awaited<ReturnType<typeof login>> | null = null;
    for (const guess of ['123456', 'password', 'Demo@2025!x', 'qwerty', 'admin123', 'abc123', 'letmein']) {
      const res = await login(api, victim.username, guess);
      statuses.push(res.status);
      if (res.status === 429) throttled = res;
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(errorShapeProblem(429, throttled!.body)).toBeNull();
    expect(throttled!.body).toMatchObject({
      error: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/^Too many login attempts for this account; try again in \d+ s$/),
      details: { scope: 'account', retryAfterSeconds: expect.any(Number) },
    });
    expect(
      Number(throttled!.headers['retry-after-per-account'] ?? throttled!.headers['retry-after']),
    ).toBeGreaterThan(0);
    // Throttled, the right password is not even tried: the throttle is no password oracle.
    expect((await login(api, victim.username, victim.password)).status).toBe(429);

    aMinuteLater();
    const locked = await login(api, victim.username, victim.password);
    expect(locked.status).toBe(423);
    expect(errorShapeProblem(423, locked.body)).toBeNull();
    expect(locked.body).toMatchObject({
      error: 'ACCOUNT_LOCKED',
      message: expect.stringMatching(
        /locked after too many failed logins from browsers it was never used on; log in from a browser you have used it on before, try again after \d{4}-\d\d-\d\d \d\d:\d\d（北京时间） or ask your administrator/,
      ),
      details: { lockedUntil: expect.any(String), scope: 'account' },
    });
    expect(new Date(locked.body.details.lockedUntil).getTime() - realNow()).toBeGreaterThan(14 * 60_000);
    // The lock is per account: another user of the same unit logs in.
    expect((await login(api, bystander.username, bystander.password)).status).toBe(200);
    // A wrong password answers like an unknown user: no hint which part was wrong.
    const wrong = await login(api, bystander.username, 'nope');
    const unknown = await login(api, uniqueName('nobody'), 'nope');
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('throttles spraying many accounts from one address, and refresh-token guessing', async () => {
    aMinuteLater();
    const statuses: number[] = [];
    for (let i = 0; i < 17; i++) statuses.push((await login(api, uniqueName('spray'), 'Spring2025!')).status);
    // 3 x 5 failures a minute per address, whatever the account names.
    expect(statuses).toEqual([...Array(15).fill(401), 429, 429]);
    aMinuteLater();
    // Guessed refresh tokens name a new session each time, so the address limit is what stops them
    // (the 256-bit secret is what makes guessing hopeless in the first place).
    const refresh: number[] = [];
    for (let i = 0; i < 17; i++) {
      refresh.push(
        (
          await api
            .http()
            .post('/auth/refresh')
            .send({ refreshToken: `${randomUUID()}.guess${i}` })
        ).status,
      );
    }
    expect(refresh).toEqual([...Array(15).fill(401), 429, 429]);
  });
});

describe('sessions, escalation and enumeration', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let sb: Awaited<ReturnType<typeof sandbox>>;

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    sb = await sandbox(api.http, api.dataSource, '越权测试');
  });
  afterAll(() => api?.app.close());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  describe('token replay after logout', () => {
    it('refuses the access token and the refresh token of a logged-out session everywhere, at once', async () => {
      const user = await createUser(api.dataSource, sb.county.id, ['drafter']);
      const first = (await login(api, user.username, user.password).expect(200)).body;
      const second = (await login(api, user.username, user.password).expect(200)).body;
      await api.http().get('/me').set(as(first.accessToken)).expect(200);
      await api.http().post('/auth/logout').set(as(first.accessToken)).expect(204);
      const replays: Array<[string, () => ReturnType<ReturnType<typeof api.http>['get']>]> = [
        ['GET /me', () => api.http().get('/me')],
        ['GET /reports', () => api.http().get('/reports')],
        ['GET /work-queue', () => api.http().get('/work-queue')],
        ['GET /notifications', () => api.http().get('/notifications')],
        ['POST /reports', () => api.http().post('/reports').send({ unitId: sb.county.id, reportYear: 2030 })],
        ['POST /auth/logout', () => api.http().post('/auth/logout')],
      ];
      for (const [what, replay] of replays) {
        const res = await replay().set(as(first.accessToken));
        expect({ what, status: res.status, error: res.body.error }).toEqual({
          what,
          status: 401,
          error: 'SESSION_ENDED',
        });
      }
      const refresh = await api.http().post('/auth/refresh').send({ refreshToken: first.refreshToken });
      expect(refresh.status).toBe(401);
      expect(refresh.body.error).toBe('INVALID_REFRESH_TOKEN');
      // Logging out ends that session only; the same user's other session goes on.
      await api.http().get('/me').set(as(second.accessToken)).expect(200);
      const rotated = await api
        .http()
        .post('/auth/refresh')
        .send({ refreshToken: second.refreshToken })
        .expect(200);
      await api.http().get('/me').set(as(rotated.body.accessToken)).expect(200);
      // And nothing was created with the replayed token.
      const [{ n }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM reports WHERE created_by = ?', [
        user.id,
      ]);
      expect(Number(n)).toBe(0);
    });

    it('refuses a refresh token that was rotated (and ends the session), or is malformed', async () => {
      const user = await createUser(api.dataSource, sb.county.id, ['drafter']);
      const pair = (await login(api, user.username, user.password).expect(200)).body;
      const next = (
        await api.http().post('/auth/refresh').send({ refreshToken: pair.refreshToken }).expect(200)
      ).body;
      await api.http().post('/auth/refresh').send({ refreshToken: pair.refreshToken }).expect(401);
      await api.http().get('/me').set(as(next.accessToken)).expect(401);
      const [sessionId, secret] = (pair.refreshToken as string).split('.');
      for (const forged of [
        `${sessionId}.${'A'.repeat(secret.length)}`,
        `${sessionId}`,
        `你好.${secret}`,
        `${sessionId}.${secret}.extra`,
        `../../${sessionId}.${secret}`,
        `${pair.accessToken}`,
      ]) {
        const res = await api
          .http()
          .post('/auth/refresh')
          .send({ refreshToken: forged.slice(0, 200) });
        expect({ forged: forged.slice(0, 20), status: res.status }).toEqual({
          forged: forged.slice(0, 20),
          status: 401,
        });
        expect(errorShapeProblem(401, res.body)).toBeNull();
      }
    });

    it('takes a removed role away from a token already issued', async () => {
      const user = await createUser(api.dataSource, sb.county.id, ['drafter']);
      const token = await tokenFor(api.http, user.username, FACTORY_PASSWORD);
      await api
        .http()
        .post('/reports')
        .set(as(token))
        .send({ unitId: sb.county.id, reportYear: 2031 })
        .expect(201);
      await api.http().delete(`/users/${user.id}/roles/drafter`).set(as(sb.bossToken)).expect(200);
      const after = await api
        .http()
        .post('/reports')
        .set(as(token))
        .send({ unitId: sb.county.id, reportYear: 2032 });
      expect(after.status).toBe(403);
      expect(after.body.error).toBe('ROLE_REQUIRED');
    });
  });

  describe('privilege escalation by role assignment', () => {
    // The county's own admin: its reach is the county and the bureau below it, not the prefecture.
    let countyAdmin: { id: string; token: string };
    let bureauUser: string;
    let siblingUser: string;

    beforeAll(async () => {
      const admin = await createUser(api.dataSource, sb.county.id, ['admin']);
      countyAdmin = { id: admin.id, token: await tokenFor(api.http, admin.username, FACTORY_PASSWORD) };
      bureauUser = (await createUser(api.dataSource, sb.bureau.id, ['drafter'])).id;
      const sibling = await createUnit(api.dataSource, sb.prefecture, {
        kind: 'government',
        level: 'county',
      });
      siblingUser = (await createUser(api.dataSource, sibling.id, ['drafter'])).id;
    });

    const roleCount = async () =>
      Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM user_roles'))[0].n);

    it('cannot grant anyone, itself included, a role above its own subtree', async () => {
      const before = await roleCount();
      const attempts: Array<[string, string, object, number]> = [
        ['itself admin of the prefecture', countyAdmin.id, { role: 'admin', unitId: sb.prefecture.id }, 404],
        [
          'itself coordinator of the prefecture',
          countyAdmin.id,
          { role: 'coordinator', unitId: sb.prefecture.id },
          404,
        ],
        ['a bureau user admin two levels up', bureauUser, { role: 'admin', unitId: sb.prefecture.id }, 400],
        ['a bureau user drafter of the county', bureauUser, { role: 'drafter', unitId: sb.county.id }, 400],
        ['a user of a sibling county anything', siblingUser, { role: 'drafter' }, 404],
        ['a user of the demo region admin', sb.demo.userIds['xj-admin'], { role: 'admin' }, 404],
      ];
      for (const [what, userId, grant, status] of attempts) {
        const res = await api.http().post(`/users/${userId}/roles`).set(as(countyAdmin.token)).send(grant);
        expect({ what, status: res.status }).toEqual({ what, status });
        expect(errorShapeProblem(res.status, res.body)).toBeNull();
      }
      // Within its reach it may: the bureau user becomes coordinator of the county (the parent).
      await api
        .http()
        .post(`/users/${bureauUser}/roles`)
        .set(as(countyAdmin.token))
        .send({ role: 'coordinator', unitId: sb.county.id })
        .expect(201);
      expect(await roleCount()).toBe(before + 1);
    });

    it('cannot create a user holding power above its subtree, nor in another subtree', async () => {
      const users = async () => Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM users'))[0].n);
      const before = await users();
      const base = { displayName: '越权', password: 'Escalate-2025x' };
      const attempts: Array<[string, object, number]> = [
        [
          'an admin of the prefecture',
          { unitId: sb.county.id, roles: [{ role: 'admin', unitId: sb.prefecture.id }] },
          404,
        ],
        ['a user in the prefecture above', { unitId: sb.prefecture.id, roles: [{ role: 'drafter' }] }, 404],
        [
          'a user in its own county as coordinator',
          { unitId: sb.county.id, roles: [{ role: 'coordinator', unitId: sb.prefecture.id }] },
          404,
        ],
        ['a user in a foreign prefecture', { unitId: sb.demo.unitIds['yn-transport'], roles: [] }, 404],
      ];
      for (const [what, body, status] of attempts) {
        const res = await api
          .http()
          .post('/users')
          .set(as(countyAdmin.token))
          .send({ ...base, ...body, username: uniqueName('esc') });
        expect({ what, status: res.status }).toEqual({ what, status });
      }
      expect(await users()).toBe(before);
    });

    it('cannot strip or deactivate power held above it', async () => {
      // A bureau user made admin of the county by the prefecture's boss.
      const deputy = await createUser(api.dataSource, sb.bureau.id, [['admin', sb.county.id]]);
      const strip = await api
        .http()
        .delete(`/users/${deputy.id}/roles/admin?unitId=${sb.county.id}`)
        .set(as(countyAdmin.token));
      expect(strip.status).toBe(200); // the county is within the county admin's reach
      const high = await createUser(api.dataSource, sb.prefecture.id, ['admin']);
      await api.http().delete(`/users/${high.id}/roles/admin`).set(as(countyAdmin.token)).expect(404);
      await api.http().post(`/users/${high.id}/deactivate`).set(as(countyAdmin.token)).expect(404);
      const self = await api.http().post(`/users/${countyAdmin.id}/deactivate`).set(as(countyAdmin.token));
      expect(self.status).toBe(409);
      expect(self.body.error).toBe('CANNOT_DEACTIVATE_SELF');
    });

    it('does not let roles without admin grant anything', async () => {
      for (const role of ['drafter', 'coordinator', 'unit_leader'] as const) {
        const user = await createUser(api.dataSource, sb.county.id, [role]);
        const token = await tokenFor(api.http, user.username, FACTORY_PASSWORD);
        const res = await api.http().post(`/users/${user.id}/roles`).set(as(token)).send({ role: 'admin' });
        expect({ role, status: res.status, error: res.body.error }).toEqual({
          role,
          status: 403,
          error: 'ROLE_REQUIRED',
        });
      }
    });
  });

  describe('enumeration of ids', () => {
    it('hands out UUIDv7 ids: 74 random bits, never sequential', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const res = await api
          .http()
          .post('/reports')
          .set(as(sb.bossToken))
          .send({ unitId: sb.bureau.id, reportYear: 2001 + i })
          .expect(201);
        ids.push(res.body.id);
      }
      for (const id of ids)
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // The last 62 bits are random: neighbours share none of them in order.
      const tails = ids.map((id) => BigInt(`0x${id.slice(19).replace('-', '')}`) & ((1n << 62n) - 1n));
      expect(new Set(tails).size).toBe(ids.length);
      const gaps = tails.slice(1).map((t, i) => (t > tails[i] ? t - tails[i] : tails[i] - t));
      expect(gaps.every((gap) => gap > 1n << 20n)).toBe(true);
    });

    it('answers a foreign id exactly like an id that does not exist', async () => {
      // A complete, foreign world: the demo prefecture 伊犁州, seen from our sandbox.
      const ynToken = await tokenFor(api.http, 'yn-drafter', DEMO_PASSWORD);
      const foreignReport = (
        await api
          .http()
          .post('/reports')
          .set(as(ynToken))
          .send({
            unitId: sb.demo.unitIds['yn-transport'],
            reportYear: 2001 + Math.floor(Math.random() * 99),
          })
      ).body.id as string | undefined;
      const foreign = {
        report: foreignReport ?? (await anyId('reports', sb.demo.unitIds['yn-transport'])),
        unit: sb.demo.unitIds['yn-transport'],
        user: sb.demo.userIds['yn-drafter'],
      };
      const missing = '01900000-0000-7000-8000-000000000000';
      const probes: Array<[string, (id: string) => string, string]> = [
        ['GET /reports/:id', (id) => `/reports/${id}`, foreign.report],
        ['GET /reports/:id/history', (id) => `/reports/${id}/history`, foreign.report],
        ['GET /reports/:id/revisions', (id) => `/reports/${id}/revisions`, foreign.report],
        ['GET /reports/:id/attachments', (id) => `/reports/${id}/attachments`, foreign.report],
        ['GET /units/:id', (id) => `/units/${id}`, foreign.unit],
        ['GET /units/:id/submission-history', (id) => `/units/${id}/submission-history`, foreign.unit],
        ['GET /users/:id', (id) => `/users/${id}`, foreign.user],
        ['GET /users?unitId=', (id) => `/users?unitId=${id}`, foreign.unit],
      ];
      for (const [what, url, foreignId] of probes) {
        const a = await api.http().get(url(foreignId)).set(as(sb.bossToken));
        const b = await api.http().get(url(missing)).set(as(sb.bossToken));
        const strip = (r: typeof a) => ({ status: r.status, error: r.body.error, message: r.body.message });
        expect({ what, foreign: strip(a) }).toEqual({ what, foreign: strip(b) });
        expect({ what, status: a.status }).toEqual({ what, status: 404 });
      }
      // A list filtered on a foreign unit shows nothing of it.
      const list = await api.http().get(`/reports?unitId=${foreign.unit}`).set(as(sb.bossToken));
      expect(list.status === 404 || (list.status === 200 && list.body.length === 0)).toBe(true);
    });

    it('keeps sequential numbers (notifications, dead letters) to their owner', async () => {
      // Someone else's notification, and a dead letter of a foreign unit, straight into the database.
      const other = await createUser(api.dataSource, sb.county.id, ['drafter']);
      const now = new Date();
      const inserted = await api.dataSource.query(
        `INSERT INTO notifications (user_id, kind, report_id, title, body, dedup_key, created_at) VALUES (?, 'test', NULL, 't', 'b', ?, ?)`,
        [other.id, uniqueName('dedup'), now],
      );
      const notificationId = Number(inserted.insertId);
      const dead = await api.dataSource.query(
        `INSERT INTO deliveries (dedup_key, channel, target, unit_id, subject, body, status, attempts, created_at, dead_at)
         VALUES (?, 'webhook', 'https://example.invalid/hook', ?, 's', 'b', 'dead', 5, ?, ?)`,
        [uniqueName('dead'), sb.demo.unitIds['yn-transport'], now, now],
      );
      const deadId = Number(dead.insertId);
      const strip = (r: { status: number; body: { error?: string; message?: string } }) => ({
        status: r.status,
        error: r.body.error,
        message: r.body.message,
      });
      for (const [what, path, id] of [
        ['mark read', (n: number) => `/notifications/${n}/read`, notificationId],
        ['replay', (n: number) => `/admin/dead-letters/${n}/replay`, deadId],
      ] as Array<[string, (n: number) => string, number]>) {
        const a = await api.http().post(path(id)).set(as(sb.bossToken));
        const b = await api
          .http()
          .post(path(id + 1_000_000_000))
          .set(as(sb.bossToken));
        expect({ what, foreign: strip(a) }).toEqual({ what, foreign: strip(b) });
        expect({ what, status: a.status }).toEqual({ what, status: 404 });
      }
      const [row] = await api.dataSource.query('SELECT read_at FROM notifications WHERE id = ?', [
        notificationId,
      ]);
      expect(row.read_at).toBeNull();
      const [letter] = await api.dataSource.query('SELECT status, replays FROM deliveries WHERE id = ?', [
        deadId,
      ]);
      expect(letter).toEqual({ status: 'dead', replays: 0 });
      const list = await api.http().get('/admin/dead-letters').set(as(sb.bossToken)).expect(200);
      expect(list.body.map((d: { id: number }) => d.id)).not.toContain(deadId);
    });
  });

  async function anyId(table: 'reports', unitId: string): Promise<string> {
    const [row] = await api.dataSource.query(`SELECT id FROM ${table} WHERE unit_id = ? LIMIT 1`, [unitId]);
    return row.id;
  }
});
