import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { confirmIssue, fillIssueForm, sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report years, used by no other file; its units are its own sandbox.
const YEAR = 2122;
const API_YEAR = 2123;

/**
 * Walk reports P13, P19 and the issue answer's chainShortfalls, in the issuing form at 1366×768.
 * P13: a 文号 typed with [2026] or （2026） stayed so; it becomes 〔2026〕 as the user leaves the field,
 * and the API stores the same for its own callers. P19: ticking one unit of a filtered list cleared the
 * search, so picking five 司法所 meant typing the filter five times. And a campaign adopting a report
 * made under a path without 法律顾问审查 said nothing: a warning now names the unit and waits to be
 * dismissed.
 */
describe('the issuing form: 文号 brackets, the unit search kept, adopted reports lacking a step', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let sandbox: Awaited<ReturnType<typeof sandboxPrefecture>>;
  let bureau: { id: string; name: string };
  /** Distinctive: the filter that finds this file's three 司法所 and nothing else. */
  const station = uniqueName('拣选');
  const stations = [`${station}甲镇司法所`, `${station}乙镇司法所`, `${station}丙乡司法所`];

  const as = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };
  const http = () => request(stack.api.getHttpServer());
  const bearer = async (username: string) => ({
    Authorization: `Bearer ${await tokenFor(http, username, FACTORY_PASSWORD)}`,
  });

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    sandbox = await sandboxPrefecture(ds, stack.demo.unitIds.xj, '下发表单');
    for (const name of stations) await createUnit(ds, sandbox.county, { name, kind: 'department' });
    // A county bureau whose admin chose the path without 法律顾问审查, and whose report for the
    // year the county's office already made under a campaign that did not require it.
    bureau = await createUnit(ds, sandbox.county, { name: uniqueName('下发表单县审计局') });
    const admin = await createUser(ds, sandbox.prefecture.id, ['admin']);
    await http()
      .put(`/units/${bureau.id}/review-chain`)
      .set(await bearer(admin.username))
      .send({ reviewChain: 'without-legal-review' })
      .expect(200);
    const countyOffice = await createUnit(ds, sandbox.county, {
      name: uniqueName('下发表单依法治县办'),
      kind: 'rule_of_law_office',
    });
    const countyCoordinator = await createUser(ds, countyOffice.id, ['coordinator']);
    await http()
      .post('/campaigns')
      .set(await bearer(countyCoordinator.username))
      .send({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知（县）`,
        body: '请报送本单位年度报告。',
        dueDate: `${YEAR + 1}-02-20`,
        targets: { unitIds: [bureau.id] },
        chainRules: { deliberation: true, legalReview: false, signOff: true },
      })
      .expect(201);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('keeps the search and its filtered list after a tick: three 司法所 from one filter', async () => {
    const page = await as(sandbox.coordinator.username);
    await page.goto('/app/campaigns/new');
    await page.getByLabel('报送单位（从单位树中选择）').click();
    await page.keyboard.type(station);
    const node = (name: string) =>
      page
        .locator('.ant-select-tree-treenode')
        .filter({ has: page.locator(`.ant-select-tree-node-content-wrapper[title="${name}"]`) });
    for (const name of stations) {
      await node(name).locator('.ant-select-tree-checkbox').click();
      // Still filtered: the search as typed, the other 司法所 in the list, the county's others not.
      await see(page.locator('#unitIds')).toHaveValue(station);
      await see(node(bureau.name)).toHaveCount(0);
    }
    for (const name of stations) {
      await see(node(name).locator('.ant-select-tree-checkbox-checked')).toHaveCount(1);
    }
    // The user clears the search: the whole tree is back.
    await page.locator('#unitIds').fill('');
    await see(node(bureau.name)).toHaveCount(1);
    await page.keyboard.press('Escape');
    for (const name of stations) {
      await see(
        page.getByTestId('target-units').locator('.ant-select-selection-item', { hasText: name }),
      ).toHaveCount(1);
    }
  });

  it('writes a 文号 typed with [2026] or （2026） with 〔2026〕 as the user leaves the field', async () => {
    const page = await as(sandbox.coordinator.username);
    await page.goto('/app/campaigns/new');
    // A year not yet begun is said at once (a walk, stop 46, issued 2093 and the units could not
    // hold their meeting); the year just ended is not.
    const year = page.getByLabel('报告年度');
    await year.fill(String(YEAR));
    await see(page.getByTestId('future-year-warning')).toContainText(`${YEAR}年度尚未开始`);
    await year.fill(String(new Date().getFullYear() - 1));
    await see(page.getByTestId('future-year-warning')).toHaveCount(0);
    const field = page.getByLabel('文号');
    for (const typed of [
      `昌州法办[${YEAR}]3号`,
      `昌州法办［${YEAR}］3号`,
      `昌州法办(${YEAR})3号`,
      `昌州法办（${YEAR}）3号`,
    ]) {
      await field.fill(typed);
      await see(field).toHaveValue(typed);
      await page.keyboard.press('Tab');
      await see(field).toHaveValue(`昌州法办〔${YEAR}〕3号`);
    }
    // Nothing else is touched: no 号 is added.
    await field.fill(`昌州法办(${YEAR})3`);
    await page.keyboard.press('Tab');
    await see(field).toHaveValue(`昌州法办〔${YEAR}〕3`);
  });

  it('asks before leaving a notice typed but not issued, and keeps it when the user stays', async () => {
    // A walk (stop 44) lost a notice's title and text to one click on the side menu.
    const page = await as(sandbox.coordinator.username);
    await page.goto('/app/campaigns/new');
    const title = page.getByLabel('通知标题');
    await title.fill('关于报送年度报告的通知（未下发）');
    await page.getByRole('menuitem', { name: '报送任务' }).click();
    const ask = page.getByRole('dialog', { name: '填写的内容尚未提交' });
    await see(ask).toBeVisible();
    await ask.getByRole('button', { name: '留在本页' }).click();
    await see(ask).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe('/app/campaigns/new');
    await see(title).toHaveValue('关于报送年度报告的通知（未下发）');
    await page.getByRole('menuitem', { name: '报送任务' }).click();
    await ask.getByRole('button', { name: '放弃填写，离开' }).click();
    await page.waitForURL((url) => url.pathname === '/app/campaigns', { timeout: 15_000 });
  });

  it('the API stores the 文号 of a campaign issued without the console with 〔〕 too', async () => {
    const issued = await http()
      .post('/campaigns')
      .set(await bearer(sandbox.coordinator.username))
      .send({
        reportYear: API_YEAR,
        title: `关于报送${API_YEAR}年度法治政府建设年度报告的通知`,
        documentNumber: `昌州法办（${API_YEAR}）5号`,
        body: '请报送本单位年度报告。',
        targets: { unitIds: [sandbox.county.id] },
      })
      .expect(201);
    expect(issued.body.notice.documentNumber).toBe(`昌州法办〔${API_YEAR}〕5号`);
    const read = await http()
      .get(`/campaigns/${issued.body.id}`)
      .set(await bearer(sandbox.coordinator.username))
      .expect(200);
    expect(read.body.notice.documentNumber).toBe(`昌州法办〔${API_YEAR}〕5号`);
  });

  it('after 下发, names the adopted report lacking 法律顾问审查 in a warning the user dismisses', async () => {
    const page = await as(sandbox.coordinator.username);
    await page.goto('/app/campaigns/new');
    await fillIssueForm(page, { year: YEAR, unitName: bureau.name });
    await page.getByRole('button', { name: '下发', exact: true }).click();
    await confirmIssue(page);
    await page.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);

    const warning = page.locator('.ant-modal-confirm', { has: page.getByTestId('chain-shortfalls-warning') });
    await see(warning).toContainText('部分单位的报告缺少本任务要求的审核环节');
    await see(warning).toContainText('以下单位的报告已按原内部流程形成，缺少本任务要求的环节：');
    await see(warning.locator('li')).toHaveText(`${bureau.name} 缺 法律顾问审查`);
    await see(warning).toContainText('内部流程不符合要求');
    const box = await warning.locator('.ant-modal-container, .ant-modal-content').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    // Not a toast: still there after the success message has gone.
    await page.waitForTimeout(7_000);
    await see(warning).toBeVisible();
    await warning.getByRole('button', { name: '知道了' }).click();
    await see(page.getByTestId('chain-shortfalls-warning')).toHaveCount(0);
    // The board says the same for as long as it holds.
    await see(page.getByTestId('chain-shortfall')).toContainText('内部流程不符合要求：缺少法律顾问审查');
  });
});
