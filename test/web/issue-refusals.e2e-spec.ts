import type { Browser, BrowserContext, Page } from 'playwright-core';
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

  it('a second campaign for the same unit and year is refused in the dialog, naming the unit and the campaign', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await fillIssueForm(page, { year: YEAR, unitName: county.name });
    // Said beside the units as soon as they are chosen (a walk, stop 55: only at 确认下发).
    await see(page.getByTestId('already-asked')).toContainText(
      `${county.name}已在《关于报送${YEAR}年度法治政府建设年度报告的通知》中，本年度不能重复下发`,
    );
    await page.getByLabel('通知标题').fill(`关于再次报送${YEAR}年度报告的通知`);
    const confirm = await confirmIssue(page);

    const refusal = confirm.getByTestId('issue-error');
    await see(refusal).toContainText(
      `${county.name}已在《关于报送${YEAR}年度法治政府建设年度报告的通知》中，本年度不能重复下发`,
    );
    await see(refusal).toContainText('在该任务中追加单位');
    await see(refusal).not.toContainText('先一步');
    await see(page.locator('.ant-message')).toContainText(`${county.name}已在《`);
    // In view at 1366×768 without scrolling (the walk found the old alert scrolled out of sight).
    const box = await refusal.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    expect(page.url()).toMatch(/\/app\/campaigns\/new$/);
    // Back in the form the refusal stays above it, until the units change: then it no longer holds
    // (a walk, stop 55: it stayed pinned after the unit was unticked).
    await pressToClose(confirm, '返回修改');
    const pinned = page.getByRole('alert').filter({ hasText: `${county.name}已在《` });
    await see(pinned.first()).toBeVisible();
    await tickTargetUnit(page, county.name);
    await see(page.getByRole('alert').filter({ hasText: '本年度不能重复下发' })).toHaveCount(0);
  });
});
