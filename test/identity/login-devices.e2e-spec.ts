import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { FACTORY_PASSWORD, createUnit, createUser, uniqueName, unitById } from '../support/factories';

/**
 * Pen test finding 9: ten wrong passwords typed by anyone locked any account for 15 minutes. Now the
 * account-wide lock applies to browsers never used on the account; a browser that logged in before
 * sends its device token and counts only its own failures.
 */
describe('lock-out spares the browsers an account was used on', () => {
  const clock = new ManualClock(new Date());
  let api: Awaited<ReturnType<typeof startApi>>;
  let unitId: string;
  let admin: { token: string };
  const login = (username: string, password: string, deviceToken?: string) =>
    api.http().post('/auth/login').send({ username, password, deviceToken });
  const strangersLockOut = async (username: string) => {
    for (let i = 0; i < 3; i++) expect((await login(username, 'guess')).status).toBe(401);
    const locked = await login(username, FACTORY_PASSWORD);
    expect(locked.status).toBe(423);
    expect(locked.body.details).toMatchObject({ scope: 'account' });
  };

  beforeAll(async () => {
    api = await startApi({
      clock,
      env: { LOGIN_THROTTLE_PER_MINUTE: '1000', LOGIN_LOCK_AFTER_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' },
    });
    const demo = await loadDemo(api.dataSource);
    const county = await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.cj), {
      kind: 'government',
      level: 'county',
      name: uniqueName('设备县'),
    });
    unitId = county.id;
    const boss = await createUser(api.dataSource, county.id, ['admin']);
    admin = { token: await tokenFor(api.http, boss.username, FACTORY_PASSWORD) };
  });
  afterAll(() => api?.app.close());

  it("lets the owner in from their own browser while a stranger's guesses lock the account", async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const first = await login(user.username, FACTORY_PASSWORD).expect(200);
    expect(first.body.deviceToken).toEqual(expect.any(String));
    await strangersLockOut(user.username);
    const owner = await login(user.username, FACTORY_PASSWORD, first.body.deviceToken).expect(200);
    // The same browser keeps its token; the stranger stays locked out.
    expect(owner.body.deviceToken).toBe(first.body.deviceToken);
    expect((await login(user.username, FACTORY_PASSWORD)).status).toBe(423);
  });

  it('locks only the browser that made the failures when it was a known one', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const device = (await login(user.username, FACTORY_PASSWORD).expect(200)).body.deviceToken;
    for (let i = 0; i < 3; i++) expect((await login(user.username, 'typo', device)).status).toBe(401);
    const locked = await login(user.username, FACTORY_PASSWORD, device);
    expect(locked.status).toBe(423);
    expect(locked.body.details).toMatchObject({ scope: 'device' });
    // Another browser is not locked by them; after the lock runs out this one works again.
    await login(user.username, FACTORY_PASSWORD).expect(200);
    clock.advance(16 * 60_000);
    await login(user.username, FACTORY_PASSWORD, device).expect(200);
  });

  it("does not let another account's device token, or a forged one, pass the account's lock", async () => {
    const other = await createUser(api.dataSource, unitId, ['drafter']);
    const othersDevice = (await login(other.username, FACTORY_PASSWORD).expect(200)).body.deviceToken;
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const own = (await login(user.username, FACTORY_PASSWORD).expect(200)).body.deviceToken as string;
    await strangersLockOut(user.username);
    expect((await login(user.username, FACTORY_PASSWORD, othersDevice)).status).toBe(423);
    const [id] = own.split('.');
    expect((await login(user.username, FACTORY_PASSWORD, `${id}.forged-secret`)).status).toBe(423);
    expect((await login(user.username, FACTORY_PASSWORD, 'not-a-token')).status).toBe(423);
  });

  it('forgets the browsers at a password reset: an old device token no longer passes the lock', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const device = (await login(user.username, FACTORY_PASSWORD).expect(200)).body.deviceToken;
    await api
      .http()
      .post(`/users/${user.id}/password`)
      .set({ Authorization: `Bearer ${admin.token}` })
      .send({ password: 'One-time-pass-78' })
      .expect(200);
    for (let i = 0; i < 3; i++) expect((await login(user.username, 'guess')).status).toBe(401);
    expect((await login(user.username, 'One-time-pass-78', device)).status).toBe(423);
  });
});

describe('the per-account request limit spares the browsers an account was used on', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let unitId: string;
  const login = (body: Record<string, unknown>) => api.http().post('/auth/login').send(body);

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_THROTTLE_PER_MINUTE: '5' } });
    const demo = await loadDemo(api.dataSource);
    unitId = (
      await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.cj), {
        kind: 'government',
        level: 'county',
        name: uniqueName('限流县'),
      })
    ).id;
  });
  afterAll(() => api?.app.close());

  it("keeps the owner's browser in while a stranger spends the account's requests", async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const device = (await login({ username: user.username, password: FACTORY_PASSWORD }).expect(200)).body
      .deviceToken as string;
    // Requests naming the user, without a password: each is refused, each spends the name's budget.
    for (let i = 0; i < 6; i++) await login({ username: user.username });
    const stranger = await login({ username: user.username, password: FACTORY_PASSWORD });
    expect(stranger.status).toBe(429);
    // The owner's own browser is not kept out by them.
    await login({ username: user.username, password: FACTORY_PASSWORD, deviceToken: device }).expect(200);
    // A made-up device id gets its own budget but no way past the lock: a wrong password is still 401.
    const [, secret] = device.split('.');
    const madeUp = await login({
      username: user.username,
      password: 'guess-1234567',
      deviceToken: `01a24698-a70d-70f8-922d-76d07be161da.${secret}`,
    });
    expect(madeUp.status).toBe(401);
  });
});
