import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';

describe('queue dashboard (Bull Board) at /admin/queues', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeAll(async () => {
    api = await startApi();
    await loadDemo(api.dataSource);
  });
  afterAll(() => api?.app.close());

  it('is shown to administrators only', async () => {
    await api.http().get('/admin/queues').expect(401);
    const drafter = await tokenFor(api.http, 'htb-drafter');
    const refused = await api
      .http()
      .get('/admin/queues')
      .set('Authorization', `Bearer ${drafter}`)
      .expect(403);
    expect(refused.body.message).toMatch(/needs the role admin/);
    const admin = await tokenFor(api.http, 'cj-admin');
    const page = await api.http().get(`/admin/queues?token=${admin}`).expect(200);
    expect(page.text).toContain('<html');
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/rf_queue_board=.*HttpOnly/);
    const queues = await api
      .http()
      .get('/admin/queues/api/queues')
      .set('Cookie', cookie.split(';')[0])
      .expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'deadlines',
      'notifications',
      'system',
    ]);
  });
});
