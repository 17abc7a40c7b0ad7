import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { at, campaignClient } from './campaign-helpers';

const RULE = {
  basePoints: 100,
  perWorkingDayLate: 3,
  notSubmitted: 20,
  notPublishedByDisclosureDate: 10,
  perMissingItem: 2,
  perReturnBeyondFirst: 1,
};

/**
 * A campaign's record of changes is a hash chain like a report's audit trail (report year 2091,
 * this file's alone): two changes made at the same moment both land, numbered one after the other,
 * and an event edited or removed behind the application's back is found by the verification.
 */
describe('a campaign’s record of changes cannot be altered unnoticed', () => {
  const clock = new ManualClock(at('2092-01-07'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let campaignId: string;
  let auth: Record<string, string>;
  const verification = () =>
    api.http().get(`/campaigns/${campaignId}/events/verification`).set(auth).expect(200);
  const events = async () =>
    (await api.http().get(`/campaigns/${campaignId}/events`).set(auth).expect(200)).body as Array<{
      id: number;
      action: string;
    }>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    demo = await loadDemo(api.dataSource);
    const token = await tokenFor(api.http, 'cj-coordinator');
    auth = { Authorization: `Bearer ${token}` };
    const issued = await campaignClient(api.http, token)
      .issue({
        reportYear: 2091,
        title: '关于报送2091年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2092〕2号',
        issuedOn: '2092-01-07',
        body: '请于2月26日前报送。',
        dueDate: '2092-02-26',
        targets: { unitIds: [demo.unitIds['htb-transport'], demo.unitIds['mns-transport']] },
      })
      .expect(201);
    campaignId = issued.body.id;
  });

  afterAll(async () => {
    await api.app.close();
  });

  it('records two changes made at the same moment, one after the other, and the record verifies', async () => {
    const [rule, order] = await Promise.all([
      api
        .http()
        .put(`/campaigns/${campaignId}/scoring-rule`)
        .set(auth)
        .send({ ...RULE, expectedVersion: 0 }),
      api
        .http()
        .put(`/campaigns/${campaignId}/item-order`)
        .set(auth)
        .send({ expectedVersion: 0, itemOrder: [3, 1, 2, 4, 5] }),
    ]);
    expect([rule.status, order.status]).toEqual([200, 200]);
    expect((await events()).map((e) => e.action).sort()).toEqual([
      'issued',
      'item_order_set',
      'scoring_rule_set',
    ]);
    expect((await verification()).body).toEqual({ verified: true });
  });

  it('finds an event edited in the database, and one cut off the end', async () => {
    const recorded = await events();
    const second = recorded[1]!;
    await api.dataSource.query(
      `UPDATE campaign_events SET details = JSON_SET(details, '$.forged', 1) WHERE id = ?`,
      [second.id],
    );
    expect((await verification()).body).toMatchObject({ verified: false, brokenAt: 2 });
    await api.dataSource.query(
      `UPDATE campaign_events SET details = JSON_REMOVE(details, '$.forged') WHERE id = ?`,
      [second.id],
    );
    expect((await verification()).body).toEqual({ verified: true });

    const last = recorded[recorded.length - 1]!;
    await api.dataSource.query(`DELETE FROM campaign_events WHERE id = ?`, [last.id]);
    expect((await verification()).body).toMatchObject({ verified: false, brokenAt: recorded.length });
  });

  it('is read only by those who read the board', async () => {
    const drafter = await tokenFor(api.http, 'htb-drafter');
    const refused = await api
      .http()
      .get(`/campaigns/${campaignId}/events/verification`)
      .set({ Authorization: `Bearer ${drafter}` });
    expect([403, 404]).toContain(refused.status);
  });
});
