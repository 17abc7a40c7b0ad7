import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ManualClock } from '@app/common';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { drainQueues } from '../support/apps';
import { at } from '../campaigns/campaign-helpers';
import { launchBrowser, loginAs, newSession, screenshot, startStack, type Stack } from './browser';
import { see } from './see';

// This file's report year, used by no other file; its county is its own sandbox (no demo parent).
const YEAR = 2199;
const NOW = at(`${YEAR + 1}-02-20`, '10:00');

/**
 * 催办 on the board (报送进度) at 1366×768: the county's 依法治县办 presses a bureau that has not
 * reported, with a word; the toast says so, the row shows 最近催办, and the action is disabled for
 * the rest of the China day (今日已催办 10:00). The unit's drafter finds the 催办 in the inbox.
 */
describe('催办 by hand on the campaign board', () => {
  const clock = new ManualClock(NOW);
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let coordinator: { username: string };
  let drafter: { username: string };
  let bureau: { id: string; name: string };
  let campaignId: string;

  const as = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl, { clockAt: NOW });
    contexts.push(context);
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };

  beforeAll(async () => {
    stack = await startStack({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const county = await createUnit(ds, null, { kind: 'government', name: uniqueName('催办页县') });
    const office = await createUnit(ds, county, { kind: 'rule_of_law_office', name: '催办页县依法治县办' });
    bureau = await createUnit(ds, county, { name: uniqueName('催办页县水务局') });
    drafter = await createUser(ds, bureau.id, ['drafter']);
    coordinator = await createUser(ds, office.id, ['coordinator']);
    const http = () => request(stack.api.getHttpServer());
    const token = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${token}` })
      .send({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '各部门：请报送本单位年度报告。',
        dueDate: `${YEAR + 1}-02-27`,
        targets: { unitIds: [bureau.id] },
        recipients: { main: [county.id] },
      });
    if (issued.status !== 201) throw new Error(`issuing failed: ${JSON.stringify(issued.body)}`);
    campaignId = issued.body.id;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('presses 催办 on the row, sees 最近催办, and the action is disabled for the rest of the day', async () => {
    const page = await as(coordinator.username);
    await page.goto(`/app/campaigns/${campaignId}`);
    const table = page.getByTestId('board-table');
    const row = table.locator('.ant-table-row', { hasText: bureau.name });
    await row.getByRole('button', { name: `催办${bureau.name}` }).click();

    const dialog = page.getByRole('dialog', { name: `催办：${bureau.name}` });
    // Who is told, by name: the drafter holds the report (display name = username in the factory).
    await see(dialog).toContainText(`将通知该单位当前办理人（${drafter.username}）`);
    await dialog.getByLabel('催办说明（可不填）').fill('请于本周五前完成报送');
    await dialog.getByRole('button', { name: '确认催办' }).click();
    await page.getByText(`已催办 ${bureau.name}`).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await row.getByTestId('last-urged').filter({ hasText: '最近催办 02-20 10:00' }).waitFor();
    const pressed = row.getByRole('button', { name: `催办${bureau.name}（今日已催办 10:00）` });
    expect(await pressed.isDisabled()).toBe(true);
    await pressed.locator('..').hover();
    await page.getByRole('tooltip', { name: '今日已催办 10:00' }).waitFor();

    // At 1366 px the unit column keeps its width beside the fixed 操作 column (a 24 px title once);
    // 156 px since every column fits the screen (a walk, stop 49).
    const header = (name: string) => table.locator('th.ant-table-cell', { hasText: new RegExp(`^${name}$`) });
    expect((await header('单位').boundingBox())!.width).toBeGreaterThanOrEqual(150);
    const actions = (await header('操作').boundingBox())!;
    expect(actions.x + actions.width).toBeLessThanOrEqual(1366);
    await screenshot(page, '50-manual-urge');
  });

  it('the drafter of the unit finds the 催办 in the inbox, with the office’s words', async () => {
    await drainQueues(stack.worker);
    const page = await as(drafter.username);
    await page.goto('/app/notifications');
    await page.getByText('请于本周五前完成报送', { exact: false }).waitFor();
    // The report page says it too, above the text the drafter is asked to finish.
    await page
      .locator('tr', { hasText: '请于本周五前完成报送' })
      .getByRole('link', { name: '查看报告' })
      .click();
    await page.waitForURL('**/app/reports/*');
    const urged = page.getByTestId('urge-notice');
    await see(urged).toContainText('催办（');
    await see(urged).toContainText('催办说明：请于本周五前完成报送');
  });
});
