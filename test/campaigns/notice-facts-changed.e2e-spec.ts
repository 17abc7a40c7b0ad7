import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { tokenFor } from '../support/demo';
import { completeSections } from '../support/content';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { reportOfUnit } from '../reports/disclosure-helpers';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, MEETING, reviewChainUser, submitThroughChain } from './campaign-helpers';

// This file's report year (its own units, too).
const YEAR = 2138;
const OWN_PARAGRAPH = '二、工作要求。各部门要对照反馈意见认真整改。';

interface NoticeBody {
  version: number;
  status: string;
  title: string;
  documentNumber: string | null;
  paragraphs: string[];
  namedUnits: Array<{ id: string }>;
  factsChanged: boolean;
  textBeforeRefresh: {
    version: number;
    paragraphs: string[];
    namedUnits: Array<{ id: string; name: string }>;
    replacedAt: string;
  } | null;
}

/**
 * Scenario test, stop 47: an office stored its 通报 draft while one bureau had not reported and was
 * not due yet; the bureau reported; the 通报 was issued saying 尚未到期1个, for good. 印发 now answers
 * 409 NOTICE_FACTS_CHANGED while the board says otherwise than the text; the office refreshes the
 * body from today's facts (its title and 文号 kept) or confirms the text as it is.
 */
describe('a 通报 whose figures changed after its text was generated', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-10`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let coordinator: string;
  const bureaus: Array<{ id: string; name: string; drafter: string; reviewer: string }> = [];
  const login = (username: string) => tokenFor(api.http, username, FACTORY_PASSWORD);

  const notice = async (campaignId: string) => {
    const auth = { Authorization: `Bearer ${await login(coordinator)}` };
    const path = `/campaigns/${campaignId}/notice`;
    return {
      read: async () => (await api.http().get(path).set(auth).expect(200)).body as NoticeBody,
      create: () => api.http().post(path).set(auth),
      edit: (body: object) => api.http().put(path).set(auth).send(body),
      refresh: (body: object) => api.http().post(`${path}/refresh`).set(auth).send(body),
      // Issued before the disclosure date, which is not what this file is about (notice.e2e-spec is).
      issue: (body: object) =>
        api
          .http()
          .post(`${path}/issue`)
          .set(auth)
          .send({ confirmBeforeDisclosureDate: true, ...body }),
    };
  };
  const issueCampaign = async (suffix: string, targets: typeof bureaus) =>
    (
      await campaignClient(api.http, await login(coordinator))
        .issue({
          reportYear: YEAR,
          title: `关于报送${YEAR}年度法治政府建设年度报告的通知（${suffix}）`,
          body: '请各部门于2月27日前报送。',
          dueDate: `${YEAR + 1}-02-27`,
          targets: { unitIds: targets.map((b) => b.id) },
        })
        .expect(201)
    ).body.id as string;
  const dispatch = async (campaignId: string, bureau: (typeof bureaus)[number]) => {
    const reportId = await reportOfUnit(api.dataSource, campaignId, bureau.id);
    const drafter = reportClient(api.http, await login(bureau.drafter));
    const reviewer = reportClient(api.http, await login(bureau.reviewer));
    const current = await drafter.get(reportId).expect(200);
    if (current.body.currentRevision === 0)
      await drafter
        .save(reportId, { basedOnRevision: 0, sections: completeSections(bureau.name, YEAR) })
        .expect(201);
    await submitThroughChain(drafter, reviewer, reportId, { ...MEETING, meetingDate: `${YEAR + 1}-01-08` });
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const prefecture = await createUnit(api.dataSource, null, {
      name: uniqueName('通报数字州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(api.dataSource, prefecture, {
      name: uniqueName('通报数字县'),
      kind: 'government',
    });
    for (const name of ['通报数字县水务局', '通报数字县林业局', '通报数字县审计局', '通报数字县统计局']) {
      const unit = await createUnit(api.dataSource, county, { name: uniqueName(name) });
      const drafter = await createUser(api.dataSource, unit.id, ['drafter']);
      const reviewer = await reviewChainUser(api.dataSource, unit.id, uniqueName('通报数字审核'));
      bureaus.push({ id: unit.id, name: unit.name, drafter: drafter.username, reviewer: reviewer.username });
    }
    coordinator = (await createUser(api.dataSource, county.id, ['coordinator'])).username;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('refuses 印发 with the old figures, and refreshes the body keeping the title and 文号', async () => {
    const [water, forest] = bureaus;
    const campaignId = await issueCampaign('更新', [water, forest]);
    await dispatch(campaignId, water);
    const office = await notice(campaignId);
    await office.create().expect(201);
    const drafted = await office.read();
    expect(drafted.factsChanged).toBe(false);
    expect(drafted.paragraphs.join('')).toContain('尚未到期1个');
    await office
      .edit({
        expectedVersion: 1,
        title: drafted.title,
        documentNumber: `通报数字县依法办〔${YEAR + 1}〕2号`,
        paragraphs: [...drafted.paragraphs, OWN_PARAGRAPH],
        namedUnitIds: [water.id],
      })
      .expect(200);
    expect((await office.read()).textBeforeRefresh).toBeNull();

    // The forest bureau reports: nothing is left to wait for, and the text is out of date.
    await dispatch(campaignId, forest);
    expect((await office.read()).factsChanged).toBe(true);
    const refused = await office.issue({ expectedVersion: 2 });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'NOTICE_FACTS_CHANGED', message: expect.any(String) });
    expect((await office.read()).status).toBe('draft');

    await office.refresh({ expectedVersion: 1 }).expect(409);
    const refreshed = (await office.refresh({ expectedVersion: 2 }).expect(200)).body as NoticeBody;
    expect(refreshed).toMatchObject({
      version: 3,
      factsChanged: false,
      title: drafted.title,
      documentNumber: `通报数字县依法办〔${YEAR + 1}〕2号`,
    });
    expect(refreshed.paragraphs.join('')).not.toContain('尚未到期');
    // What the office wrote is not lost with the old figures (scenario test, stop 48): the body and
    // the units it named before the refresh are there to copy back.
    expect(refreshed.paragraphs).not.toContain(OWN_PARAGRAPH);
    expect(refreshed.textBeforeRefresh).toEqual({
      version: 2,
      paragraphs: [...drafted.paragraphs, OWN_PARAGRAPH],
      namedUnits: [{ id: water.id, name: water.name }],
      replacedAt: expect.any(String),
    });
    // Pressed again with no edit between, the office's text is still the one kept (review, stop 48:
    // the second refresh kept the first one's generated body instead).
    const again = (await office.refresh({ expectedVersion: 3 }).expect(200)).body as NoticeBody;
    expect(again.textBeforeRefresh).toMatchObject({
      version: 2,
      paragraphs: [...drafted.paragraphs, OWN_PARAGRAPH],
    });
    // Issued, the 通报 is what it says: the replaced text is no longer offered.
    expect((await office.issue({ expectedVersion: 4 }).expect(200)).body).toMatchObject({
      status: 'issued',
      textBeforeRefresh: null,
    });
  });

  it('issues the text as it is when the office confirms it has checked it', async () => {
    const [, , audit, statistics] = bureaus;
    const campaignId = await issueCampaign('确认', [audit, statistics]);
    await dispatch(campaignId, audit);
    const office = await notice(campaignId);
    await office.create().expect(201);
    await dispatch(campaignId, statistics);
    expect((await office.issue({ expectedVersion: 1 })).body.error).toBe('NOTICE_FACTS_CHANGED');
    const issued = (await office.issue({ expectedVersion: 1, confirmChangedFacts: true }).expect(200))
      .body as NoticeBody;
    expect(issued).toMatchObject({ status: 'issued', factsChanged: false });
  });
});
