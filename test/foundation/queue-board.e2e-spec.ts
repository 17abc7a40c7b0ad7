import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/config';
import { JobProducer, QUEUES } from '@app/queue';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUser } from '../support/factories';

type Api = Awaited<ReturnType<typeof startApi>>;

/** Logs in, POSTs for the board cookie and returns the "name=value" to send back. */
async function boardCookie(api: Api, username: string, password?: string): Promise<string> {
  const token = await tokenFor(api.http, username, password);
  const res = await api
    .http()
    .post('/admin/queue-board/session')
    .set('Authorization', `Bearer ${token}`)
    .expect(204);
  const cookie = String(res.headers['set-cookie']);
  expect(cookie).toMatch(
    /rf_queue_board=.+; Max-Age=\d+; Path=\/admin\/queues; .*HttpOnly; .*SameSite=Strict/,
  );
  return cookie.split(';')[0];
}

describe('queue dashboard (Bull Board) at /admin/queues', () => {
  let api: Api;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
  });
  afterAll(() => api?.app.close());

  it('is shown to root-level administrators, through a cookie issued by a POST', async () => {
    const cookie = await boardCookie(api, 'xj-admin');
    const page = await api.http().get('/admin/queues').set('Cookie', cookie).expect(200);
    expect(page.text).toContain('<html');
    const queues = await api.http().get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'deadlines',
      'notifications',
      'system',
    ]);
    expect(queues.body.queues.every((q: { readOnlyMode: boolean }) => q.readOnlyMode)).toBe(true);
  });

  it('refuses anonymous callers, non-admins, and admins of a prefecture or a county (every region shares the queues)', async () => {
    const anonymous = await api.http().get('/admin/queues').expect(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, requestId: expect.any(String) });
    const drafter = await tokenFor(api.http, 'htb-drafter');
    await api.http().get('/admin/queues').set('Authorization', `Bearer ${drafter}`).expect(403);

    const countyAdmin = await createUser(api.dataSource, demo.unitIds.htb, ['admin']);
    for (const [username, password] of [
      ['cj-admin', undefined],
      [countyAdmin.username, countyAdmin.password],
    ]) {
      const token = await tokenFor(api.http, username!, password);
      const refused = await api
        .http()
        .get('/admin/queues/api/queues')
        .set('Authorization', `Bearer ${token}`)
        .expect(403);
      expect(refused.body).toMatchObject({
        error: 'ROLE_REQUIRED',
        message: expect.stringMatching(/root unit/),
      });
      await api.http().post('/admin/queue-board/session').set('Authorization', `Bearer ${token}`).expect(403);
    }
  });

  it('the cookie lives no longer than the token it carries', async () => {
    const admin = await tokenFor(api.http, 'xj-admin');
    const { sub, sid } = JSON.parse(Buffer.from(admin.split('.')[1], 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    // The same session's token, with 100 s of life left (as one issued a while ago would have).
    const config = api.app.get(AppConfig);
    const older = new JwtService({ secret: config.env.JWT_SECRET }).sign(
      { sub, sid },
      { algorithm: 'HS256', expiresIn: 100 },
    );
    const res = await api
      .http()
      .post('/admin/queue-board/session')
      .set('Authorization', `Bearer ${older}`)
      .expect(204);
    const maxAge = Number(/Max-Age=(\d+)/.exec(String(res.headers['set-cookie']))?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(98);
    expect(maxAge).toBeLessThanOrEqual(100);
    expect(config.env.JWT_ACCESS_TTL_SECONDS).toBeGreaterThan(100);
  });

  it('refuses a token in the query string, in any case or encoding, and sets no cookie', async () => {
    const admin = await tokenFor(api.http, 'xj-admin');
    for (const query of [`token=${admin}`, `%74oken=${admin}`, `TOKEN=${admin}`, `access_token=${admin}`]) {
      const res = await api.http().get(`/admin/queues?${query}`).expect(400);
      expect(res.body.error).toBe('TOKEN_IN_QUERY');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('is read-only by default: pausing a queue or promoting a job is refused and changes nothing', async () => {
    const cookie = await boardCookie(api, 'xj-admin');
    const notifications = api.app.get(JobProducer).queue(QUEUES.notifications);
    const pause = await api
      .http()
      .put('/admin/queues/api/queues/notifications/pause')
      .set('Cookie', cookie)
      .expect(405);
    expect(pause.body).toMatchObject({
      error: 'QUEUE_BOARD_READ_ONLY',
      message: expect.stringMatching(/read-only/),
    });
    expect(await notifications.isPaused()).toBe(false);
    await api.http().put('/admin/queues/api/queues/deadlines/promote').set('Cookie', cookie).expect(405);
  });

  it('lets a root-level administrator act when QUEUE_BOARD_READ_ONLY=false', async () => {
    const writable = await startApi({ env: { QUEUE_BOARD_READ_ONLY: 'false' } });
    const queue = writable.app.get(JobProducer).queue(QUEUES.system);
    try {
      const cookie = await boardCookie(writable, 'xj-admin');
      const list = await writable.http().get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
      expect(list.body.queues.every((q: { readOnlyMode: boolean }) => !q.readOnlyMode)).toBe(true);
      await writable.http().put('/admin/queues/api/queues/system/pause').set('Cookie', cookie).expect(200);
      expect(await queue.isPaused()).toBe(true);
      // A prefecture admin still may not, read-only or not.
      const cj = await tokenFor(writable.http, 'cj-admin');
      await writable
        .http()
        .put('/admin/queues/api/queues/system/resume')
        .set('Authorization', `Bearer ${cj}`)
        .expect(403);
      await writable.http().put('/admin/queues/api/queues/system/resume').set('Cookie', cookie).expect(200);
      expect(await queue.isPaused()).toBe(false);
    } finally {
      await queue.resume();
      await writable.app.close();
    }
  });
});
