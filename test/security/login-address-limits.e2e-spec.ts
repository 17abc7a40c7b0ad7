import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUser, uniqueName } from '../support/factories';
import { errorShapeProblem, sandbox } from './support';

/**
 * The limits on logins from one client address. A county's offices often reach the system through
 * one NAT: on a deadline morning dozens of people log in within the same minute, and one person
 * guessing passwords there must not lock every colleague out. So an address is limited on its
 * failures, not its logins, and a browser that has logged in to the account before still gets in.
 */
type Api = Awaited<ReturnType<typeof startApi>>;

const login = (
  api: Api,
  { username, password, deviceToken }: { username: string; password: string; deviceToken?: string },
  from?: string,
) => {
  const request = api.http().post('/auth/login');
  if (from) request.set('X-Forwarded-For', from);
  return request.send({ username, password, ...(deviceToken ? { deviceToken } : {}) });
};

describe('logins from one network address', () => {
  let api: Api;
  let unitId: string;
  const clock = new ManualClock(new Date());
  const aMinuteLater = () => clock.advance(61_000);

  beforeAll(async () => {
    // 5 a minute per account, so 15 failures a minute per address (the default ratio), and a lock-out
    // far away so that only the address limit can answer.
    api = await startApi({
      clock,
      env: { LOGIN_THROTTLE_PER_MINUTE: '5', LOGIN_LOCK_AFTER_FAILURES: '50', TRUST_PROXY: 'loopback' },
    });
    unitId = (await sandbox(api.http, api.dataSource, '同址登录')).county.id;
  });
  afterAll(() => api?.app.close());

  it('lets forty colleagues behind one address log in within a minute', async () => {
    aMinuteLater();
    const colleagues = await Promise.all(
      Array.from({ length: 40 }, () => createUser(api.dataSource, unitId, ['drafter'])),
    );
    const statuses: number[] = [];
    for (const c of colleagues) statuses.push((await login(api, c)).status);
    expect(statuses).toEqual(Array(40).fill(200));
  });

  it('refuses strangers from an address that guessed too often, but not a browser the account knows', async () => {
    aMinuteLater();
    const regular = await createUser(api.dataSource, unitId, ['drafter']);
    const newcomer = await createUser(api.dataSource, unitId, ['drafter']);
    // The regular logged in from this browser before: the answer gave it a device token.
    const known = (await login(api, regular).expect(200)).body as {
      deviceToken: string;
      refreshToken: string;
    };
    aMinuteLater();

    const guesses: number[] = [];
    for (let i = 0; i < 15; i++)
      guesses.push((await login(api, { username: uniqueName('spray'), password: 'Spring2025!' })).status);
    expect(guesses).toEqual(Array(15).fill(401));

    // A colleague on a browser never used on the account is refused before the password is tried…
    const refused = await login(api, newcomer);
    expect(refused.status).toBe(429);
    expect(errorShapeProblem(429, refused.body)).toBeNull();
    expect(refused.body).toMatchObject({
      error: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(
        /^Too many failed logins from this network address; try again in \d+ s, or log in from a browser you have used this account on before$/,
      ),
      details: { scope: 'address' },
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // …while the regular's browser gets in, and a session already open goes on being refreshed.
    await login(api, { ...regular, deviceToken: known.deviceToken }).expect(200);
    await api.http().post('/auth/refresh').send({ refreshToken: known.refreshToken }).expect(200);

    aMinuteLater();
    await login(api, newcomer).expect(200);
  });

  it('counts parallel guesses before their passwords are checked, so a burst cannot pass the limit', async () => {
    aMinuteLater();
    const burst = await Promise.all(
      Array.from({ length: 30 }, () => login(api, { username: uniqueName('burst'), password: 'x-guess-1' })),
    );
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(15);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('counts each client behind a trusted local proxy on its own (TRUST_PROXY=loopback)', async () => {
    aMinuteLater();
    for (let i = 0; i < 15; i++)
      await login(api, { username: uniqueName('proxied'), password: 'x-guess-2' }, '192.0.2.10').expect(401);
    await login(api, { username: uniqueName('proxied'), password: 'x-guess-2' }, '192.0.2.10').expect(429);
    const neighbour = await createUser(api.dataSource, unitId, ['drafter']);
    await login(api, neighbour, '192.0.2.11').expect(200);
  });
});

describe('TRUST_PROXY unset (none)', () => {
  let api: Api;
  let unitId: string;

  beforeAll(async () => {
    api = await startApi({
      // Whatever the environment running the tests says: the default is what is under test.
      env: { LOGIN_THROTTLE_PER_MINUTE: '5', LOGIN_LOCK_AFTER_FAILURES: '50', TRUST_PROXY: '' },
    });
    unitId = (await sandbox(api.http, api.dataSource, '不信代理')).county.id;
  });
  afterAll(() => api?.app.close());

  it('ignores X-Forwarded-For by default, so a guesser cannot pose as many clients', async () => {
    for (let i = 0; i < 15; i++)
      await login(api, { username: uniqueName('posing'), password: 'x-guess-3' }, `192.0.2.${20 + i}`).expect(
        401,
      );
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    await login(api, user, '192.0.2.99').expect(429);
  });
});
