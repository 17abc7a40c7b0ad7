import { createHmac } from 'node:crypto';
import { DEMO_PASSWORD } from '@app/directory';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUser, uniqueName } from '../support/factories';

describe('authentication', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let ids: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    api = await startApi({ env: { JWT_ACCESS_TTL_SECONDS: '60', LOGIN_THROTTLE_PER_MINUTE: '1000' } });
    ids = await loadDemo(api.dataSource);
  });
  afterAll(() => api?.app.close());

  it('logs in and tells me who I am, my unit and my roles', async () => {
    const token = await tokenFor(api.http, 'htb-drafter');
    const me = await api.http().get('/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({
      username: 'htb-drafter',
      unit: { id: ids.unitIds['htb-transport'], name: '呼图壁县交通运输局', kind: 'department' },
      roles: [{ role: 'drafter', unitId: ids.unitIds['htb-transport'], unitName: '呼图壁县交通运输局' }],
    });
  });

  it('refuses a wrong password and an unknown user with the same message', async () => {
    const wrong = await api
      .http()
      .post('/auth/login')
      .send({ username: 'htb-drafter', password: 'nope' })
      .expect(401);
    const unknown = await api
      .http()
      .post('/auth/login')
      .send({ username: 'nobody-here', password: 'nope' })
      .expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.body.error).toBe('BAD_CREDENTIALS');
  });

  it('needs a token on every non-public route', async () => {
    const res = await api.http().get('/me').expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'UNAUTHENTICATED' });
  });

  describe('refuses with 401', () => {
    const sign = (claims: object, secret: string) => {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const body = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}`;
      return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
    };
    const secret = () =>
      process.env.JWT_SECRET ?? 'reportflow-local-development-secret-do-not-use-in-production';
    /** The claims of a fresh login's access token: a live session to forge around. */
    const liveClaims = async (): Promise<Record<string, unknown>> => {
      const login = await api
        .http()
        .post('/auth/login')
        .send({ username: 'htb-drafter', password: DEMO_PASSWORD })
        .expect(200);
      return JSON.parse(Buffer.from(login.body.accessToken.split('.')[1], 'base64url').toString());
    };

    it('an expired token', async () => {
      const claims = await liveClaims();
      const expired = sign({ ...claims, iat: 1_000_000, exp: 1_000_060 }, secret());
      const res = await api.http().get('/me').set('Authorization', `Bearer ${expired}`).expect(401);
      expect(res.body.message).toMatch(/expired/);
    });

    it('a token without an expiry, though signed with the key and naming a live session', async () => {
      const claims = await liveClaims();
      const withExpiry = sign(claims, secret());
      await api.http().get('/me').set('Authorization', `Bearer ${withExpiry}`).expect(200);
      const { exp: _exp, ...withoutExpiry } = claims;
      const res = await api
        .http()
        .get('/me')
        .set('Authorization', `Bearer ${sign(withoutExpiry, secret())}`)
        .expect(401);
      expect(res.body).toMatchObject({
        error: 'INVALID_TOKEN',
        message: expect.stringContaining('no expiry'),
      });
    });

    it('a tampered token', async () => {
      const token = await tokenFor(api.http, 'htb-drafter');
      const [h, p, s] = token.split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: ids.userIds['cj-coordinator'] })).toString(
        'base64url',
      );
      await api.http().get('/me').set('Authorization', `Bearer ${h}.${forged}.${s}`).expect(401);
    });

    it('a token signed with another key', async () => {
      const token = await tokenFor(api.http, 'htb-drafter');
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
      const other = sign(claims, 'another-secret-another-secret-another-secret');
      await api.http().get('/me').set('Authorization', `Bearer ${other}`).expect(401);
    });

    it('a token of a deactivated user, and that user cannot log in', async () => {
      const adminToken = await tokenFor(api.http, 'cj-admin');
      const username = uniqueName('qt-temp');
      const created = await api
        .http()
        .post('/users')
        .set('Authorization', `Bearer ${adminToken}`)
        .send({
          unitId: ids.unitIds['qt-transport'],
          username,
          displayName: '临时',
          password: 'Temp-pass-123',
          roles: [{ role: 'drafter' }],
        })
        .expect(201);
      expect(created.body.passwordChangeRequired).toBe(true);
      // The administrator chose the first password: nothing but changing it is allowed until then.
      const token = await tokenFor(api.http, username, 'Temp-pass-123');
      const first = await api.http().get('/me').set('Authorization', `Bearer ${token}`).expect(403);
      expect(first.body.error).toBe('PASSWORD_CHANGE_REQUIRED');
      await api
        .http()
        .post('/auth/password')
        .set('Authorization', `Bearer ${token}`)
        .send({ currentPassword: 'Temp-pass-123', newPassword: 'Own-pass-2026' })
        .expect(204);
      await api.http().get('/me').set('Authorization', `Bearer ${token}`).expect(200);
      await api
        .http()
        .post(`/users/${created.body.id}/deactivate`)
        .set('Authorization', `Bearer ${adminToken}`)
        .expect(200);
      const res = await api.http().get('/me').set('Authorization', `Bearer ${token}`).expect(401);
      expect(res.body.error).toBe('SESSION_ENDED');
      const login = await api
        .http()
        .post('/auth/login')
        .send({ username, password: 'Own-pass-2026' })
        .expect(401);
      expect(login.body.error).toBe('ACCOUNT_DEACTIVATED');
    });
  });

  it('logout ends the session: the access token and the refresh token stop working', async () => {
    const login = await api
      .http()
      .post('/auth/login')
      .send({ username: 'mns-drafter', password: DEMO_PASSWORD })
      .expect(200);
    const auth = `Bearer ${login.body.accessToken}`;
    await api.http().post('/auth/logout').set('Authorization', auth).expect(204);
    await api.http().get('/me').set('Authorization', auth).expect(401);
    await api.http().post('/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('refresh rotates the refresh token; replaying the old one ends the session', async () => {
    const login = await api
      .http()
      .post('/auth/login')
      .send({ username: 'mns-reviewer', password: DEMO_PASSWORD })
      .expect(200);
    const refreshed = await api
      .http()
      .post('/auth/refresh')
      .send({ refreshToken: login.body.refreshToken })
      .expect(200);
    await api.http().get('/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    await api.http().post('/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    // The thief's replay ended the session for the holder of the new token too.
    await api.http().post('/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(401);
    await api.http().get('/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(401);
  });
});

describe('login throttling and lock-out', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let unitId: string;
  beforeAll(async () => {
    api = await startApi({
      env: {
        LOGIN_THROTTLE_PER_MINUTE: '5',
        LOGIN_LOCK_AFTER_FAILURES: '3',
        // Login counts live in Redis under the prefix: start from a clean budget, not the one the
        // first block's logins from this same address spent.
        QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-lockout`,
      },
    });
    unitId = (await loadDemo(api.dataSource)).unitIds['jmse-transport'];
  });
  afterAll(() => api?.app.close());

  it('locks an account after repeated failures with a clear message, even with the right password', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    for (let i = 0; i < 3; i++) {
      await api.http().post('/auth/login').send({ username: user.username, password: 'wrong' }).expect(401);
    }
    const res = await api
      .http()
      .post('/auth/login')
      .send({ username: user.username, password: user.password })
      .expect(423);
    expect(res.body.error).toBe('ACCOUNT_LOCKED');
    expect(res.body.message).toMatch(/locked after too many failed logins/);
  });

  it('throttles one account hammered from one place with 429', async () => {
    // Lock-out after 100 failures here, so only the throttle can answer 429.
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const answers = [];
    for (let i = 0; i < 7; i++) {
      answers.push(await api.http().post('/auth/login').send({ username: user.username, password: 'x' }));
    }
    expect(answers.slice(0, 2).map((a) => a.status)).toEqual([401, 401]);
    expect(answers.slice(-2).map((a) => a.status)).toEqual([429, 429]);
    // The refusal says how long to wait (a walk, stop 42: "操作过于频繁，请稍后再试" and nothing else).
    const refused = answers[answers.length - 1];
    expect(refused.body).toMatchObject({ error: 'TOO_MANY_REQUESTS', details: { scope: 'account' } });
    expect(refused.body.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.body.details.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused.headers['retry-after']).toBe(String(refused.body.details.retryAfterSeconds));
  });
});

describe('a name without an account answers like one (pen test, stop 41)', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let unitId: string;
  beforeAll(async () => {
    api = await startApi({
      env: {
        LOGIN_THROTTLE_PER_MINUTE: '100',
        LOGIN_LOCK_AFTER_FAILURES: '3',
        LOGIN_LOCK_MINUTES: '15',
        QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-unknown-names`,
      },
    });
    unitId = (await loadDemo(api.dataSource)).unitIds['jmse-transport'];
  });
  afterAll(() => api?.app.close());

  /** Four wrong passwords: what a guesser sees, minus the instant in the lock's message. */
  async function guessFourTimes(username: string) {
    const answers: Array<{ status: number; error: string; scope?: string; message: string }> = [];
    for (let i = 0; i < 4; i++) {
      const res = await api
        .http()
        .post('/auth/login')
        .send({ username, password: `guess-${i}` });
      answers.push({
        status: res.status,
        error: res.body.error,
        scope: res.body.details?.scope,
        message: String(res.body.message).replace(/after .*? or ask/, 'after … or ask'),
      });
    }
    return answers;
  }

  it('locks a made-up name after as many failures as an account, with the same answer', async () => {
    const user = await createUser(api.dataSource, unitId, ['drafter']);
    const existing = await guessFourTimes(user.username);
    const madeUp = await guessFourTimes(`${user.username}-nobody`);
    expect(existing.map((a) => a.status)).toEqual([401, 401, 401, 423]);
    expect(madeUp).toEqual(existing);
  });
});
