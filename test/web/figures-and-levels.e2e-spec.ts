import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ManualClock } from '@app/common';
import { tokenFor } from '../support/demo';
import { completeSections } from '../support/content';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { at, reviewChainUser } from '../campaigns/campaign-helpers';
import { reportOfUnit } from '../reports/disclosure-helpers';
import { reportClient, step, submitDraft } from '../reports/report-helpers';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';
import { sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report years, used by no other file: the region's campaign, the prefecture's, a bureau's report.
const REGION_YEAR = 2140;
const PREFECTURE_YEAR = 2141;
const BUREAU_YEAR = 2142;
/** Server and browser agree on today: early in 2141, seven weeks before the region's due date. */
const TODAY = at('2141-01-12');
const THIS_YEAR = 2141;

/**
 * #19 items 6 and 8 as the region's (自治区) coordinator and a bureau's reviewers see them, at 1366×768:
 * before the due date the board says 已报送率 and draws no 0% bar for a prefecture not yet due, the
 * stage deadline is stated in working days with the date, the level filter speaks of 自治区级 and
 * 地（州、市）级, 本级下发的任务 holds only the region's own campaigns; the diff marks the changed word;
 * the 通报's 文号 example and the minutes-number example show this year. A sandbox prefecture of this file's own.
 */
describe('web console: figures and labels for the region (自治区) coordinator', () => {
  const clock = new ManualClock(TODAY);
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let regionCoordinator: { username: string };
  let officeCoordinator: { username: string };
  let countyName: string;
  let regionCampaign: { id: string; title: string };
  let prefectureTitle: string;
  let county: { id: string; name: string };
  let reportId: string;
  let reviewer: { username: string };
  const http = () => request(stack.api.getHttpServer());

  /**
   * A session at 1366×768 whose browser clock reads the server's today (the examples use the year),
   * or `pcClock` for a computer whose clock is off.
   */
  const as = async (username: string, pcClock: Date = clock.now()): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl, { clockAt: pcClock });
    contexts.push(context);
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };
  const issue = async (username: string, body: Record<string, unknown>) =>
    (
      await http()
        .post('/campaigns')
        .set({ Authorization: `Bearer ${await tokenFor(http, username, FACTORY_PASSWORD)}` })
        .send(body)
        .expect(201)
    ).body as { id: string };

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const sandbox = await sandboxPrefecture(ds, stack.demo.unitIds.xj, '图');
    county = sandbox.county;
    countyName = sandbox.county.name;
    // The 依法治州办's own 经办人: the office (under the 州委) is all its roles reach.
    officeCoordinator = await createUser(ds, sandbox.office.id, ['coordinator']);
    regionCoordinator = await createUser(ds, stack.demo.unitIds.xj, ['coordinator']);

    const title = `关于报送${REGION_YEAR}年度法治政府建设情况报告的通知（${uniqueName('区')}）`;
    const issued = await issue(regionCoordinator.username, {
      reportYear: REGION_YEAR,
      title,
      body: '请各地按时报送。',
      dueDate: '2141-02-27',
      targets: { unitIds: [county.id] },
    });
    regionCampaign = { id: issued.id, title };
    // The county's report goes to its first review, a stage with a deadline of its own (本环节截止).
    await reviewChainUser(ds, county.id, uniqueName('fig-county-review'));
    await submitDraft(
      reportClient(http, await tokenFor(http, sandbox.drafter.username, FACTORY_PASSWORD)),
      await reportOfUnit(ds, issued.id, county.id),
    );
    // The prefecture's own campaign: the region sees it as a campaign below, not as one it issued.
    prefectureTitle = `关于报送${PREFECTURE_YEAR}年度法治政府建设情况报告的通知（${uniqueName('州')}）`;
    await issue(sandbox.coordinator.username, {
      reportYear: PREFECTURE_YEAR,
      title: prefectureTitle,
      body: '请各县按时报送。',
      dueDate: '2142-02-27',
      targets: { unitIds: [county.id] },
    });

    // A bureau of the county whose report is revised once (四次 -> 六次) and sent to its party group.
    const bureau = await createUnit(ds, await unitById(ds, county.id), {
      name: uniqueName('图县交通运输局'),
      level: 'county',
    });
    const drafter = await createUser(ds, bureau.id, ['drafter']);
    reviewer = await reviewChainUser(ds, bureau.id, uniqueName('fig-review'));
    const drafting = reportClient(http, await tokenFor(http, drafter.username, FACTORY_PASSWORD));
    const reviewing = reportClient(http, await tokenFor(http, reviewer.username, FACTORY_PASSWORD));
    reportId = (await drafting.create({ unitId: bureau.id, reportYear: BUREAU_YEAR }).expect(201)).body.id;
    const sections = completeSections(bureau.name, BUREAU_YEAR);
    await drafting.save(reportId, { basedOnRevision: 0, sections }).expect(201);
    const revised = { ...sections, leadersDuty: sections.leadersDuty.replace('四次主持', '六次主持') };
    await drafting.save(reportId, { basedOnRevision: 1, sections: revised }).expect(201);
    await submitDraft(drafting, reportId);
    await step(reviewing, reportId, 'approve');
    await step(reviewing, reportId, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('本级下发的任务 lists only the region’s own campaigns; a prefecture’s is under 下级下发的任务', async () => {
    const page = await as(regionCoordinator.username);
    await page.getByRole('menuitem', { name: '报送任务' }).click();
    await see(page.getByRole('row', { name: new RegExp(regionCampaign.title) })).toBeVisible();
    await see(page.getByRole('row', { name: new RegExp(prefectureTitle) })).toHaveCount(0);
    await page.getByText('下级下发的任务', { exact: true }).click();
    await see(page.getByRole('row', { name: new RegExp(prefectureTitle) })).toBeVisible();
    await see(page.getByRole('row', { name: new RegExp(regionCampaign.title) })).toHaveCount(0);
    await expectAccessible(page, '报送任务（下级下发的任务）');
  });

  it('before the due date: 已报送率, no 0% bar for a prefecture not yet due, time left in working days, the region’s level names', async () => {
    const page = await as(regionCoordinator.username);
    await page.goto(`/app/campaigns/${regionCampaign.id}`);
    await see(page.getByText('已报送率', { exact: true })).toBeVisible();
    await see(page.getByText('按时报送率')).toHaveCount(0);
    // Nor an on-time rate by either measure: 未到期, not 0%.
    await see(page.getByTestId('board-measures')).toContainText('未到期');
    await see(page.getByTestId('board-measures')).not.toContainText('%');
    // The prefecture has reported nothing yet: said in words, with no bar that reads as 0%.
    await see(page.getByTestId('area-not-due')).toHaveText('未到期，已报送 0/1');
    await see(page.getByTestId('area-bar')).toHaveCount(0);
    // The chart names the areas below a region as it does: 各地（州、市）, not 各县（市）.
    await see(page.getByText('各地（州、市）报送情况（未到期）')).toBeVisible();
    // The coordinator is the region's office (依法治区办, housed by the 司法厅), not a city's.
    await see(page.getByRole('banner')).toContainText('依法治区办（司法厅）经办人');

    // 本环节截止 as every other screen states time left: working days, with the date.
    const row = page.getByTestId('board-table').locator('.ant-table-row', { hasText: county.name });
    await see(row.getByTestId('time-left')).toHaveText(/^剩余约? \d+ 个工作日（\d{4}年\d{1,2}月\d{1,2}日）$/);

    // The levels its units are at, no others (a 州's board offered 省级 and 乡镇级: walk, stop 39),
    // named as an autonomous region names them (levelWords.spec: 自治区级, 地（州、市）级).
    await page.getByLabel('按层级筛选').click();
    const options = page.locator(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    );
    await see(options.filter({ hasText: '县（市、区）级' })).toHaveCount(1);
    await see(options).toHaveCount(1);
    await page.keyboard.press('Escape');
    // axe reads the page once the dropdown has closed: while it is closing, antd's hidden option
    // list (role listbox, no name) is still in the page (a CI run judged it mid-animation).
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .first()
      .waitFor({ state: 'hidden', timeout: 10_000 });
    await expectAccessible(page, '跟踪看板（截止日前）');
    await screenshot(page, '43-board-before-due');
  });

  it('after the due date: 按时报送率, and the prefecture that did not report is a 0% bar', async () => {
    clock.set(at('2141-03-03'));
    const page = await as(regionCoordinator.username);
    await page.goto(`/app/campaigns/${regionCampaign.id}`);
    await see(page.getByText('按时报送率').first()).toBeVisible();
    await see(page.getByTestId('area-not-due')).toHaveCount(0);
    await see(page.getByTestId('area-bar')).toHaveCount(1);
    await see(page.getByTestId('area-figure')).toContainText('0% 按时 0/1');
    await see(page.getByTestId('board-measures')).not.toContainText('未到期');
    clock.set(TODAY);
  });

  it('the 通报’s 文号 example shows this year', async () => {
    const page = await as(regionCoordinator.username);
    await page.goto(`/app/campaigns/${regionCampaign.id}`);
    await page.getByRole('button', { name: '通报', exact: true }).click();
    await page.getByRole('button', { name: '生成草稿' }).click();
    await see(page.getByLabel('文号')).toHaveAttribute('placeholder', `〔${THIS_YEAR}〕`);
  });

  it('the issuing form’s 文号 shows this year, its report year and title the year just ended in January', async () => {
    const page = await as(regionCoordinator.username);
    await page.goto('/app/campaigns/new');
    await see(page.getByLabel('文号')).toHaveAttribute('placeholder', `〔${THIS_YEAR}〕`);
    // 12 January: the campaigns of these weeks ask for last year's report (a walk, stop 47).
    await see(page.getByLabel('报告年度')).toHaveValue(String(THIS_YEAR - 1));
    await see(page.getByLabel('通知标题')).toHaveAttribute('placeholder', `${THIS_YEAR - 1}年度`);
    await page.getByLabel('报告年度').fill(String(THIS_YEAR));
    await see(page.getByLabel('通知标题')).toHaveAttribute('placeholder', `${THIS_YEAR}年度`);
    await expectAccessible(page, '下发报送任务');
  });

  it('a computer whose clock is two years off still gets the issuing form, not 加载中', async () => {
    const page = await as(regionCoordinator.username, at(`${THIS_YEAR + 2}-06-15`));
    await page.goto('/app/campaigns/new');
    // The examples follow the computer's year; the form is there to correct, nothing waits forever.
    await see(page.getByLabel('文号')).toHaveAttribute('placeholder', `〔${THIS_YEAR + 2}〕`);
    await see(page.getByRole('button', { name: '下发', exact: true })).toBeVisible();
    await see(page.getByText('加载中…')).toHaveCount(0);
  });

  it('the party group sees the changed word marked in the diff, and this year in the minutes-number example', async () => {
    const page = await as(reviewer.username);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('tab', { name: '修订历史' }).click();
    await page.getByRole('button', { name: '对比', exact: true }).click();
    const diff = page.getByTestId('diff');
    // Only the changed character is marked, not the whole paragraph.
    await see(diff.locator('del.rf-diff-word-removed')).toHaveText('四');
    await see(diff.locator('ins.rf-diff-word-added')).toHaveText('六');
    await see(diff.locator('ins')).toHaveCount(1);
    await expectAccessible(page, '修订历史（逐字对比）');
    await screenshot(page, '44-word-diff');

    await page.getByRole('button', { name: '审议通过', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await see(dialog.getByLabel('会议纪要编号')).toHaveAttribute('placeholder', `〔${THIS_YEAR}〕`);
    await page.keyboard.press('Escape');
  });

  it('the 依法治州办’s own 经办人 sees its board by county, not every unit as 本级部门', async () => {
    const issued = await issue(officeCoordinator.username, {
      reportYear: PREFECTURE_YEAR,
      title: `关于报送${PREFECTURE_YEAR}年度法治政府建设情况报告的通知（${uniqueName('办')}）`,
      body: '请各县按时报送。',
      dueDate: '2142-02-20',
      targets: { unitIds: [county.id] },
    });
    // The county forwards it to a bureau of its own (逐级下发).
    const ds = stack.dataSource;
    const countyCoordinator = await createUser(ds, county.id, ['coordinator']);
    const countyBureau = await createUnit(ds, await unitById(ds, county.id), {
      name: uniqueName('图县司法局'),
      level: 'county',
    });
    await createUser(ds, countyBureau.id, ['drafter']);
    const forwarded = await issue(countyCoordinator.username, {
      parentId: issued.id,
      reportYear: PREFECTURE_YEAR,
      title: `关于转发${PREFECTURE_YEAR}年度法治政府建设情况报告通知的通知（${uniqueName('县')}）`,
      body: '请各单位按时报送。',
      dueDate: '2142-02-10',
      targets: { unitIds: [countyBureau.id] },
    });
    const page = await as(officeCoordinator.username);
    await page.goto(`/app/campaigns/${issued.id}`);
    // A civil servant's walk (stop 40): the panel said 本级各部门报送情况 with one bar, 本级部门.
    await see(page.getByTestId('area-figure')).toContainText(countyName);
    await see(page.getByText(/本级各(部门|单位)报送情况/)).toHaveCount(0);
    // The county's own report is 0/1; the task it forwarded is said beside it (a walk, stop 50).
    await see(page.getByTestId('area-not-due')).toHaveText('未到期，已报送 0/1，下级任务 0/1');

    // The county's cascade, read from above: its row names the bureau without a link to a report the
    // office may not open, nor to its 报送记录 (a walk, stop 51: both led to 404).
    const bureauReport = await reportOfUnit(ds, forwarded.id, countyBureau.id);
    await http()
      .get(`/reports/${bureauReport}`)
      .set({ Authorization: `Bearer ${await tokenFor(http, officeCoordinator.username, FACTORY_PASSWORD)}` })
      .expect(404);
    await page.goto(`/app/campaigns/${forwarded.id}`);
    await see(page.getByTestId('board-unit-unopenable')).toHaveText(countyBureau.name);
    await see(page.getByRole('link', { name: countyBureau.name })).toHaveCount(0);
    await see(page.getByRole('link', { name: '报送记录' })).toHaveCount(0);
  });
});
