import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';
import { tickTargetUnit } from './sandbox-prefecture';
import { see } from './see';

// This file's report year; its units are its own, under the demo region.
const YEAR = 2052;

type Ref = { id: string; name: string };

/**
 * #17 in the console: the 依法治县办 sends one notice to the 县政府 and one of the county's bureaus.
 * Ticking the 县政府 in the unit tree picks the government alone — not the 县委 and 县人大常委会 held
 * below it, who are its recipients — so each target gets its own line's 主送/抄送. Adding the units
 * below is an explicit button.
 */
describe('issuing to a county government and one bureau, ticked exactly (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const units = {} as Record<
    'county' | 'party' | 'congress' | 'office' | 'transport',
    Ref & { path: string }
  >;
  let coordinator: { username: string };

  const as = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };

  /** Opens the issuing form with the notice filled in and nothing ticked yet. */
  const openForm = async (): Promise<Page> => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await page.getByLabel('通知标题').fill(`关于报送${YEAR}年度法治政府建设情况报告的通知`);
    await page.getByLabel('报告年度').fill(String(YEAR));
    await page.getByLabel('通知正文').fill('县政府、县直各部门：请报送本单位年度报告。');
    return page;
  };

  /** The units shown as ticked in the tree's selection. */
  const ticked = (page: Page) => page.getByTestId('target-units').locator('.ant-select-selection-item');

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const region = await unitById(ds, stack.demo.unitIds.xj);
    const prefecture = await createUnit(ds, region, {
      name: uniqueName('精确州'),
      kind: 'government',
      level: 'prefecture',
    });
    units.county = await createUnit(ds, prefecture, { name: uniqueName('精确县'), kind: 'government' });
    units.party = await createUnit(ds, units.county, {
      name: uniqueName('精确县委'),
      kind: 'party_committee',
    });
    units.congress = await createUnit(ds, units.county, {
      name: uniqueName('精确县人大常委会'),
      kind: 'congress_standing_committee',
    });
    units.office = await createUnit(ds, units.party, {
      name: uniqueName('精确依法治县办'),
      kind: 'rule_of_law_office',
    });
    units.transport = await createUnit(ds, units.county, { name: uniqueName('精确县交通运输局') });
    coordinator = await createUser(ds, units.office.id, ['coordinator']);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('ticks the 县政府 alone, gives it and the bureau their own lines, and issues to exactly those two', async () => {
    const page = await openForm();
    await tickTargetUnit(page, units.county.name);
    // The government alone: its 县委 and 人大常委会 (held below it) are not ticked with it.
    await see(ticked(page)).toHaveCount(1);
    await see(ticked(page)).toContainText(units.county.name);
    await see(page.getByTestId('add-units-below')).toContainText('再加 3 个');

    await tickTargetUnit(page, units.transport.name);
    await see(ticked(page)).toHaveCount(2);
    // Two lines, two groups: the government's own level (县委、县人大常委会) and the bureau's
    // (县委、县政府, 抄送 依法治县办) — not the issuer as the fallback.
    const groups = page.getByTestId('recipient-groups').locator('li');
    await see(groups).toHaveCount(2);
    await see(groups.filter({ hasText: units.congress.name })).toContainText(units.county.name);
    await see(groups.filter({ hasText: units.office.name })).toContainText(units.transport.name);
    await expectAccessible(page, '下发报送任务（精确勾选报送单位）');
    await screenshot(page, '47-issue-exact-targets');

    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    const targets = confirm.getByTestId('issue-targets');
    await see(targets).toContainText(units.county.name);
    await see(targets).toContainText(units.transport.name);
    await see(targets).not.toContainText(units.party.name);
    await see(targets).not.toContainText(units.congress.name);
    await confirm.getByTestId('confirm-issue').click();
    await page.getByText('已向 2 个单位下发报送任务').waitFor();

    // What the API stored: the two targets, each with its own line's recipients.
    const campaignId = new URL(page.url()).pathname.split('/').pop()!;
    const token = await tokenFor(() => request(stack.baseUrl), coordinator.username, FACTORY_PASSWORD);
    const stored = await request(stack.baseUrl)
      .get(`/campaigns/${campaignId}`)
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    expect(stored.body.targetCount).toBe(2);
    const perTarget = (stored.body.recipients.perTarget ?? []) as { targets: Ref[]; main: Ref[] }[];
    const lineOf = (id: string) =>
      perTarget
        .find((g) => g.targets.some((t) => t.id === id))
        ?.main.map((u) => u.id)
        .sort();
    expect(lineOf(units.county.id)).toEqual([units.party.id, units.congress.id].sort());
    expect(lineOf(units.transport.id)).toEqual([units.party.id, units.county.id].sort());
  });

  it('adds every unit below the ticked one only when asked (连同下级单位一并勾选)', async () => {
    const page = await openForm();
    await tickTargetUnit(page, units.county.name);
    await page.getByTestId('add-units-below').click();
    // The 县委, 人大常委会 and the bureau join the government (the 依法治县办 itself is no target).
    await see(ticked(page)).toHaveCount(4);
    // Nothing further below: the button says so and is off.
    await see(page.getByTestId('add-units-below')).not.toContainText('再加');
    expect(await page.getByTestId('add-units-below').isDisabled()).toBe(true);
    // Untick one again: exact ticking still works after the widening.
    await page
      .getByTestId('target-units')
      .locator('.ant-select-selection-item', { hasText: units.congress.name })
      .locator('.ant-select-selection-item-remove')
      .click();
    await see(ticked(page)).toHaveCount(3);
  });
});
