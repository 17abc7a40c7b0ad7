import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { reportClient, submitDraft } from '../reports/report-helpers';
import { at, campaignClient } from './campaign-helpers';

/**
 * The board's conditional GET (issue #20): its ETag is the hash of what it shows, generatedAt left
 * out, so a console polling an unchanged board gets 304 even as the clock moves on; a light that
 * turns with the clock, and a write, answer 200 with the change on the very next read. Report year
 * 2200 is this file's alone.
 */
describe('the board answers 304 while nothing shown changed, and shows every change at once', () => {
  const clock = new ManualClock(at('2201-01-07'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let campaignId: string;
  let htbUnitId: string;
  const coordinator = async () => campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));

  type Row = { unit: { id: string }; reportId: string; light: string; state: string };
  const board = async (etag?: string) => {
    const req = (await coordinator()).board(campaignId).set('Accept-Encoding', 'gzip');
    return etag ? req.set('If-None-Match', etag) : req;
  };
  const htbRow = (body: { rows: Row[] }) => body.rows.find((r) => r.unit.id === htbUnitId)!;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const demo = await loadDemo(api.dataSource);
    htbUnitId = demo.unitIds['htb-transport'];
    const issued = await (
      await coordinator()
    )
      .issue({
        reportYear: 2200,
        title: '关于报送2200年度法治政府建设年度报告的通知',
        body: '请于2月27日前报送。',
        dueDate: '2201-02-27',
        targets: { select: { nameContains: '局' } },
      })
      .expect(201);
    campaignId = issued.body.id;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('keeps its ETag while only the time of reading moves, and tells the browser to ask again each time', async () => {
    const first = await board();
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(first.headers.etag).toMatch(/^W\//);
    expect(htbRow(first.body).light).toBe('green');

    clock.advance(10 * 60_000);
    const later = await board();
    expect(later.body.generatedAt).not.toBe(first.body.generatedAt);
    expect(later.headers.etag).toBe(first.headers.etag);

    const polled = await board(first.headers.etag as string);
    expect(polled.status).toBe(304);
    expect(polled.text ?? '').toBe('');
  });

  it('answers 200 with the light the clock turned, yellow then red, on the next read', async () => {
    const green = await board();
    const etag = green.headers.etag as string;
    expect(htbRow(green.body).light).toBe('green');

    // The day before the due date: one working day left.
    clock.set(at('2201-02-26'));
    const yellow = await board(etag);
    expect(yellow.status).toBe(200);
    expect(htbRow(yellow.body).light).toBe('yellow');
    expect(yellow.headers.etag).not.toBe(etag);

    // The day after the due date: overdue.
    clock.set(at('2201-02-28'));
    const red = await board(yellow.headers.etag as string);
    expect(red.status).toBe(200);
    expect(htbRow(red.body).light).toBe('red');
    expect(red.body.today).toBe('2201-02-28');
  });

  it('answers 200 with a transition on the next read after it', async () => {
    const before = await board();
    const etag = before.headers.etag as string;
    const row = htbRow(before.body);
    expect(row.state).toBe('drafting');
    expect((await board(etag)).status).toBe(304);

    const drafter = reportClient(api.http, await tokenFor(api.http, 'htb-drafter'));
    await submitDraft(drafter, row.reportId);
    const after = await board(etag);
    expect(after.status).toBe(200);
    expect(htbRow(after.body).state).not.toBe('drafting');
  });
});
