import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '@app/directory';
import { FACTORY_PASSWORD, createUnit, createUser, uniqueName } from '../support/factories';
import { scratchDatabase } from '../support/scratch-db';
import { freePort, spawnBuilt, waitForHttp, type SpawnedApp } from './support';

/**
 * Part 5 of issue #9: secrets come only from the environment and are never logged. The built API
 * runs as production runs it (its own process, LOG_LEVEL=info, pino JSON on stdout); we log in and
 * out, refresh, create a user, set a webhook, open the queue board with ?token=, send broken bodies
 * holding passwords... then grep everything it wrote for every password and token we used.
 * A database of its own: production refuses to start while the demo accounts are active (#15.11).
 */
describe('secrets never reach the logs of a full run of the built API', () => {
  const jwtSecret = `log-test-${randomBytes(24).toString('hex')}`;
  const newUserPassword = `Brand-New-${randomBytes(6).toString('hex')}-9`;
  const wrongPassword = `Wrong-Guess-${randomBytes(6).toString('hex')}-1`;
  const webhookKey = `hook-key-${randomBytes(12).toString('hex')}`;
  let app: SpawnedApp;
  let base: string;
  let dataSource: DataSource;
  let bureauId: string;
  let adminUser: { username: string };
  let drafterUser: { username: string };
  const secrets = new Map<string, string>();

  beforeAll(async () => {
    const scratch = await scratchDatabase('secrets_in_logs');
    dataSource = scratch.dataSource;
    const prefecture = await createUnit(dataSource, null, { kind: 'government', level: 'prefecture' });
    const county = await createUnit(dataSource, prefecture, { kind: 'government', level: 'county' });
    bureauId = (await createUnit(dataSource, county, { kind: 'department', level: 'county' })).id;
    adminUser = await createUser(dataSource, prefecture.id, ['admin'], uniqueName('log-admin'));
    drafterUser = await createUser(dataSource, bureauId, ['drafter'], uniqueName('log-drafter'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = spawnBuilt('api', {
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      DATABASE_URL: scratch.url,
      JWT_SECRET: jwtSecret,
      REQUEST_TIMEOUT_MS: '1000',
      LOGIN_THROTTLE_PER_MINUTE: '1000',
      // Allow-listed, so saving the webhook below asks no DNS server (tests stay on loopback).
      WEBHOOK_ALLOWED_HOSTS: 'qyapi.weixin.qq.com',
    });
    await waitForHttp(`${base}/health/live`);
  });
  afterAll(async () => {
    await app?.stop();
    await dataSource?.destroy();
  });

  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (path: string, token?: string) =>
    fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const remember = (what: string, value: string) => secrets.set(`${what}`, value);

  async function loginAs(username: string, password: string) {
    const res = await post('/auth/login', { username, password });
    expect(res.status).toBe(200);
    const pair = (await res.json()) as { accessToken: string; refreshToken: string };
    remember(`access token of ${username}`, pair.accessToken);
    remember(`access token signature of ${username}`, pair.accessToken.split('.')[2]);
    remember(`refresh token of ${username}`, pair.refreshToken);
    remember(`refresh secret of ${username}`, pair.refreshToken.split('.')[1]);
    return pair;
  }

  it('drives logins, refreshes, logouts, user creation and refusals, and logs none of their secrets', async () => {
    remember('the demo password', DEMO_PASSWORD);
    remember('the factory password', FACTORY_PASSWORD);
    remember('a new user password', newUserPassword);
    remember('a wrong password', wrongPassword);
    remember('JWT_SECRET', jwtSecret);
    remember('a webhook key', webhookKey);
    const dbPassword = decodeURIComponent(new URL(process.env.DATABASE_URL!).password);
    if (dbPassword.length >= 6) remember('the database password', dbPassword);

    const admin = await loginAs(adminUser.username, FACTORY_PASSWORD);
    const drafter = await loginAs(drafterUser.username, FACTORY_PASSWORD);
    const factoryUser = await createUser(dataSource, bureauId, ['drafter']);
    const factory = await loginAs(factoryUser.username, FACTORY_PASSWORD);

    // Ordinary work with tokens in the Authorization header.
    for (const token of [admin.accessToken, drafter.accessToken, factory.accessToken]) {
      expect((await get('/me', token)).status).toBe(200);
      expect((await get('/work-queue', token)).status).toBe(200);
    }
    // An administrator creates a user (password in the body) and sets a webhook (key in the URL).
    const username = uniqueName('log-user');
    const created = await post(
      '/users',
      {
        unitId: bureauId,
        username,
        displayName: '日志',
        password: newUserPassword,
        roles: [{ role: 'drafter' }],
      },
      admin.accessToken,
    );
    expect(created.status).toBe(201);
    const newcomer = await loginAs(username, newUserPassword);
    const hook = await fetch(`${base}/units/${bureauId}/webhook`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
      body: JSON.stringify({ url: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${webhookKey}` }),
    });
    expect(hook.status).toBe(200);

    // Refusals that carry secrets: wrong passwords, broken bodies, a password where none belongs.
    expect(
      (await post('/auth/login', { username: drafterUser.username, password: wrongPassword })).status,
    ).toBe(401);
    expect((await post('/auth/login', { username: 'no-such-user', password: wrongPassword })).status).toBe(
      401,
    );
    expect(
      (await post('/auth/login', `{"username":"${drafterUser.username}","password":"${wrongPassword}"`))
        .status,
    ).toBe(400);
    expect(
      (
        await post('/auth/login', {
          username: drafterUser.username,
          password: wrongPassword,
          otp: wrongPassword,
        })
      ).status,
    ).toBe(400);
    expect(
      (await post('/auth/login', { username: drafterUser.username, password: `${wrongPassword}\u0000` }))
        .status,
    ).toBe(400);
    expect((await post('/users', { password: newUserPassword }, admin.accessToken)).status).toBe(400);

    // Tokens where they do not belong: in the query string, forged, expired sessions.
    const board = await fetch(`${base}/admin/queues?token=${admin.accessToken}`, { redirect: 'manual' });
    expect(board.status).toBeLessThan(500);
    expect((await get(`/me?access_token=${drafter.accessToken}`)).status).toBe(401);
    // The same keys percent-encoded or in other cases (the server decodes them the same way).
    const encodedToken = await loginAs(drafterUser.username, FACTORY_PASSWORD);
    for (const key of ['%74oken', '%2574oken', 'TOKEN', 'access%5Ftoken', 'pass%77ord'])
      expect((await get(`/me?${key}=${encodedToken.accessToken}`)).status).toBe(401);
    expect((await get(`/reports?token=${drafter.accessToken}`, drafter.accessToken)).status).toBe(400);
    expect((await get('/me', `${drafter.accessToken.slice(0, -4)}AAAA`)).status).toBe(401);

    // Refresh (rotation), a replayed refresh token, logout and a replayed access token.
    const refreshed = await post('/auth/refresh', { refreshToken: factory.refreshToken });
    expect(refreshed.status).toBe(200);
    const next = (await refreshed.json()) as { accessToken: string; refreshToken: string };
    remember('a rotated access token', next.accessToken);
    remember('a rotated refresh token', next.refreshToken);
    expect((await post('/auth/refresh', { refreshToken: factory.refreshToken })).status).toBe(401);
    expect((await post('/auth/logout', {}, newcomer.accessToken)).status).toBe(204);
    expect((await get('/me', newcomer.accessToken)).status).toBe(401);
    expect((await post('/auth/refresh', { refreshToken: newcomer.refreshToken })).status).toBe(401);

    // A request that never finishes its body (the production server answers 408 and closes).
    const stalled = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(new URL(base).port), '127.0.0.1');
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
      socket.write(
        `POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"username":"${drafterUser.username}","password":"${wrongPassword}`,
      );
      setTimeout(() => socket.destroy(), 10_000).unref();
    });
    expect(stalled).toMatch(/^HTTP\/1\.1 408/);

    // Let the last lines reach the pipe, then read everything the process wrote.
    await new Promise((r) => setTimeout(r, 300));
    const output = app.output();
    const lines = output.split('\n').filter(Boolean);
    // The run was logged (so the absence below means something): one JSON line per request.
    const requests = lines.filter((l) => l.includes('"msg":"request completed"'));
    expect(requests.length).toBeGreaterThanOrEqual(25);
    expect(output).toContain('/admin/queues?token=[redacted]');
    expect(output).toContain('/me?access_token=[redacted]');
    const leaks = [...secrets.entries()]
      .filter(([, value]) => value.length >= 8 && output.includes(value))
      .map(([what]) => what);
    console.log(
      `secrets in logs: ${lines.length} log lines (${requests.length} requests) searched for ${secrets.size} secrets; ${leaks.length} found${leaks.length ? `: ${leaks.join(', ')}` : ''}`,
    );
    expect(leaks).toEqual([]);
    // No password-like field at all, whatever its value.
    expect(output).not.toMatch(/"password"\s*:/i);
    expect(output).not.toMatch(/"refreshToken"\s*:/i);
    expect(output).not.toMatch(/Bearer [A-Za-z0-9._-]{20,}/);
  });
});
