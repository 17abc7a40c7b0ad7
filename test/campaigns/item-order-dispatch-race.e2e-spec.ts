import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { at, campaignClient, login } from './campaign-helpers';

/**
 * A campaign's item order changes only until the first report is dispatched to it (the recipients
 * hold documents printed in it). A change that meets a dispatch still in its transaction must wait for
 * it and then be refused, never slip in between. What guarantees it: the change locks the campaign row
 * (FOR UPDATE) before counting the dispatches, and a dispatch's receipt row holds a shared lock on that
 * same campaign row through its foreign key until it commits, so the two are serialised whichever
 * comes first. This test keeps that true if either lock goes. Sandbox units; report year 2162 belongs
 * to this file.
 */
describe('changing the item order while a report is being dispatched', () => {
  const clock = new ManualClock(at('2163-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let office: ReturnType<typeof campaignClient>;
  let campaignId: string;
  let reportId: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const pref = await createUnit(ds, null, {
      name: uniqueName('竞态州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, pref, { name: uniqueName('竞态县'), kind: 'government' });
    const officeUnit = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const bureau = await createUnit(ds, county, { name: uniqueName('竞态县水利局') });
    const coordinator = await createUser(ds, officeUnit.id, ['coordinator']);
    office = campaignClient(api.http, await login(api.http, coordinator.username, coordinator.password));
    const issued = await office
      .issue({
        reportYear: 2162,
        title: '关于报送2162年度法治政府建设年度报告的通知',
        body: '请报送本单位2162年度法治政府建设年度报告。',
        dueDate: '2163-02-20',
        targets: { unitIds: [bureau.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const [target] = await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      campaignId,
    ]);
    reportId = target.report_id;
  });
  afterAll(async () => {
    await api?.dataSource.query('DELETE FROM report_receipts WHERE campaign_id = ?', [campaignId]);
    await api?.app.close();
  });

  it('waits for the dispatch and refuses with ITEM_ORDER_LOCKED', async () => {
    // A dispatch to the campaign, inside its transaction and not yet committed.
    const dispatch = api.dataSource.createQueryRunner();
    await dispatch.connect();
    await dispatch.startTransaction();
    const now = new Date();
    await dispatch.query(
      `INSERT INTO report_receipts (report_id, campaign_id, status, revision, dispatched_at, created_at, updated_at)
       VALUES (?, ?, 'received', 1, ?, ?, ?)`,
      [reportId, campaignId, now, now, now],
    );

    const { version } = (
      await api.http().get(`/campaigns/${campaignId}/item-order`).set(office.auth).expect(200)
    ).body as { version: number };
    let answered = false;
    const change = api
      .http()
      .put(`/campaigns/${campaignId}/item-order`)
      .set(office.auth)
      .send({ expectedVersion: version, itemOrder: [3, 1, 2, 4, 5] })
      .then((res) => {
        answered = true;
        return res;
      });
    // Long enough for the change to have read and written, had it not waited.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const answeredBeforeDispatchCommitted = answered;
    await dispatch.commitTransaction();
    await dispatch.release();
    const res = await change;

    expect(answeredBeforeDispatchCommitted).toBe(false);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: 'ITEM_ORDER_LOCKED', details: { dispatched: 1 } });
    const [stored] = await api.dataSource.query('SELECT item_order FROM campaigns WHERE id = ?', [
      campaignId,
    ]);
    expect(stored.item_order).toBeNull();
  });
});
