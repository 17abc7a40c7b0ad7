import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, unitById, uniqueName } from '../support/factories';
import { ensureWebBuild, launchBrowser, newSession } from '../web/browser';
import { see } from '../web/see';

/**
 * Issue #15.4 in the console (headless Chromium): a user given a one-time password by an
 * administrator is taken to 首次登录请修改密码 after logging in and reaches 我的待办 only after changing
 * it; 修改密码 in the menu changes a password with the current one.
 */
describe('console: forced password change and 修改密码', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let baseUrl: string;
  let user: { id: string; username: string };

  beforeAll(async () => {
    ensureWebBuild();
    api = await startApi({ env: { LOGIN_THROTTLE_PER_MINUTE: '1000' } });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchBrowser();
    const demo = await loadDemo(api.dataSource);
    const county = await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.cj), {
      kind: 'government',
      level: 'county',
      name: uniqueName('改密县'),
    });
    const admin = await createUser(api.dataSource, county.id, ['admin']);
    user = await createUser(api.dataSource, county.id, ['drafter']);
    await api
      .http()
      .post(`/users/${user.id}/password`)
      .set({ Authorization: `Bearer ${await tokenFor(api.http, admin.username, FACTORY_PASSWORD)}` })
      .send({ password: 'One-time-pass-42' })
      .expect(200);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  const fill = async (page: Page, values: Record<string, string>) => {
    for (const [label, value] of Object.entries(values))
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: '修改密码', exact: true }).click();
  };

  it('takes a one-time password to the forced change, then to 我的待办; 修改密码 works from the menu', async () => {
    const { context, page } = await newSession(browser, baseUrl);
    try {
      await page.goto('/');
      await page.getByLabel('用户名').fill(` ${user.username.toUpperCase()} `);
      await page.getByLabel('密码', { exact: true }).fill('One-time-pass-42');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: '首次登录请修改密码' }).waitFor();
      await see(page.getByText('管理员为您设置了临时密码')).toBeVisible();

      await fill(page, {
        临时密码: 'One-time-pass-42',
        新密码: 'Own-pass-2026',
        确认新密码: 'Own-pass-2027',
      });
      await see(page.getByText('两次输入的新密码不一致')).toBeVisible();
      await fill(page, {
        临时密码: 'One-time-pass-42',
        新密码: 'Own-pass-2026',
        确认新密码: 'Own-pass-2026',
      });
      await page.getByRole('heading', { name: '我的待办' }).waitFor();

      await page.getByRole('menuitem', { name: '修改密码' }).click();
      await page.getByRole('heading', { name: '修改密码' }).waitFor();
      await fill(page, {
        当前密码: 'not-my-password-1',
        新密码: 'Next-pass-2027',
        确认新密码: 'Next-pass-2027',
      });
      await see(page.getByRole('alert')).toContainText('当前密码不正确，密码未修改');
      await fill(page, { 当前密码: 'Own-pass-2026', 新密码: 'Next-pass-2027', 确认新密码: 'Next-pass-2027' });
      await see(page.getByText('密码已修改；其他设备上的登录已退出')).toBeVisible();
    } finally {
      await context.close();
    }
    const login = await api
      .http()
      .post('/auth/login')
      .send({ username: user.username, password: 'Next-pass-2027' })
      .expect(200);
    expect(login.body.passwordChangeRequired).toBe(false);
  });
});
