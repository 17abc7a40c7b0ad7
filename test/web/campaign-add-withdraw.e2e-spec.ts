import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { launchBrowser, loginAs, newSession, pressToClose, startStack, type Stack } from './browser';
import { sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2076;

/**
 * A walk (stop 55) at 1366×768: the issuing form said 在该任务中追加单位 and the confirmation 任务只能
 * 撤销, but the campaign's page offered neither. The issuing office adds a county it forgot and
 * withdraws the campaign, with a reason, from the page; others see no such buttons.
 */
describe('追加报送单位 and 撤销任务 on the campaign’s page (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let coordinator: { username: string };
  let second: { id: string; name: string };
  let campaignId: string;
  const http = () => request(stack.api.getHttpServer());

  const as = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };

  /** A demo account (the demo's password). */
  const loginDemo = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await loginAs(page, username);
    return page;
  };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const sandbox = await sandboxPrefecture(ds, stack.demo.unitIds.xj, '追加撤销');
    coordinator = sandbox.coordinator;
    const prefecture = await unitById(ds, sandbox.prefecture.id);
    const made = await createUnit(ds, prefecture, { name: uniqueName('追加二县'), kind: 'government' });
    second = { id: made.id, name: made.name };
    await createUser(ds, made.id, ['drafter']);
    const token = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${token}` })
      .send({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设情况报告的通知`,
        body: '请按时报送。',
        dueDate: `${YEAR + 1}-02-20`,
        targets: { unitIds: [sandbox.county.id] },
      });
    expect([issued.status, issued.status === 201 ? null : issued.body]).toEqual([201, null]);
    campaignId = issued.body.id;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  const rows = (page: Page) => page.getByTestId('board-table').locator('.ant-table-row');

  it('adds a county the office forgot: its row is on the board at once', async () => {
    const page = await as(coordinator.username);
    await page.goto(`/app/campaigns/${campaignId}`);
    await see(rows(page)).toHaveCount(1);
    await page.getByTestId('add-targets').click();
    const dialog = page.getByRole('dialog', { name: '追加报送单位' });
    await see(dialog).toContainText(`截止日期默认与本任务相同（${YEAR + 1}年2月20日）`);
    // Nothing ticked: the form says what is missing, nothing is sent.
    await dialog.getByRole('button', { name: '追加' }).click();
    await see(dialog).toContainText('请至少选择一个报送单位');
    await dialog.locator('#unitIds').click();
    await page.keyboard.type(second.name);
    const node = page.locator(
      `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper[title="${second.name}"]`,
    );
    await node.click();
    await page.keyboard.press('Escape');
    await pressToClose(dialog, '追加');
    await see(page.locator('.ant-message')).toContainText('已向 1 个单位追加下发本任务');
    await see(rows(page)).toHaveCount(2);
    await see(page.getByTestId('board-table')).toContainText(second.name);
    const layoutWidth = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
          .documentElement.scrollWidth,
    );
    expect(layoutWidth).toBeLessThanOrEqual(1366);
  });

  it('offers neither to the coordinator above, who reads the board but does not issue', async () => {
    const page = await loginDemo('xj-coordinator');
    await page.goto(`/app/campaigns/${campaignId}`);
    await see(rows(page)).toHaveCount(2);
    await see(page.getByTestId('withdraw-campaign')).toHaveCount(0);
    await see(page.getByTestId('add-targets')).toHaveCount(0);
  });

  it('withdraws the campaign with a reason: the page says so and the buttons go', async () => {
    const page = await as(coordinator.username);
    await page.goto(`/app/campaigns/${campaignId}`);
    await page.getByTestId('withdraw-campaign').click();
    const dialog = page.getByRole('dialog', { name: '撤销报送任务' });
    await see(dialog).toContainText('截止日期过后不能撤销');
    await dialog.getByRole('button', { name: '确认撤销' }).click();
    await see(dialog).toContainText('请填写撤销原因');
    await dialog.getByLabel('撤销原因').fill('通知内容有误，将重新下发');
    await pressToClose(dialog, '确认撤销');
    await see(page.getByTestId('campaign-withdrawn')).toContainText('通知内容有误，将重新下发');
    await see(page.getByTestId('campaign-withdrawn')).toContainText('撤销');
    await see(page.getByTestId('campaign-withdrawn')).not.toContainText('撤回');
    await see(page.getByTestId('withdraw-campaign')).toHaveCount(0);
    // Nothing is owed any more: the rows say so instead of counting working days to the old date.
    await see(page.getByTestId('board-time-left')).toHaveCount(2);
    for (const tag of await page.getByTestId('board-time-left').all()) {
      await see(tag).toHaveText('任务已撤销，无需报送');
    }
    const [{ status }] = (await stack.dataSource.query('SELECT status FROM campaigns WHERE id = ?', [
      campaignId,
    ])) as Array<{ status: string }>;
    expect(status).toBe('withdrawn');
  });
});
