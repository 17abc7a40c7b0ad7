import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import request from 'supertest';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { expectAccessible, launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { see } from './see';

/**
 * #19, screens that stay current: an administrator keeps 单位管理 and 用户与角色 open while a colleague
 * adds a unit and a user from another session. Coming back to the window shows them, with no reload
 * and no click on the menu (the pages read through cached queries that refetch on focus). Who is logged
 * in is such a query too: a role granted meanwhile shows without a new login. A sandbox prefecture of
 * this file's own; no campaign is issued. A list still on its way shows a skeleton, not its empty text.
 */
describe('web console: pages stay current after a change made elsewhere', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let prefecture: { id: string; path: string; name: string };
  let admin: { id: string; username: string };
  let colleague: { username: string };

  const http = () => request(stack.baseUrl);
  /** The user switching back to this tab: the page becomes visible again (what refetch-on-focus hears). */
  const comeBack = (p: Page) =>
    p.evaluate(`document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))`);

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    prefecture = await createUnit(ds, await unitById(ds, stack.demo.unitIds.xj), {
      kind: 'government',
      level: 'prefecture',
      name: uniqueName('常新州'),
    });
    // One unit below at the start, so the tree opens with the prefecture expanded.
    await createUnit(ds, prefecture, {
      kind: 'department',
      level: 'prefecture',
      name: uniqueName('常新州财政局'),
    });
    admin = await createUser(ds, prefecture.id, ['admin']);
    colleague = await createUser(ds, prefecture.id, ['admin']);
    ({ context, page } = await newSession(browser, stack.baseUrl));
    await loginAs(page, admin.username, FACTORY_PASSWORD);
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('单位管理 shows a unit another administrator added, once the window is back in focus', async () => {
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await page.locator(`.ant-tree-node-content-wrapper[title="${prefecture.name}"]`).waitFor();

    const name = uniqueName('常新州教育局');
    await http()
      .post('/units')
      .set({ Authorization: `Bearer ${await tokenFor(http, colleague.username, FACTORY_PASSWORD)}` })
      .send({ parentId: prefecture.id, name, kind: 'department', level: 'prefecture' })
      .expect(201);

    await comeBack(page);
    await see(page.locator(`.ant-tree-node-content-wrapper[title="${name}"]`)).toBeVisible();
    await expectAccessible(page, '单位管理（刷新后）');
  });

  it('用户与角色 lists a user created in another session, without reloading the page', async () => {
    await page.getByRole('menuitem', { name: '用户与角色' }).click();
    await see(page.getByRole('row', { name: new RegExp(admin.username) })).toBeVisible();

    const username = `stay-${uniqueName('u').slice(2)}`;
    await http()
      .post('/users')
      .set({ Authorization: `Bearer ${await tokenFor(http, colleague.username, FACTORY_PASSWORD)}` })
      .send({
        unitId: prefecture.id,
        username,
        displayName: '后来的起草人',
        password: 'Stay-2026-current',
        roles: [{ role: 'drafter' }],
      })
      .expect(201);

    await comeBack(page);
    await see(page.getByRole('row', { name: new RegExp(username) })).toBeVisible();
    await expectAccessible(page, '用户与角色（刷新后）');
  });

  it('我的待办 shows a skeleton while its list is on its way, never 暂无待办事项 before the answer', async () => {
    // Hold the list's answer, as a slow network would, and open the page afresh (nothing cached).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      await held;
      // A request still held when the route is removed was handed on already.
      await route.continue().catch(() => undefined);
    };
    await page.route('**/work-queue', hold);
    try {
      await page.goto('/app/todo');
      const table = page.getByTestId('todo-table');
      await see(table.getByTestId('list-skeleton')).toBeVisible();
      await see(table).not.toContainText('暂无待办事项');
      await expectAccessible(page, '我的待办（加载中）');
      release();
      // The administrator has nothing to do: said once the server said so, and the skeleton is gone.
      await see(table).toContainText('暂无待办事项');
      await see(table.getByTestId('list-skeleton')).toHaveCount(0);
    } finally {
      release();
      await page.unroute('**/work-queue', hold);
    }
  });

  it('a role granted in another session shows in the menu once the window is back, without a new login', async () => {
    const campaigns = page.getByRole('menuitem', { name: '报送任务' });
    await see(page.getByRole('menuitem', { name: '用户与角色' })).toBeVisible();
    await see(campaigns).toHaveCount(0);

    await http()
      .post(`/users/${admin.id}/roles`)
      .set({ Authorization: `Bearer ${await tokenFor(http, colleague.username, FACTORY_PASSWORD)}` })
      .send({ role: 'coordinator', unitId: prefecture.id })
      .expect(201);

    await comeBack(page);
    await see(campaigns).toBeVisible();
    await see(page.getByLabel('用户名')).toHaveCount(0);
    await expectAccessible(page, '菜单（新授予的角色）');
  });
});
