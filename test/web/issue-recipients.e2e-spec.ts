import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { FACTORY_PASSWORD } from '../support/factories';
import { tokenFor } from '../support/demo';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';
import { sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report year (the lines range, 2047-2051); its units are its own sandbox.
const YEAR = 2048;

/**
 * #17 in the console: issuing to a county government, the 主送/抄送 come from the routing table
 * (州委、州政府, 抄送 依法治州办), the issuer changes them, and the confirmation lists what will be stored.
 */
describe('issuing with the routing table’s recipients (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let prefecture: { id: string; name: string };
  let party: { id: string; name: string };
  let office: { id: string; name: string };
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
    ({ prefecture, party, office, county, coordinator } = await sandboxPrefecture(
      stack.dataSource,
      stack.demo.unitIds.xj,
      '路径',
    ));
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('pre-fills 主送/抄送 from the table, takes the issuer’s change, and lists them before issuing', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await page.getByLabel('通知标题').fill(`关于报送${YEAR}年度法治建设情况报告的通知`);
    await page.getByLabel('报告年度').fill(String(YEAR));
    await page.getByLabel('通知正文').fill('各县市：请报送年度报告。');
    await page.getByLabel('报送单位（从单位树中选择）').click();
    await page.keyboard.type(county.name);
    await page
      .locator('.ant-select-tree-treenode', { hasText: county.name })
      .locator('.ant-select-tree-checkbox')
      .click();
    await page.keyboard.press('Escape');

    // The county government's line one level up: 州委 and 州政府, a copy to the 依法治州办.
    const main = page.getByTestId('recipient-main');
    const copy = page.getByTestId('recipient-copy');
    await see(page.getByTestId('recipient-source')).toContainText('已按');
    await see(main).toContainText(party.name);
    await see(main).toContainText(prefecture.name);
    await see(copy).toContainText(office.name);
    // The deliberation's time limit in the words of a body that may be a 党组 or a 常务会议 (#18 item 9).
    await see(page.getByLabel('集体审议（党组会议/常务会议等）')).toBeVisible();
    await see(page.getByText('党组审议', { exact: true })).toHaveCount(0);
    await expectAccessible(page, '下发报送任务（收件单位）');
    await screenshot(page, '31-issue-recipients');

    // The issuer drops the 州委 from 主送: the confirmation lists what will be stored.
    await main
      .locator('.ant-select-selection-item', { hasText: party.name })
      .locator('.ant-select-selection-item-remove')
      .click();
    await see(main).not.toContainText(party.name);
    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    const listed = confirm.getByTestId('issue-recipients');
    await see(listed).toContainText(`主送：${prefecture.name}`);
    await see(listed).toContainText(`抄送：${office.name}`);
    await see(listed).not.toContainText(party.name);
    await expectAccessible(page, '确认下发（收件单位）', '.ant-modal');
    await confirm.getByTestId('confirm-issue').click();
    await page.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);

    // What the API stored is what the dialog said.
    const campaignId = new URL(page.url()).pathname.split('/').pop()!;
    const token = await tokenFor(() => request(stack.baseUrl), coordinator.username, FACTORY_PASSWORD);
    const stored = await request(stack.baseUrl)
      .get(`/campaigns/${campaignId}`)
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    expect(stored.body.recipients).toEqual({
      main: [{ id: prefecture.id, name: prefecture.name }],
      copy: [{ id: office.id, name: office.name }],
      external: { main: [], copy: [] },
      perTarget: null,
    });
  });
});
