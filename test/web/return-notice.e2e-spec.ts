import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ManualClock } from '@app/common';
import { at, reviewChainUser, submitThroughChain } from '../campaigns/campaign-helpers';
import { findingsOf } from '../reports/findings-helpers';
import { reportClient, step, submitDraft } from '../reports/report-helpers';
import { tokenFor } from '../support/demo';
import { FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2121;

// Early in the year after: the county's meeting (集体审议) falls within the report year's window.
const clock = new ManualClock(at(`${YEAR + 1}-01-10`));
const MEETING = {
  meetingBody: '县政府常务会议',
  meetingDate: `${YEAR + 1}-01-08`,
  minutesNumber: `常务会纪要〔${YEAR + 1}〕2号`,
};

const OFFICE_COMMENT = '第一部分缺少行政复议案件数据，第三部分请写明主要负责人述法情况。';

/**
 * Walk reports P6 and P10 at 1366×768. P6: the drafter of a report returned by the campaign's office
 * found the comment only inside its section, ~1,100 px down the page; the latest return is now said at
 * the top (who, which office, when, the comment, its sections with a link to each) while the report is
 * back in drafting, and gone once it moves on. P10: the board's 退回 and the report's 退回次数
 * disagreed unexplained; they are now 本任务退回 (with what it counts) and 内部审核退回 / 上级退回.
 */
describe('a returned report says why at the top; the two return counts are named apart', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let sandbox: Awaited<ReturnType<typeof sandboxPrefecture>>;
  let campaignId: string;
  let reportId: string;
  let drafterApi: ReturnType<typeof reportClient>;
  let reviewerApi: ReturnType<typeof reportClient>;

  const as = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl, { clockAt: clock.now() });
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    sandbox = await sandboxPrefecture(ds, stack.demo.unitIds.xj, '退回提示');
    const http = () => request(stack.api.getHttpServer());
    const coordinatorToken = await tokenFor(http, sandbox.coordinator.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${coordinatorToken}` })
      .send({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '请报送本单位年度报告。',
        dueDate: `${YEAR + 1}-02-27`,
        targets: { unitIds: [sandbox.county.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const [target] = (await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      campaignId,
    ])) as Array<{ report_id: string }>;
    reportId = target.report_id;

    drafterApi = reportClient(http, await tokenFor(http, sandbox.drafter.username, FACTORY_PASSWORD));
    const reviewer = await reviewChainUser(ds, sandbox.county.id, uniqueName('退回提示审核'));
    reviewerApi = reportClient(http, await tokenFor(http, reviewer.username, reviewer.password));
    // Once by the county's own reviewer (内部审核), then, sent, by the issuing office's receipt (上级).
    await submitDraft(drafterApi, reportId);
    await step(reviewerApi, reportId, 'return', { comment: '请核对数据。' });
    await submitThroughChain(drafterApi, reviewerApi, reportId, MEETING);
    const office = findingsOf(reportClient(http, coordinatorToken));
    const [receipt] = (await office.receipts(reportId).expect(200)).body as Array<{ version: number }>;
    await office
      .returnReceipt(reportId, campaignId, {
        expectedVersion: receipt.version,
        // The console's own way of naming the sections a return concerns (ReceiptsPanel, ActionBar).
        comment: `【涉及：第一部分、第三部分】${OFFICE_COMMENT}`,
      })
      .expect(200);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('shows the office’s return at the top of the page, with a link to each section it concerns', async () => {
    const page = await as(sandbox.drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    const notice = page.getByTestId('return-notice');
    // The office as the 回执 table names it (a prefecture's campaign is its rule-of-law office's).
    const issuer = (
      await page.getByTestId('receipts').locator('.ant-table-row td').nth(1).innerText()
    ).trim();
    expect(issuer).toContain(sandbox.prefecture.name);
    await see(notice).toContainText(`报告已退回修改：${issuer} 经办人`);
    await see(notice).toContainText(`退回意见：${OFFICE_COMMENT}`);
    await see(notice.getByTestId('return-notice-sections')).toContainText('涉及：');
    await see(notice.getByRole('button', { name: '一、主要举措和成效' })).toBeVisible();
    // In view as the page opens at 1366×768, not ~1,100 px down inside the section.
    const box = await notice.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    const overflow = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
          .documentElement.scrollWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1366);

    // The link takes the drafter to the section, its box ready to type in.
    await notice
      .getByRole('button', {
        name: '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      })
      .click();
    const section = page.locator('#section-leadersDuty');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document
          .activeElement?.id === 'section-leadersDuty',
    );
    const sectionBox = await section.boundingBox();
    expect(sectionBox!.y).toBeGreaterThanOrEqual(0);
    expect(sectionBox!.y).toBeLessThan(768);

    // The sign-off and 文号 of the round the office returned stay on file, marked as that round's:
    // the draft being redone reads neither as signed off nor as numbered (a walk, stop 39).
    const record = page.getByTestId('deliberation');
    await see(record.locator('.ant-descriptions-item').filter({ hasText: '主要负责人签发' })).toContainText(
      '上一轮，本轮未签发',
    );
    await see(record.locator('.ant-descriptions-item').filter({ hasText: '文号' })).toContainText(
      '上一轮，本轮未发文',
    );
    // A correction keeps the meeting (no new deliberation asked for): not marked.
    await see(record.locator('.ant-descriptions-item').filter({ hasText: '审议会议' })).not.toContainText(
      '上一轮',
    );

    // The report's count says what it holds: one internal return, one by the office.
    await see(page.locator('.ant-descriptions-item').filter({ hasText: '内部审核退回' })).toContainText(
      '1 次',
    );
    await see(page.locator('.ant-descriptions-item').filter({ hasText: '上级退回' })).toContainText('1 次');
  });

  it('the board’s column says it counts this campaign’s returns only', async () => {
    const page = await as(sandbox.coordinator.username);
    await page.goto(`/app/campaigns/${campaignId}`);
    const header = page.getByTestId('board-return-count-header');
    await see(header).toHaveText('本任务退回');
    await header.hover();
    await see(page.getByRole('tooltip')).toHaveText('本报送任务退回该单位的次数（不含单位内部审核退回）');
    // The row counts the office's one return, not the county reviewer's.
    const row = page.getByTestId('board-table').locator('.ant-table-row', { hasText: sandbox.county.name });
    const returnsColumn = await page
      .locator('.ant-table-thead th')
      .evaluateAll((cells) =>
        cells.findIndex((c) => (c as unknown as { textContent: string }).textContent.includes('本任务退回')),
      );
    await see(row.locator('.ant-table-cell').nth(returnsColumn)).toHaveText('1');
  });

  it('is gone once the report moves on', async () => {
    await submitDraft(drafterApi, reportId);
    const page = await as(sandbox.drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    await see(page.getByTestId('report-state')).not.toContainText('起草');
    await see(page.getByTestId('return-notice')).toHaveCount(0);
  });
});
