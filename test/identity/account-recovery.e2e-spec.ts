import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, unitById, uniqueName } from '../support/factories';

/**
 * Issue #15.4: a lock-out ends, can be cleared by an administrator, and passwords can be changed
 * (by their owner) and reset (by an administrator, as a one-time password to change at first login).
 */
describe('lock-out, unlock, password change and one-time passwords', () => {
  const clock = new ManualClock(new Date());
  let api: Awaited<ReturnType<typeof startApi>>;
  let unitId: string;
  let admin: { id: string; token: string };
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const login = (username: string, password: string) =>
    api.http().post('/auth/login').send({ username, password });
  const actionsOn = async (userId: string): Promise<string[]> =>
    (
      await api.dataSource.query('SELECT action FROM admin_events WHERE target_id = ? ORDER BY id', [userId])
    ).map((r: { action: string }) => r.action);

  beforeAll(async () => {
    api = await startApi({
      clock,
      env: { LOGIN_THROTTLE_PER_MINUTE: '1000', LOGIN_LOCK_AFTER_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' },
    });
    const demo = await loadDemo(api.dataSource);
    const county = await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.cj), {
      kind: 'government',
      level: 'county',
      name: uniqueName('解锁县'),
    });
    unitId = county.id;
    const boss = await createUser(api.dataSource, county.id, ['admin']);
    admin = { id: boss.id, token: await tokenFor(api.http, boss.username, FACTORY_PASSWORD) };
  });
  afterAll(() => api?.app.close());

  const lockOut = async (username: string) => {
    for (let i = 0; i < 3; i++) expect((await login(username, 'wrong-guess')).status).toBe(401);
    expect((await login(username, FACTORY_PASSWORD)).status).toBe(423);
  };

  it('starts the failure count afresh once a lock has run out: one wrong password does not lock again', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    await lockOut(user.username);
    clock.advance(16 * 60_000);
    expect((await login(user.username, 'one-more-typo')).status).toBe(401);
    expect((await login(user.username, FACTORY_PASSWORD)).status).toBe(200);
    // And the full count is needed to lock it again.
    await lockOut(user.username);
  });

  it('lets an administrator clear a lock at once, recorded in the admin events', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    await lockOut(user.username);
    const res = await api.http().post(`/users/${user.id}/unlock`).set(as(admin.token)).expect(200);
    expect(res.body.lockedUntil).toBeNull();
    expect((await login(user.username, FACTORY_PASSWORD)).status).toBe(200);
    expect(await actionsOn(user.id)).toEqual(['user.unlocked']);
    const [event] = await api.dataSource.query(
      "SELECT actor_user_id, details FROM admin_events WHERE target_id = ? AND action = 'user.unlocked'",
      [user.id],
    );
    expect(event.actor_user_id).toBe(admin.id);
    const details = typeof event.details === 'string' ? JSON.parse(event.details) : event.details;
    expect(details).toMatchObject({ failedLogins: 3, lockedUntil: expect.any(String) });
  });

  it('clears the lock when an administrator activates the account', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    await lockOut(user.username);
    await api.http().post(`/users/${user.id}/deactivate`).set(as(admin.token)).expect(200);
    await api.http().post(`/users/${user.id}/activate`).set(as(admin.token)).expect(200);
    expect((await login(user.username, FACTORY_PASSWORD)).status).toBe(200);
  });

  it('lets a user change their password with the current one; their other sessions end, this one goes on', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const laptop = (await login(user.username, FACTORY_PASSWORD)).body;
    const phone = (await login(user.username, FACTORY_PASSWORD)).body;
    const change = (body: object) => api.http().post('/auth/password').set(as(laptop.accessToken)).send(body);

    const wrong = await change({ currentPassword: 'not-it-123', newPassword: 'Better-pass-2026' });
    expect({ status: wrong.status, error: wrong.body.error }).toEqual({
      status: 400,
      error: 'CURRENT_PASSWORD_WRONG',
    });
    for (const [newPassword, why] of [
      ['short1', /newPassword must be longer than or equal to 10 characters/],
      ['onlyletters-here', /newPassword must contain a letter and a digit/],
      ['Demo@2025!x', /newPassword must not be the published demo password/],
      // Long enough, a letter and a digit, and still the first guess (pen test, stop 40).
      ['1234567890a', /newPassword must not contain a run of more than 5 consecutive characters/],
      ['Ab1ab1ab1ab1', /newPassword must use at least 5 different characters/],
    ] as const) {
      const res = await change({ currentPassword: FACTORY_PASSWORD, newPassword });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(why);
    }
    const same = await change({ currentPassword: FACTORY_PASSWORD, newPassword: FACTORY_PASSWORD });
    expect(same.body.error).toBe('PASSWORD_UNCHANGED');

    await change({ currentPassword: FACTORY_PASSWORD, newPassword: 'Better-pass-2026' }).expect(204);
    await api.http().get('/me').set(as(laptop.accessToken)).expect(200);
    await api.http().get('/me').set(as(phone.accessToken)).expect(401);
    await api.http().post('/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(401);
    expect((await login(user.username, FACTORY_PASSWORD)).status).toBe(401);
    expect((await login(user.username, 'Better-pass-2026')).status).toBe(200);
    expect(await actionsOn(user.id)).toEqual(['user.password-changed']);
  });

  it('checks at most the lock-out count of guesses when a stolen session sends many at once', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const session = (await login(user.username, FACTORY_PASSWORD)).body;
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        api
          .http()
          .post('/auth/password')
          .set(as(session.accessToken))
          .send({ currentPassword: `guess-${i}-wrong`, newPassword: 'Taken-over-2026' }),
      ),
    );
    const checked = guesses.filter((r) => r.body.error === 'CURRENT_PASSWORD_WRONG');
    const locked = guesses.filter((r) => r.body.error === 'ACCOUNT_LOCKED');
    expect(checked.length).toBeLessThanOrEqual(3);
    expect(checked.length + locked.length).toBe(12);
    // Locked: even the right password is not checked now.
    const right = await api
      .http()
      .post('/auth/password')
      .set(as(session.accessToken))
      .send({ currentPassword: FACTORY_PASSWORD, newPassword: 'Taken-over-2026' });
    expect(right.status).toBe(423);
  });

  it('lets an administrator set a one-time password that must be changed before anything else', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const before = (await login(user.username, FACTORY_PASSWORD)).body;
    await lockOut(user.username);
    const reset = await api
      .http()
      .post(`/users/${user.id}/password`)
      .set(as(admin.token))
      .send({ password: 'One-time-pass-77' })
      .expect(200);
    expect(reset.body).toMatchObject({ passwordChangeRequired: true, lockedUntil: null });
    // Every session of the user ended; the lock is gone; the old password is gone.
    await api.http().get('/me').set(as(before.accessToken)).expect(401);
    expect((await login(user.username, FACTORY_PASSWORD)).status).toBe(401);

    const first = await login(user.username, 'One-time-pass-77');
    expect(first.status).toBe(200);
    expect(first.body.passwordChangeRequired).toBe(true);
    for (const path of ['/me', '/work-queue', '/reports', '/notifications']) {
      const res = await api.http().get(path).set(as(first.body.accessToken));
      expect({ path, status: res.status, error: res.body.error }).toEqual({
        path,
        status: 403,
        error: 'PASSWORD_CHANGE_REQUIRED',
      });
      expect(res.body.message).toMatch(/must be changed first: POST \/auth\/password/);
    }
    const refreshed = await api
      .http()
      .post('/auth/refresh')
      .send({ refreshToken: first.body.refreshToken })
      .expect(200);
    expect(refreshed.body.passwordChangeRequired).toBe(true);

    await api
      .http()
      .post('/auth/password')
      .set(as(refreshed.body.accessToken))
      .send({ currentPassword: 'One-time-pass-77', newPassword: 'My-own-pass-2026' })
      .expect(204);
    await api.http().get('/me').set(as(refreshed.body.accessToken)).expect(200);
    const next = await login(user.username, 'My-own-pass-2026');
    expect(next.body.passwordChangeRequired).toBe(false);
    const events = await actionsOn(user.id);
    expect(events).toEqual(['user.password-reset', 'user.password-changed']);
    // The password is never recorded.
    const details = await api.dataSource.query('SELECT details FROM admin_events WHERE target_id = ?', [
      user.id,
    ]);
    expect(JSON.stringify(details)).not.toMatch(/One-time-pass|My-own-pass/);
  });

  it("refuses an administrator's reset of its own password (the current one is needed for that)", async () => {
    const res = await api
      .http()
      .post(`/users/${admin.id}/password`)
      .set(as(admin.token))
      .send({ password: 'Self-reset-2026' });
    expect({ status: res.status, error: res.body.error }).toEqual({
      status: 403,
      error: 'OWN_PASSWORD_RESET_FORBIDDEN',
    });
  });
});
