import type { Browser } from 'playwright-core';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { see } from './see';

/**
 * A walk (stop 48) typed /app/messages: the console redirected to messages/todo, then
 * messages/todo/todo… until the tab froze. And after an update, a tab opened before it showed
 * react-router's English developer page when a page's code could not be loaded.
 */
describe('addresses the console does not have, and pages whose code cannot load', () => {
  let stack: Stack;
  let browser: Browser;
  let drafter: { username: string };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const xj = await unitById(stack.dataSource, stack.demo.unitIds.xj);
    const unit = await createUnit(stack.dataSource, xj, { name: uniqueName('错误页测试局') });
    drafter = await createUser(stack.dataSource, unit.id, ['drafter']);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('says 页面不存在 for an unknown address, once, with the way back', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
    await page.goto('/app/messages');
    await see(page.getByText('页面不存在')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/app/messages');
    await page.getByRole('button', { name: '返回我的待办' }).click();
    await page.waitForURL('**/app/todo');
    await context.close();
  });

  it('says the system was updated, in Chinese, when a page’s code is gone', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
    // The chunk of 消息中心 is no longer on the server (an update replaced it).
    await page.route(/\/assets\/NotificationsPage-[^/]+\.js$/, (route) =>
      route.fulfill({ status: 404, body: '' }),
    );
    await page.getByRole('menuitem', { name: '消息中心' }).click();
    await see(page.getByText('系统已更新，请刷新页面')).toBeVisible();
    await see(page.getByText('Hey developer', { exact: false })).toHaveCount(0);
    await see(page.getByRole('button', { name: '刷新页面' })).toBeVisible();
    await context.close();
  });
});
