import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ManualClock } from '@app/common';
import { at, campaignClient } from '../campaigns/campaign-helpers';
import { dispatchWithSecret, reportOfUnit, unitPeople } from '../reports/disclosure-helpers';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import {
  ensureWebBuild,
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  VIEWPORT,
} from './browser';
import { see } from './see';

const TITLE_2190 = '关于报送2190年度法治政府建设年度报告的通知';
const TITLE_2191 = '关于报送2191年度法治政府建设年度报告的通知';
const WITHDRAWN = '关于报送2191年度法治政府建设年度报告的补充通知';

/**
 * 报送记录 (#18 item 3) in real Chromium at 1366×768. Report years 2190 and 2191 belong to this file
 * alone. 呼图壁县交通运输局 is granted an extension for 2190 and dispatches after the notice's date but
 * within the extension; the issuing office accepts it. For 2191 it never sends its report, and a second
 * notice of that year is withdrawn. Its drafter reads both measures, 未报送 and nothing of the
 * withdrawn notice; the coordinator opens the same page from the board; 玛纳斯's drafter cannot.
 */
describe('a unit’s 报送记录 across years', () => {
  const clock = new ManualClock(at('2191-01-07'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let browser: Browser;
  let baseUrl: string;
  let campaign2190: string;
  const htbUnit = () => demo.unitIds['htb-transport'];
  const contexts: BrowserContext[] = [];

  /** A session whose browser clock reads the API's (Beijing) day, as a user's would. */
  const as = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, baseUrl);
    contexts.push(context);
    await context.clock.setFixedTime(clock.now());
    await loginAs(page, username);
    return page;
  };
  // A fresh token at each step: the clock moves months on, past a token's life.
  const coordinator = async () => campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
  const notice = (reportYear: number, title: string, dueDate: string) => ({
    reportYear,
    title,
    body: '请按时报送，并于4月1日前向社会公开。',
    dueDate,
    targets: { unitIds: [htbUnit()] },
  });

  beforeAll(async () => {
    ensureWebBuild();
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    demo = await loadDemo(api.dataSource);

    const issued = await (await coordinator()).issue(notice(2190, TITLE_2190, '2191-02-27')).expect(201);
    campaign2190 = issued.body.id;
    const report2190 = await reportOfUnit(api.dataSource, campaign2190, htbUnit());

    clock.set(at('2191-02-25'));
    const asked = await campaignClient(api.http, await tokenFor(api.http, 'htb-drafter'))
      .askExtension(campaign2190, { requestedDueDate: '2191-03-08', reason: '党组会议推迟召开' })
      .expect(201);
    await (
      await coordinator()
    )
      .decide(campaign2190, asked.body.id, { decision: 'grant', dueDate: '2191-03-08', comment: '同意' })
      .expect(200);

    // After the notice's 27 February, within the extension to 8 March.
    clock.set(at('2191-03-05'));
    await dispatchWithSecret(await unitPeople(api.http, 'htb'), report2190, '2191-03-04');
    const office = await coordinator();
    const receipts = await api.http().get(`/reports/${report2190}/receipts`).set(office.auth).expect(200);
    const receipt = (receipts.body as Array<{ campaign: { id: string }; version: number }>).find(
      (r) => r.campaign.id === campaign2190,
    )!;
    await api
      .http()
      .post(`/reports/${report2190}/receipts/${campaign2190}/accept`)
      .set(office.auth)
      .send({ expectedVersion: receipt.version })
      .expect(200);

    clock.set(at('2192-01-07'));
    // A notice sent by mistake and withdrawn, then the year's notice (an office has one active a year).
    const withdrawn = await (await coordinator()).issue(notice(2191, WITHDRAWN, '2192-02-27')).expect(201);
    await (await coordinator()).withdraw(withdrawn.body.id, '内容有误，撤回后重新下发').expect(200);
    await (await coordinator()).issue(notice(2191, TITLE_2191, '2192-02-27')).expect(201);

    // Past the 2191 date with nothing sent, past 1 April 2191 with the 2190 report not published.
    clock.set(at('2192-03-10'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.app.close();
  });

  /** The row of a campaign in the page's tables. */
  const rowOf = (page: Page, title: string) =>
    page.getByTestId('submission-history').locator('tr.ant-table-row').filter({ hasText: title });

  it('shows the unit’s own staff both measures, 未报送 for the missing year and nothing withdrawn', async () => {
    const page = await as('htb-drafter');
    await page.getByRole('navigation', { name: '主菜单' }).getByText('报送记录').click();
    await see(page.getByRole('heading', { level: 2 })).toHaveText('报送记录：呼图壁县交通运输局');

    const late = rowOf(page, TITLE_2190);
    await see(late).toContainText('按通知日期：逾期');
    const lateText = await late.innerText();
    expect(lateText).toContain('2191年2月27日');
    expect(lateText).toContain('2191年3月8日');
    expect(lateText).toContain('按延期后日期：按时');
    expect(lateText).toContain('已接收');
    expect(lateText).toContain('逾期未公开');
    // The number of working days is the API's (the calendar's), stated as the board states it.
    const history = await api
      .http()
      .get(`/units/${htbUnit()}/submission-history`)
      .set((await coordinator()).auth)
      .expect(200);
    const entry = (
      history.body.entries as Array<{
        campaign: { id: string };
        lateness: { againstNotice: { workingDaysLate: number } };
      }>
    ).find((e) => e.campaign.id === campaign2190)!;
    expect(entry.lateness.againstNotice.workingDaysLate).toBeGreaterThan(0);
    expect(lateText).toContain(`按通知日期：逾期 ${entry.lateness.againstNotice.workingDaysLate} 个工作日`);

    const missing = rowOf(page, TITLE_2191);
    await see(missing).toContainText('未报送');
    expect(await missing.innerText()).toContain('2192年2月27日');
    // The withdrawn notice is not listed, so never counted as 未报送; the year says it was withdrawn.
    await see(rowOf(page, WITHDRAWN)).toHaveCount(0);
    await see(page.locator('section[aria-labelledby="history-year-2191"]')).toContainText(
      '另有 1 项任务已撤销，不计入',
    );

    // The page fits 1366 px: only the table scrolls sideways, inside its box.
    const width = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
        .document;
      return doc.documentElement.scrollWidth;
    });
    expect(width).toBeLessThanOrEqual(VIEWPORT.width);
    await expectAccessible(page, '报送记录');
    await screenshot(page, '45-unit-history');

    // The report page leads back to the unit's record, beside the unit's name.
    await late.getByRole('link', { name: /查看报告/ }).click();
    await page.getByTestId('report-state').waitFor();
    await page.getByRole('link', { name: '报送记录', exact: true }).last().click();
    await see(page.getByRole('heading', { level: 2 })).toHaveText('报送记录：呼图壁县交通运输局');
  });

  it('is opened by the issuing office from the board’s row', async () => {
    const page = await as('cj-coordinator');
    await page.goto(`/app/campaigns/${campaign2190}`);
    await page
      .getByTestId('board-table')
      .locator('.ant-table-row', { hasText: '呼图壁县交通运输局' })
      .getByRole('link', { name: '报送记录' })
      .click();
    await see(page.getByRole('heading', { level: 2 })).toHaveText('报送记录：呼图壁县交通运输局');
    await see(rowOf(page, TITLE_2190)).toContainText('按延期后日期：按时');
  });

  it('is opened by an administrator from the unit’s card in 单位管理', async () => {
    const page = await as('cj-admin');
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await page.locator('.ant-tree-node-content-wrapper[title="呼图壁县交通运输局"]').click();
    await page.getByRole('link', { name: '查看历年报送记录' }).click();
    await see(page.getByRole('heading', { level: 2 })).toHaveText('报送记录：呼图壁县交通运输局');
    await see(rowOf(page, TITLE_2191)).toContainText('未报送');
  });

  it('is not shown to another county’s unit, which is told so instead of a broken page', async () => {
    const page = await as('mns-drafter');
    await page.goto(`/app/history/${htbUnit()}`);
    await see(page.getByText('无权查看该单位的报送记录')).toBeVisible();
    expect(await page.content()).not.toContain(TITLE_2190);
    await expectAccessible(page, '无权查看报送记录');
  });
});
