import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { tokenFor } from '../support/demo';
import { FACTORY_PASSWORD } from '../support/factories';
import { launchBrowser, loginAs, newSession, pressToClose, startStack, type Stack } from './browser';
import { fillIssueForm, sandboxPrefecture, tickTargetUnit } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2071;

/**
 * Walk report P1 and P20 (1366×768): 确认下发 answers where the user clicked. A success says so at once;
 * a refusal stays in the confirmation with the API's reason, here a campaign of the same year that
 * already asks the unit, named with the unit, instead of the generic "其他人已先一步处理".
 */
describe('issuing: the answer to 确认下发 is seen where the user clicked (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let county: { id: string; name: string };
  let coordinator: { username: string };

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
    const sandbox = await sandboxPrefecture(stack.dataSource, stack.demo.unitIds.xj, '下发答复');
    county = sandbox.county;
    coordinator = sandbox.coordinator;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  const confirmIssue = async (page: Page) => {
    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    await confirm.getByTestId('confirm-issue').click();
    return confirm;
  };

  it('says at once that the campaign was issued', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await fillIssueForm(page, { year: YEAR, unitName: county.name });
    await see(page.getByTestId('recipient-source')).toBeVisible();
    await see(page.getByTestId('already-asked')).toHaveCount(0);
    await confirmIssue(page);
    await see(page.locator('.ant-message')).toContainText('已向 1 个单位下发报送任务');
    await page.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);
  });

  it('a second campaign for the same unit and year is named in the form and the confirmation, whose 确认下发 is off', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await fillIssueForm(page, { year: YEAR, unitName: county.name });
    const named = `${county.name}已在《关于报送${YEAR}年度法治政府建设年度报告的通知》中，本年度不能重复下发`;
    // Said beside the units as soon as they are chosen (a walk, stop 55: only at 确认下发).
    await see(page.getByTestId('already-asked')).toContainText(named);
    await page.getByLabel('通知标题').fill(`关于再次报送${YEAR}年度报告的通知`);
    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    // …and again in the confirmation, whose 确认下发 cannot be pressed into a refusal (a walk, stop 56).
    const conflict = confirm.getByTestId('issue-conflict');
    await see(conflict).toContainText(named);
    await see(confirm.getByTestId('confirm-issue')).toHaveAttribute('disabled', '');
    // In view at 1366×768 without scrolling.
    const box = await conflict.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    // Back in the form, unticking the unit takes the notice away.
    await pressToClose(confirm, '返回修改');
    await tickTargetUnit(page, county.name);
    await see(page.getByRole('alert').filter({ hasText: '本年度不能重复下发' })).toHaveCount(0);
  });

  it('a campaign a colleague issued while the confirmation was open is refused in the dialog, naming it', async () => {
    // Another year of this file's own county: nothing asks it for that year yet.
    const year = YEAR - 1;
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await fillIssueForm(page, { year, unitName: county.name });
    await see(page.getByTestId('recipient-source')).toBeVisible();
    await see(page.getByTestId('already-asked')).toHaveCount(0);
    // The confirmation reads the preview again as it opens; the colleague issues after that.
    const reread = page
      .waitForResponse((r) => new URL(r.url()).pathname === '/campaigns/default-recipients', {
        timeout: 10_000,
      })
      .catch(() => null);
    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    await see(confirm.getByTestId('confirm-issue')).toBeVisible();
    await reread;
    const title = `关于报送${year}年度法治政府建设年度报告的通知`;
    const http = () => request(stack.baseUrl);
    const token = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    await http()
      .post('/campaigns')
      .set('Authorization', `Bearer ${token}`)
      .send({ reportYear: year, title, body: '请报送。', targets: { unitIds: [county.id] } })
      .expect(201);

    await confirm.getByTestId('confirm-issue').click();
    const refusal = confirm.getByTestId('issue-error');
    await see(refusal).toContainText(`${county.name}已在《${title}》中，本年度不能重复下发`);
    await see(refusal).toContainText('在该任务中追加单位');
    await see(refusal).not.toContainText('先一步');
    await see(page.locator('.ant-message')).toContainText(`${county.name}已在《`);
    expect(page.url()).toMatch(/\/app\/campaigns\/new$/);
  });
});
