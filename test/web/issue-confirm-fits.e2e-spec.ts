import type { Browser, BrowserContext } from 'playwright-core';
import { createUnit, FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { sandboxPrefecture, tickTargetUnit } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2133;
const UNITS = 12;

/**
 * A walk (stop 46) confirmed a campaign to 11 units at 1366×768: the 确认下发 dialog, with the list of
 * units and the warning naming those without a drafter, was 843 px tall, and its buttons lay below
 * the screen. The dialog's body scrolls; its buttons stay in view.
 */
describe('the 确认下发 dialog for many units fits 1366×768', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let coordinator: { username: string };
  /** Distinctive: the filter that finds this file's bureaus and nothing else. */
  const prefix = uniqueName('多单位');

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const sandbox = await sandboxPrefecture(ds, stack.demo.unitIds.xj, '多单位');
    coordinator = sandbox.coordinator;
    // Bureaus without a drafter: the dialog names each of them in a warning too.
    for (let i = 1; i <= UNITS; i += 1)
      await createUnit(ds, sandbox.county, { name: `${prefix}第${i}局`, kind: 'department' });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('keeps 确认下发 and 返回修改 on the screen, the units readable by scrolling the dialog', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, coordinator.username, FACTORY_PASSWORD);
    await page.goto('/app/campaigns/new');
    await page.getByLabel('通知标题').fill(`关于报送${YEAR}年度法治政府建设年度报告的通知`);
    await page.getByLabel('报告年度').fill(String(YEAR));
    await page.getByLabel('通知正文').fill('请报送本单位年度报告。');
    for (let i = 1; i <= UNITS; i += 1) await tickTargetUnit(page, `${prefix}第${i}局`);
    await page.getByRole('button', { name: '下发', exact: true }).click();

    const dialog = page.getByRole('dialog', { name: '确认下发报送任务' });
    await see(dialog.getByTestId('no-drafter-warning')).toContainText(`${UNITS} 个单位尚无起草人`);
    for (const name of ['返回修改', `确认下发（${UNITS} 个单位）`]) {
      const box = await dialog.getByRole('button', { name }).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    }
    // The last unit is reached inside the dialog, not by scrolling the page behind it.
    const last = dialog.getByTestId('issue-targets').getByText(`${prefix}第${UNITS}局`);
    await last.scrollIntoViewIfNeeded();
    const seen = await last.boundingBox();
    expect(seen).not.toBeNull();
    expect(seen!.y + seen!.height).toBeLessThanOrEqual(768);
    const confirm = await dialog.getByTestId('confirm-issue').boundingBox();
    expect(confirm!.y + confirm!.height).toBeLessThanOrEqual(768);
  });
});
