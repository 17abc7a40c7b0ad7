import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { at, campaignClient } from './campaign-helpers';

/**
 * Large answers go out gzipped (issue #20), and the board's ETag still answers 304 while nothing
 * changed, and 200 with the change as soon as something did. Report year 2155 is this file's alone;
 * the ETag leaves generatedAt out, so it moves only with what the board shows (board-etag.e2e-spec).
 */
describe('compressed answers keep their ETag and 304', () => {
  const clock = new ManualClock(at('2156-01-07'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let campaignId: string;
  let htbUnitId: string;
  const coordinator = async () => campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const demo = await loadDemo(api.dataSource);
    htbUnitId = demo.unitIds['htb-transport'];
    // Every bureau of the prefecture: a board of some 20 rows, well over the 8 KB threshold.
    const issued = await (
      await coordinator()
    )
      .issue({
        reportYear: 2155,
        title: '关于报送2155年度法治政府建设年度报告的通知',
        body: '请于2月27日前报送。',
        dueDate: '2156-02-27',
        targets: { select: { nameContains: '局' } },
      })
      .expect(201);
    campaignId = issued.body.id;
    expect(issued.body.targetCount).toBeGreaterThan(10);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const board = async (headers: Record<string, string>) => {
    const req = api
      .http()
      .get(`/campaigns/${campaignId}/board`)
      .set((await coordinator()).auth);
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return req;
  };

  it('gzips the board for a client that accepts it, and sends it plain to one that does not', async () => {
    const plain = await board({ 'Accept-Encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const plainBytes = Number(plain.headers['content-length']);
    expect(plainBytes).toBeGreaterThan(8 * 1024);

    const gzipped = await board({ 'Accept-Encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
    // supertest inflates it: the same board, byte for byte once parsed.
    expect(gzipped.body).toEqual(plain.body);
    // The same representation, so the same validator whichever way it travelled.
    expect(gzipped.headers.etag).toBe(plain.headers.etag);
  });

  it('answers 304 to If-None-Match while nothing changed, and 200 with the change at once after one', async () => {
    const first = await board({ 'Accept-Encoding': 'gzip' });
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();

    const unchanged = await board({ 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers['content-encoding']).toBeUndefined();

    // The county bureau asks for more time: the very next read shows it (the clock did not move).
    const drafter = campaignClient(api.http, await tokenFor(api.http, 'htb-drafter'));
    const asked = await drafter
      .askExtension(campaignId, { requestedDueDate: '2156-03-06', reason: '党组会议推迟召开' })
      .expect(201);
    const changed = await board({ 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const row = (
      changed.body.rows as Array<{ unit: { id: string }; pendingExtensionId: string | null }>
    ).find((r) => r.unit.id === htbUnitId);
    expect(row?.pendingExtensionId).toBe(asked.body.id);
  });

  it('leaves small answers and already-compressed downloads alone', async () => {
    const small = await api
      .http()
      .get(`/campaigns/${campaignId}/board?limit=1`)
      .set((await coordinator()).auth)
      .set('Accept-Encoding', 'gzip');
    expect(small.status).toBe(200);
    expect(Number(small.headers['content-length'])).toBeLessThan(8 * 1024);
    expect(small.headers['content-encoding']).toBeUndefined();

    const xlsx = await (await coordinator()).xlsx(campaignId).set('Accept-Encoding', 'gzip').expect(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    // A ZIP container (PK\x03\x04): sent as it is.
    expect((xlsx.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
