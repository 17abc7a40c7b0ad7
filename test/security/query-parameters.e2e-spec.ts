import { startApi } from '../support/apps';
import { createUser } from '../support/factories';
import { errorShapeProblem, sandbox } from './support';

/**
 * A query parameter a route does not read is refused, whether the route reads a query DTO, named
 * keys or nothing (penetration test, stop 57: `/work-queue?limit=abc` and
 * `/units/drafter-counts?unitId=…` answered 200 with everything), except on the public disclosure
 * pages, whose shared links come back from chat apps with parameters of their own.
 */
describe('query parameters a route does not read', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let sb: Awaited<ReturnType<typeof sandbox>>;
  const boss = () => ({ Authorization: `Bearer ${sb.bossToken}` });

  beforeAll(async () => {
    api = await startApi();
    sb = await sandbox(api.http, api.dataSource, '查询参数');
  });
  afterAll(() => api?.app.close());

  it('are refused on a route that reads none, naming them, where the bare route answers', async () => {
    for (const path of ['/work-queue', '/units/drafter-counts']) {
      await api.http().get(path).set(boss()).expect(200);
      const res = await api.http().get(`${path}?limit=abc&unitId=${sb.county.id}`).set(boss());
      expect({ path, status: res.status, error: res.body.error }).toEqual({
        path,
        status: 400,
        error: 'VALIDATION_FAILED',
      });
      expect(res.body.details.fields).toEqual([
        'limit: this request takes no such query parameter',
        'unitId: this request takes no such query parameter',
      ]);
      expect(res.body.message).toMatch(/\(it takes no query parameters\)$/);
      expect(errorShapeProblem(res.status, res.body)).toBeNull();
    }
  });

  it('are refused beside the named ones a route reads, which still work', async () => {
    const clerk = await createUser(api.dataSource, sb.bureau.id, ['drafter', 'dept_reviewer']);
    const extra = await api
      .http()
      .delete(`/users/${clerk.id}/roles/drafter?unitId=${sb.bureau.id}&force=true`)
      .set(boss());
    expect([extra.status, extra.body.details?.fields]).toEqual([
      400,
      ['force: this request takes no such query parameter'],
    ]);
    expect(extra.body.message).toMatch(/\(it takes: unitId\)$/);
    const named = await api
      .http()
      .delete(`/users/${clerk.id}/roles/drafter?unitId=${sb.bureau.id}`)
      .set(boss());
    expect(named.status).toBe(200);
    expect(named.body.roles.map((r: { role: string }) => r.role)).toEqual(['dept_reviewer']);
  });

  it('are left to the DTO on a route that has one (it names what it accepts)', async () => {
    const res = await api.http().get('/reports?page=2').set(boss());
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/page: property page should not exist \(accepted: .*limit.*offset/);
  });

  it('are ignored on the public disclosure page, whose declared ones are still checked', async () => {
    const shared = await api
      .http()
      .get(`/public/reports?unit=${sb.county.id}&year=2026&from=timeline&isappinstalled=0`);
    expect(shared.status).toBe(200);
    expect(shared.headers['content-type']).toMatch(/text\/html/);
    const feed = await api
      .http()
      .get(`/public/reports.json?unit=${sb.county.id}&year=2026&from=singlemessage`);
    expect(feed.status).toBe(200);
    const wrong = await api.http().get(`/public/reports?unit=${sb.county.id}&year=abc&from=timeline`);
    expect([wrong.status, wrong.body.details?.fields]).toEqual([
      400,
      ['year: year must be an integer number'],
    ]);
  });

  it('reads a row id in the path as decimal digits only (0x1 is no notification 1)', async () => {
    for (const id of ['0x1', '1e0', '99999999999999999999', '-1']) {
      const res = await api.http().post(`/notifications/${id}/read`).set(boss());
      expect({ id, status: res.status, error: res.body.error }).toEqual({
        id,
        status: 404,
        error: 'NOTIFICATION_NOT_FOUND',
      });
    }
  });
});
