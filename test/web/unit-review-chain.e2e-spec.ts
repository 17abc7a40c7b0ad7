import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tokenFor } from '../support/demo';
import { createUser, FACTORY_PASSWORD } from '../support/factories';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';
import { sandboxPrefecture, type SandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2146;
const TITLE = `关于报送${YEAR}年度法治政府建设年度报告的通知`;

/**
 * #17 item 5 in 单位管理 (1366×768): a county whose own review chain skips 法律顾问审查 is asked by a
 * campaign that requires it. Its admin sees, in words, which notice requires what and that its report
 * will follow the issuing office's path; the paths offered say which keep every campaign's rules, and
 * choosing one of those and saving clears the shortfall (the API answers with none).
 */
describe('a unit’s review chain and the campaigns it falls short of (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let sandbox: SandboxPrefecture;
  let admin: { username: string };
  const http = () => request(stack.api.getHttpServer());
  const bearer = async (username: string) => ({
    Authorization: `Bearer ${await tokenFor(http, username, FACTORY_PASSWORD)}`,
  });

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
    sandbox = await sandboxPrefecture(stack.dataSource, stack.demo.unitIds.xj, '流程');
    admin = await createUser(stack.dataSource, sandbox.county.id, ['admin']);
    await http()
      .put(`/units/${sandbox.county.id}/review-chain`)
      .set(await bearer(admin.username))
      .send({ reviewChain: 'without-legal-review' })
      .expect(200);
    await http()
      .post('/campaigns')
      .set(await bearer(sandbox.coordinator.username))
      .send({
        reportYear: YEAR,
        title: TITLE,
        body: `请报送本单位${YEAR}年度法治政府建设年度报告。`,
        dueDate: `${YEAR + 1}-02-27`,
        targets: { unitIds: [sandbox.county.id] },
        chainRules: { deliberation: true, legalReview: true, signOff: true },
      })
      .expect(201);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('names the notice and the missing 法律顾问审查, and a path that keeps it clears the shortfall', async () => {
    const page = await as(admin.username);
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await page.locator(`.ant-tree-node-content-wrapper[title="${sandbox.county.name}"]`).click();

    const shortfall = page.getByRole('alert').filter({ hasText: TITLE });
    await see(shortfall).toContainText(`《${TITLE}》要求内部审核流程包含法律顾问审查`);
    await see(shortfall).toContainText(`${sandbox.prefecture.name}下发，${YEAR}年度`);
    await see(shortfall).toContainText('这项任务的报告将按下发单位规定的流程办理');
    const paths = page.getByRole('radiogroup', { name: '选择本单位的内部审核流程' });
    // The chosen path (without 法律顾问审查) is marked as falling short; the ones with it as keeping every rule.
    await see(paths.getByRole('radio', { checked: true })).toHaveCount(1);
    const keeping = paths.locator('label', { hasText: '符合全部任务要求' });
    await see(keeping.filter({ hasNotText: '法律顾问审查' })).toHaveCount(0);
    await see(paths.locator('label', { hasText: '不符合 1 项任务的要求' }).first()).toBeVisible();
    await page.getByRole('button', { name: '保存流程' }).scrollIntoViewIfNeeded();
    await expectAccessible(page, '单位管理（内部审核流程）');
    await screenshot(page, '42-unit-review-chain');

    await keeping.first().click();
    await page.getByRole('button', { name: '保存流程' }).click();
    await see(page.getByText('自选流程符合所有在办报送任务的内部审核流程要求。')).toBeVisible();
    await see(page.getByRole('alert').filter({ hasText: TITLE })).toHaveCount(0);

    const stored = await http()
      .get(`/units/${sandbox.county.id}/review-chain`)
      .set(await bearer(admin.username))
      .expect(200);
    expect(stored.body.shortfalls).toEqual([]);
    expect(stored.body.states.map((s: { label: string }) => s.label)).toContain('法律顾问审查');
  });
});
