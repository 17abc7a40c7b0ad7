import JSZip from 'jszip';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, submitThroughChain } from './campaign-helpers';

type Campaigns = ReturnType<typeof campaignClient>;

/** A complete draft whose sections each end with a line naming their item, so the printed order reads back from the XML. */
const MARKED = ['一', '二', '三', '四', '五'];
function markedSections(unitName: string) {
  const complete = completeSections(unitName, 2067);
  const keys = ['measures', 'shortcomings', 'leadersDuty', 'nextYearPlan', 'other'] as const;
  return Object.fromEntries(keys.map((key, i) => [key, `${complete[key]}\n第${MARKED[i]}项：标记。`]));
}

const paragraphs = (xml: string) =>
  xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((t) => t !== '');

/**
 * The item order stored on the campaign (#18 item 7): set when issuing, changed by the issuer with
 * expectedVersion until the first dispatch, and printed by the export when the request names none.
 * The county bureau's one report answers the 依法治县办's campaign (item 3 first) and the 州交通运输局's
 * (statutory): the earliest campaign's order is the default, `campaignId` picks the other.
 * Sandbox units; report year 2067 belongs to this file.
 */
describe('item order stored on the campaign', () => {
  const clock = new ManualClock(at('2068-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let office: Campaigns;
  let prefecture: Campaigns;
  let drafter: ReturnType<typeof reportClient>;
  let reviewer: ReturnType<typeof reportClient>;
  let transportId: string;
  let officeCampaignId: string;
  let prefCampaignId: string;
  let reportId: string;

  const itemOrder = (campaigns: Campaigns, id: string) =>
    api.http().get(`/campaigns/${id}/item-order`).set(campaigns.auth);
  const putItemOrder = (auth: Record<string, string>, id: string, body: object) =>
    api.http().put(`/campaigns/${id}/item-order`).set(auth).send(body);
  const printedItems = async (query = '') => {
    const res = await api
      .http()
      .get(`/reports/${reportId}/export.docx${query}`)
      .set(drafter.raw().auth)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const xml = await (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string');
    return paragraphs(xml)
      .map((p) => /^第(.)项：/.exec(p)?.[1])
      .filter((n): n is string => n !== undefined)
      .join('');
  };
  const issue = (campaigns: Campaigns, body: object) =>
    campaigns.issue({
      reportYear: 2067,
      body: '请报送本单位2067年度法治政府建设年度报告。',
      dueDate: '2068-02-20',
      targets: { unitIds: [transportId] },
      ...body,
    });

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const pref = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    // Named as places name them: the 州's bureau asks its counterpart, 呼图壁县交通运输局.
    const prefTransport = await createUnit(ds, pref, { name: `${pref.name}交通运输局`, level: 'prefecture' });
    const county = await createUnit(ds, pref, { name: '呼图壁县', kind: 'government' });
    const officeUnit = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const transport = await createUnit(ds, county, { name: '呼图壁县交通运输局' });
    transportId = transport.id;
    await relaxDutySeparation(ds, transport.id);
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    office = campaignClient(api.http, await as(officeUnit.id, ['coordinator']));
    prefecture = campaignClient(api.http, await as(prefTransport.id, ['coordinator']));
    drafter = reportClient(api.http, await as(transport.id, ['drafter']));
    reviewer = reportClient(
      api.http,
      await as(transport.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('is set when issuing: each of 1-5 once, else 400 ITEM_ORDER_INVALID and nothing issued', async () => {
    const doubled = await issue(office, {
      title: '关于报送2067年度法治政府建设年度报告的通知',
      itemOrder: [3, 3, 1, 2, 4],
    }).expect(400);
    expect(doubled.body).toMatchObject({ error: 'ITEM_ORDER_INVALID', details: { given: [3, 3, 1, 2, 4] } });

    const issued = await issue(office, {
      title: '关于报送2067年度法治政府建设年度报告的通知',
      documentNumber: '呼法办发〔2068〕1号',
      itemOrder: [3, 1, 2, 4, 5],
    }).expect(201);
    officeCampaignId = issued.body.id;
    expect(issued.body.itemOrder).toEqual([3, 1, 2, 4, 5]);
    expect((await itemOrder(office, officeCampaignId).expect(200)).body).toEqual({
      itemOrder: [3, 1, 2, 4, 5],
      isStatutory: false,
      version: 0,
      changeable: true,
      lockedBecause: null,
      dispatched: 0,
    });

    // Issued later, without an order: the statutory one.
    clock.set(at('2068-01-11'));
    const fromPrefecture = await issue(prefecture, {
      title: '关于报送交通运输系统2067年度法治政府建设报告的通知',
    }).expect(201);
    prefCampaignId = fromPrefecture.body.id;
    expect(fromPrefecture.body.itemOrder).toEqual([1, 2, 3, 4, 5]);
    const board = await office.board(officeCampaignId).expect(200);
    reportId = board.body.rows[0].reportId;
  });

  it('is changed by the issuer only, with expectedVersion, and recorded', async () => {
    const byOther = await putItemOrder(prefecture.auth, officeCampaignId, {
      expectedVersion: 0,
      itemOrder: [1, 2, 3, 4, 5],
    });
    expect(byOther.status).toBe(404);
    const byTarget = await putItemOrder(drafter.raw().auth, officeCampaignId, {
      expectedVersion: 0,
      itemOrder: [1, 2, 3, 4, 5],
    }).expect(403);
    expect(byTarget.body.error).toBe('ROLE_REQUIRED');
    const invalid = await putItemOrder(office.auth, officeCampaignId, {
      expectedVersion: 0,
      itemOrder: [1, 2, 3, 4],
    }).expect(400);
    expect(invalid.body.error).toBe('ITEM_ORDER_INVALID');

    const changed = await putItemOrder(office.auth, officeCampaignId, {
      expectedVersion: 0,
      itemOrder: [2, 1, 3, 4, 5],
    }).expect(200);
    expect(changed.body).toMatchObject({ itemOrder: [2, 1, 3, 4, 5], version: 1 });
    const stale = await putItemOrder(office.auth, officeCampaignId, {
      expectedVersion: 0,
      itemOrder: [3, 1, 2, 4, 5],
    }).expect(409);
    expect(stale.body).toMatchObject({ error: 'ITEM_ORDER_STALE_VERSION', details: { currentVersion: 1 } });
    await putItemOrder(office.auth, officeCampaignId, {
      expectedVersion: 1,
      itemOrder: [3, 1, 2, 4, 5],
    }).expect(200);

    const events = (await office.events(officeCampaignId).expect(200)).body as Array<{
      action: string;
      details: { before: number[]; after: number[] };
    }>;
    expect(events.filter((e) => e.action === 'item_order_set').map((e) => e.details)).toEqual([
      expect.objectContaining({ before: [3, 1, 2, 4, 5], after: [2, 1, 3, 4, 5], version: 1 }),
      expect.objectContaining({ before: [2, 1, 3, 4, 5], after: [3, 1, 2, 4, 5], version: 2 }),
    ]);
  });

  it('is the export’s order: the earliest campaign by default, campaignId picks another, ?itemOrder wins', async () => {
    await drafter
      .save(reportId, { basedOnRevision: 0, sections: markedSections('呼图壁县交通运输局') })
      .expect(201);
    expect(await printedItems()).toBe('三一二四五');
    expect(await printedItems(`?campaignId=${officeCampaignId}`)).toBe('三一二四五');
    expect(await printedItems(`?campaignId=${prefCampaignId}`)).toBe('一二三四五');
    expect(await printedItems(`?itemOrder=5,4,3,2,1&campaignId=${officeCampaignId}`)).toBe('五四三二一');

    const unknown = await api
      .http()
      .get(`/reports/${reportId}/export.docx?campaignId=${officeCampaignId.replace(/^.{8}/, '00000000')}`)
      .set(drafter.raw().auth)
      .expect(400);
    expect(unknown.body).toMatchObject({ error: 'EXPORT_CAMPAIGN_UNKNOWN', message: expect.any(String) });
    // Which campaigns the report answers is not said: a copy recipient may not read them all.
    expect(JSON.stringify(unknown.body)).not.toContain(prefCampaignId);
  });

  it('no longer changes once a report has been dispatched to the campaign', async () => {
    await submitThroughChain(drafter, reviewer, reportId, {
      meetingBody: '党组会议',
      meetingDate: '2068-01-08',
      minutesNumber: '党组会纪要〔2068〕1号',
    });
    expect((await itemOrder(office, officeCampaignId).expect(200)).body).toMatchObject({
      version: 2,
      changeable: false,
    });
    const locked = await putItemOrder(office.auth, officeCampaignId, {
      expectedVersion: 2,
      itemOrder: [1, 2, 3, 4, 5],
    }).expect(409);
    expect(locked.body).toMatchObject({ error: 'ITEM_ORDER_LOCKED', details: { dispatched: 1 } });
    // The reason is part of the answer, so the console can say why the order no longer changes.
    expect((await itemOrder(office, officeCampaignId).expect(200)).body).toMatchObject({
      changeable: false,
      lockedBecause: 'dispatched',
      dispatched: 1,
    });
  });
});
