import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, unitById } from '../support/factories';

/**
 * Issue #15.5: a unit webhook URL may not point into the intranet. Refusals are checked at save
 * time only, without connecting anywhere (tests send traffic to loopback only).
 */
describe('unit webhook URLs are refused when they point at internal addresses', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: { Authorization: string };
  let unitId: string;

  beforeAll(async () => {
    api = await startApi();
    const demo = await loadDemo(api.dataSource);
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    unitId = (await createUnit(api.dataSource, xj, { kind: 'department', level: 'province' })).id;
    admin = { Authorization: `Bearer ${await tokenFor(api.http, 'xj-admin')}` };
  });
  afterAll(() => api?.app.close());

  const stored = async () =>
    (await api.dataSource.query('SELECT webhook_url FROM units WHERE id = ?', [unitId]))[0].webhook_url;

  it.each([
    ['http://127.0.0.1:6379/', /127\.0\.0\.1 is a loopback address/],
    [
      'http://localhost:3306/',
      /webhook host localhost is not allowed: it does not resolve to a public address/,
    ],
    ['http://[::1]/robot', /::1 is a loopback address/],
    ['http://[::ffff:127.0.0.1]/robot', /127\.0\.0\.1 is a loopback address/],
    ['http://2130706433/robot', /127\.0\.0\.1 is a loopback address/],
    ['http://0x7f.1/robot', /127\.0\.0\.1 is a loopback address/],
    ['http://0177.0.0.1/robot', /127\.0\.0\.1 is a loopback address/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://10.0.0.8/cgi-bin/webhook/send?key=x', /private/],
    ['http://100.100.100.200/latest', /carrier-grade NAT/],
    ['http://[fd12:3456::1]/robot', /unique-local/],
    ['http://[::127.0.0.1]/robot', /not a global unicast IPv6 address/], // IPv4-compatible
    ['http://[100::1]/robot', /not a global unicast IPv6 address/],
    ['http://0.0.0.0/robot', /unspecified/],
    ['http://93.184.216.34:22/robot', /port 22 is not allowed/],
  ])('refuses %s with a clear 400 and stores nothing', async (url, why) => {
    const res = await api.http().put(`/units/${unitId}/webhook`).set(admin).send({ url }).expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: 'WEBHOOK_URL_REFUSED',
      message: expect.stringMatching(why),
      requestId: expect.any(String),
    });
    expect(await stored()).toBeNull();
  });

  it('accepts a public address, and a loopback one only when WEBHOOK_ALLOWED_HOSTS names it', async () => {
    await api
      .http()
      .put(`/units/${unitId}/webhook`)
      .set(admin)
      .send({ url: 'https://93.184.216.34/cgi-bin/webhook/send?key=k' })
      .expect(200);
    expect(await stored()).toBe('https://93.184.216.34/cgi-bin/webhook/send?key=k');

    const intranet = await startApi({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,robot.intranet.gov.cn' } });
    try {
      const token = { Authorization: `Bearer ${await tokenFor(intranet.http, 'xj-admin')}` };
      for (const url of ['http://127.0.0.1:8123/robot', 'http://robot.intranet.gov.cn:8081/robot']) {
        await intranet.http().put(`/units/${unitId}/webhook`).set(token).send({ url }).expect(200);
        expect(await stored()).toBe(url);
      }
      await intranet
        .http()
        .put(`/units/${unitId}/webhook`)
        .set(token)
        .send({ url: 'http://127.0.0.2/robot' })
        .expect(400);
    } finally {
      await intranet.app.close();
    }
  });
});
