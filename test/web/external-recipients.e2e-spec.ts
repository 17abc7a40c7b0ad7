import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName } from '../support/factories';
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
import { see } from './see';

// This file's report year: the issuing form takes years up to 2100, so not from the range 2130-2134
// named for this work; 2094 is used by no other file. Its region is its own.
const YEAR = 2094;

/**
 * #17 in the console: the 依法治区办 asks its region's 党委 and 政府; the issuing form fills 主送
 * 党中央、国务院 and 抄送 中央依法治国办 from the routing table, the coordinator can remove one,
 * the confirmation lists them and the campaign stores and shows them.
 */
describe('issuing a region’s report to 党中央、国务院 (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let region: { id: string; path: string; name: string };
  let party: { id: string; path: string; name: string };
  let coordinator: { username: string };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    region = await createUnit(ds, null, {
      name: uniqueName('外送区'),
      kind: 'government',
      level: 'province',
    });
    party = await createUnit(ds, region, {
      name: uniqueName('外送区党委'),
      kind: 'party_committee',
      level: 'province',
    });
    const office = await createUnit(ds, party, {
      name: uniqueName('外送依法治区办'),
      kind: 'rule_of_law_office',
      level: 'province',
    });
    await createUser(ds, region.id, ['drafter']);
    coordinator = await createUser(ds, office.id, ['coordinator']);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('fills the bodies outside the tree, takes the issuer’s change, and stores what it listed', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, coordinator.username, FACTORY_PASSWORD);
    await page.goto('/app/campaigns/new');
    await page.getByLabel('通知标题').fill(`关于报送${YEAR}年度法治建设情况报告的通知`);
    await page.getByLabel('报告年度').fill(String(YEAR));
    await page.getByLabel('通知正文').fill('自治区党委、自治区人民政府：请报送年度报告。');
    // The region and its 党委 (held under it), each ticked: both are targets.
    await pick(page, region.name);
    await pick(page, party.name);

    const main = page.getByTestId('recipient-main');
    const copy = page.getByTestId('recipient-copy');
    await see(page.getByTestId('recipient-source')).toContainText('已按');
    await see(main).toContainText('党中央');
    await see(main).toContainText('国务院');
    await see(copy).toContainText('中央依法治国办');
    await expectAccessible(page, '下发报送任务（系统外收件机关）');
    await screenshot(page, '38-issue-external-recipients');

    // The coordinator takes 国务院 out of 主送: only 党中央 is listed and stored.
    await main
      .locator('.ant-select-selection-item', { hasText: '国务院' })
      .locator('.ant-select-selection-item-remove')
      .click();
    await see(main).not.toContainText('国务院');
    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    const listed = confirm.getByTestId('issue-recipients');
    await see(listed).toContainText('主送：党中央');
    await see(listed).toContainText('抄送：中央依法治国办');
    await see(listed).not.toContainText('国务院');
    await confirm.getByTestId('confirm-issue').click();
    await page.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);
    await see(page.getByText('党中央（系统外，由下发单位报送）')).toBeVisible();

    const campaignId = new URL(page.url()).pathname.split('/').pop()!;
    const token = await tokenFor(() => request(stack.baseUrl), coordinator.username, FACTORY_PASSWORD);
    const stored = await request(stack.baseUrl)
      .get(`/campaigns/${campaignId}`)
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    expect(stored.body.recipients).toEqual({
      main: [],
      copy: [],
      external: {
        main: [{ body: 'party_central_committee', name: '党中央' }],
        copy: [{ body: 'central_rule_of_law_office', name: '中央依法治国办' }],
      },
      perTarget: null,
    });
  });
});

/** Ticks a unit in the issuing form's target tree. */
async function pick(page: Page, name: string): Promise<void> {
  await page.getByLabel('报送单位（从单位树中选择）').click();
  await page.keyboard.type(name);
  await page
    .locator('.ant-select-tree-treenode', { hasText: name })
    .locator('.ant-select-tree-checkbox')
    .click();
  await page.keyboard.press('Escape');
}
