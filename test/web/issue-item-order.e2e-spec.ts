import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tokenFor } from '../support/demo';
import { FACTORY_PASSWORD } from '../support/factories';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';
import { fillIssueForm, sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2145;

const LEADERS = '党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况';

/**
 * #18 item 7 in the issuing form (1366×768): the coordinator arranges the five items in any order with
 * the same up/down list as the campaign page (here 3, 1, 2, 5, 4, which no preset offered), the
 * confirmation names the order, and the campaign issued prints its reports in it (its page's picker
 * shows it).
 */
describe('issuing a campaign with an item order of its own (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const as = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('arranges the items in the form, confirms the order, and the campaign keeps it', async () => {
    const sandbox = await sandboxPrefecture(stack.dataSource, stack.demo.unitIds.xj, '顺序');
    const page = await as(sandbox.coordinator.username);
    await page.goto('/app/campaigns/new');
    await fillIssueForm(page, { year: YEAR, unitName: sandbox.county.name });

    const list = page.getByRole('list', { name: '报告事项顺序' });
    await see(list.getByRole('listitem').first()).toContainText('一、主要举措和成效');
    // Item 3 to the top, then item 5 above item 4: 3, 1, 2, 5, 4.
    await page.getByRole('button', { name: `上移：${LEADERS}` }).click();
    await page.getByRole('button', { name: `上移：${LEADERS}` }).click();
    await page.getByRole('button', { name: '上移：其他需要报告的情况' }).click();
    await see(list).toHaveText(
      [
        `一、${LEADERS}（条例第三项）`,
        '二、主要举措和成效（条例第一项）',
        '三、存在的不足和原因（条例第二项）',
        '四、其他需要报告的情况（条例第五项）',
        '五、下一年度推进法治政府建设的主要安排（条例第四项）',
      ].join('\n'),
    );
    await list.scrollIntoViewIfNeeded();
    await expectAccessible(page, '下发报送任务（报告事项顺序）');
    await screenshot(page, '40-issue-item-order');

    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    await see(confirm.getByTestId('issue-item-order')).toHaveText(
      `报告事项顺序：一、${LEADERS}；二、主要举措和成效；三、存在的不足和原因；四、其他需要报告的情况；五、下一年度推进法治政府建设的主要安排`,
    );
    await expectAccessible(page, '确认下发（报告事项顺序）');
    await screenshot(page, '41-issue-confirm-item-order');
    await confirm.getByTestId('confirm-issue').click();
    await page.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);

    // The campaign's own picker (tab 任务通知) shows the order the reports will print in.
    await page.getByRole('tab', { name: '任务通知' }).click();
    // Every stage has a limit, the campaign's or the system's: said, not only the ones set (a walk,
    // stop 48: 签发 and 编号发文 had limits the notice did not list).
    await see(page.getByText(/按系统默认时限/)).toBeVisible();
    const stored = page.getByRole('list', { name: '报告事项顺序' }).getByRole('listitem');
    await see(stored.first()).toContainText(`一、${LEADERS}`);
    await see(stored.nth(3)).toContainText('四、其他需要报告的情况');
    const http = () => request(stack.api.getHttpServer());
    const token = await tokenFor(http, sandbox.coordinator.username, FACTORY_PASSWORD);
    const campaign = await http()
      .get(`/campaigns/${new URL(page.url()).pathname.split('/').pop()}`)
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    expect(campaign.body.itemOrder).toEqual([3, 1, 2, 5, 4]);
    // 签发 and 编号发文 have the campaign's own limits, as the form showed them (a walk, stop 50).
    expect(campaign.body.stageLimits).toEqual({
      dept_review: 3,
      legal_review: 3,
      party_approval: 5,
      leader_signoff: 5,
      dispatching: 5,
    });
  });
});
