import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUnit, createUser, FACTORY_PASSWORD, unitById } from '../support/factories';
import {
  launchBrowser,
  loginAs,
  newSession,
  pickOption,
  pickTreeUnit,
  startStack,
  type Stack,
} from './browser';
import { see } from './see';

/**
 * A prefecture administrator helping people at 1366×768 (a civil servant's walk, stop 42): a user
 * locked out after wrong passwords calls, and the admin sees the lock and lifts it or sets a one-time
 * password; the 依法治县办's new clerk, a 司法局 official, is given 经办人 in the office. Before, the
 * list said 正常 for a locked account, had no 解锁 or 重置密码, and granted only in the user's own unit.
 */
describe('the administrator helps a locked-out user and sets up an office clerk', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const tag = `管理${randomBytes(3).toString('hex')}`;
  const bureauName = `${tag}县司法局`;
  const officeName = `${tag}县依法治县办`;
  const archivesName = `${tag}县档案局`;
  let locked: { id: string; username: string; password: string };
  let clerk: { id: string; username: string };
  let reviewer: { id: string; username: string };
  /** The prefecture's administrator: a prefecture of this file's own, so its units join no other file's campaign. */
  let admin: { username: string };

  const asAdmin = async (): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, admin.username, FACTORY_PASSWORD);
    await page.getByRole('menuitem', { name: '用户与角色' }).click();
    return page;
  };

  /** Narrows the user list to one unit, by typing its name in the filter. */
  const showUnit = async (page: Page, name: string) => {
    await page.getByLabel('按单位筛选').click();
    await pickTreeUnit(page, name);
  };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const prefecture = await createUnit(ds, await unitById(ds, stack.demo.unitIds.xj), {
      name: `${tag}州`,
      kind: 'government',
      level: 'prefecture',
    });
    admin = await createUser(ds, prefecture.id, ['admin']);
    const county = await createUnit(ds, prefecture, {
      name: `${tag}县`,
      kind: 'government',
      level: 'county',
    });
    const bureau = await createUnit(ds, county, {
      name: bureauName,
      kind: 'justice_bureau',
      level: 'county',
    });
    const office = await createUnit(ds, county, {
      name: officeName,
      kind: 'rule_of_law_office',
      level: 'county',
    });
    await ds.query('UPDATE units SET housed_in_unit_id = ? WHERE id = ?', [bureau.id, office.id]);
    await createUnit(ds, county, { name: archivesName, kind: 'department', level: 'county' });
    locked = await createUser(ds, bureau.id, ['drafter']);
    clerk = await createUser(ds, bureau.id, ['drafter']);
    reviewer = await createUser(ds, bureau.id, ['dept_reviewer']);
    // Locked as ten wrong passwords from unknown browsers leave an account.
    await ds.query('UPDATE users SET failed_logins = 10, locked_until = ? WHERE id = ?', [
      new Date(Date.now() + 15 * 60_000),
      locked.id,
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  const login = (username: string, password: string) =>
    request(stack.baseUrl).post('/auth/login').send({ username, password });

  it('shows the lock and lifts it: the user logs in with their own password again', async () => {
    expect((await login(locked.username, locked.password)).status).toBe(423);
    const page = await asAdmin();
    await showUnit(page, bureauName);
    const row = page.getByRole('row', { name: new RegExp(locked.username) });
    await see(row).toContainText('已锁定');
    // At 1366×768 the unit's name reads on one line beside the buttons (it was one character a line).
    const unitCell = await row.locator('td').nth(2).boundingBox();
    expect(unitCell!.width).toBeGreaterThanOrEqual(150);
    await see(row).toContainText(/至 \d{4}-\d\d-\d\d \d\d:\d\d/);
    await row.getByRole('button', { name: '解锁' }).click();
    await page.getByRole('button', { name: '解锁', exact: true }).last().click();
    await see(row).toContainText('正常');
    await see(row.getByRole('button', { name: '解锁' })).toHaveCount(0);
    expect((await login(locked.username, locked.password)).status).toBe(200);
  });

  it('sets a one-time password the user must change at the next login', async () => {
    const page = await asAdmin();
    await showUnit(page, bureauName);
    const row = page.getByRole('row', { name: new RegExp(locked.username) });
    await row.getByRole('button', { name: '重置密码' }).click();
    const dialog = page.getByRole('dialog', { name: /^重置 .*的密码$/ });
    await see(dialog).toContainText('首次登录时须改为本人设置的密码');
    await dialog.getByLabel('临时密码').fill('short1');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await see(dialog).toContainText('至少 10 位');
    await dialog.getByLabel('临时密码').fill('Temp-2027-phone');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await see(dialog).toHaveCount(0);
    expect((await login(locked.username, locked.password)).status).toBe(401);
    const fresh = await login(locked.username, 'Temp-2027-phone');
    expect(fresh.status).toBe(200);
    expect(fresh.body.passwordChangeRequired).toBe(true);
  });

  it('gives a 司法局 official 经办人 in the 依法治县办 the bureau runs, offering only what may be held there', async () => {
    const page = await asAdmin();
    await showUnit(page, bureauName);
    const row = page.getByRole('row', { name: new RegExp(clerk.username) });
    await row.getByRole('button', { name: '授予角色' }).click();
    const dialog = page.getByRole('dialog', { name: /授予角色/ });
    await dialog.getByLabel('在哪个单位').click();
    await pickOption(page, officeName);
    await dialog.getByLabel('角色', { exact: true }).click();
    // Only 经办人 and 管理员 may be held outside one's own unit: typing a Chinese role name finds it.
    await page.keyboard.type('起草');
    await see(
      page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option'),
    ).toHaveCount(0);
    await page.keyboard.press('Escape');
    await dialog.getByLabel('角色', { exact: true }).click();
    await pickOption(page, /经办人/);
    await dialog.getByRole('button', { name: '授予' }).click();
    await see(dialog).toHaveCount(0);
    await see(row).toContainText(officeName);
    const [held] = await stack.dataSource.query(
      "SELECT u.name FROM user_roles r JOIN units u ON u.id = r.unit_id WHERE r.user_id = ? AND r.role = 'coordinator'",
      [clerk.id],
    );
    expect(held?.name).toBe(officeName);
  });

  it('warns before deactivating the only holder of a role in the unit, and not before deactivating one of two', async () => {
    const page = await asAdmin();
    await showUnit(page, bureauName);
    await page
      .getByRole('row', { name: new RegExp(reviewer.username) })
      .getByRole('button', { name: '停用' })
      .click();
    const popup = page.locator('.ant-popover:not(.ant-popover-hidden)');
    await see(popup).toContainText('此人是本单位唯一的科室审核人');
    await popup.getByRole('button', { name: '取消' }).click();
    await see(popup).toHaveCount(0);
    await page
      .getByRole('row', { name: new RegExp(clerk.username) })
      .getByRole('button', { name: '停用' })
      .click();
    await see(popup).toContainText('停用后该用户立即退出登录');
    await see(popup).not.toContainText('唯一');
  });

  it('renames a unit after a reorganisation (机构改革), and the tree and its details show the new name', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, admin.username, FACTORY_PASSWORD);
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await page.locator(`.ant-tree-node-content-wrapper[title="${archivesName}"]`).click();
    await page.getByRole('button', { name: '修改名称' }).click();
    const dialog = page.getByRole('dialog', { name: `修改“${archivesName}”的名称` });
    await see(dialog).toContainText('单位的报告、人员和报送记录保持不变');
    await dialog.getByLabel('新名称').fill(`${tag}县档案馆`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await see(dialog).toHaveCount(0);
    await see(page.locator(`.ant-tree-node-content-wrapper[title="${tag}县档案馆"]`)).toBeVisible();
    await see(page.locator(`.ant-tree-node-content-wrapper[title="${archivesName}"]`)).toHaveCount(0);
    await see(page.locator('.ant-descriptions')).toContainText(`${tag}县档案馆`);
  });
});
