import { createHmac } from 'node:crypto';
import { DEMO_PASSWORD } from '@app/directory';
import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';

/**
 * Each API process remembers the access tokens whose signature it verified (VerifiedTokens), so a
 * token is not verified again on every request. What a user notices must not change: a logout in
 * one process is refused at once by every other one that has already accepted the token, with the
 * one error shape, and a token that expires is refused from that second on.
 */
describe('an access token accepted before', () => {
  let a: Awaited<ReturnType<typeof startApi>>;
  let b: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    const env = { LOGIN_THROTTLE_PER_MINUTE: '1000' };
    a = await startApi({ env });
    b = await startApi({ env });
    await loadDemo(a.dataSource);
  });
  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
  });

  const login = async (username: string) =>
    (await a.http().post('/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200)).body as {
      accessToken: string;
    };

  it('is refused at once by another API process after a logout in this one', async () => {
    const { accessToken } = await login('htb-drafter');
    const auth = `Bearer ${accessToken}`;
    // Both processes accept (and so remember) the token several times.
    for (let i = 0; i < 3; i++) {
      await a.http().get('/me').set('Authorization', auth).expect(200);
      await b.http().get('/me').set('Authorization', auth).expect(200);
    }
    await a.http().post('/auth/logout').set('Authorization', auth).expect(204);
    const refused = await b.http().get('/me').set('Authorization', auth).expect(401);
    expect(refused.body).toEqual({
      statusCode: 401,
      error: 'SESSION_ENDED',
      message: expect.any(String),
      requestId: expect.any(String),
    });
    // A write through the other process is refused the same way.
    const write = await b
      .http()
      .post('/reports/00000000-0000-4000-8000-000000000000/actions')
      .set('Authorization', auth)
      .send({ action: 'submit', expectedVersion: 1 })
      .expect(401);
    expect(write.body.error).toBe('SESSION_ENDED');
  });

  it('is refused from the second it expires, though it was accepted just before', async () => {
    const { accessToken } = await login('mns-drafter');
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    const exp = Math.floor(Date.now() / 1000) + 2;
    const shortLived = sign({ sub: claims.sub, sid: claims.sid, iat: exp - 2, exp });
    const auth = `Bearer ${shortLived}`;
    await b.http().get('/me').set('Authorization', auth).expect(200);
    await b.http().get('/me').set('Authorization', auth).expect(200);
    // Bounded: the token's own second of expiry, plus a margin.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 50));
    const refused = await b.http().get('/me').set('Authorization', auth).expect(401);
    expect(refused.body.error).toBe('INVALID_TOKEN');
    expect(refused.body.message).toMatch(/expired/);
  });
});

/** An HS256 token signed with the API's secret, as the API signs its own. */
function sign(claims: object): string {
  const secret = process.env.JWT_SECRET ?? 'reportflow-local-development-secret-do-not-use-in-production';
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}
