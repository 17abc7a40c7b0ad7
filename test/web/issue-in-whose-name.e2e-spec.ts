import type { Browser, BrowserContext } from 'playwright-core';
import request from 'supertest';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  pickOption,
  startStack,
  type Stack,
} from './browser';
import { confirmIssue, tickTargetUnit } from './sandbox-prefecture';
import { see } from './see';

// This file's report year; its units are its own, under the demo region.
const YEAR = 2063;

type Ref = { id: string; name: string };

/**
 * A 州司法局 officer who also runs the 依法治州办 housed there (coordinator in both) chooses in whose
 * name a notice goes out (walk, stop 44: the form always took the first role, the 司法局).
 */
describe('choosing the issuing unit on the issuing form (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const units = {} as Record<'justice' | 'office' | 'county', Ref>;
  let officer: { username: string };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const region = await unitById(ds, stack.demo.unitIds.xj);
    const prefecture = await createUnit(ds, region, {
      name: uniqueName('名义州'),
      kind: 'government',
      level: 'prefecture',
    });
    units.justice = await createUnit(ds, prefecture, {
      name: uniqueName('名义州司法局'),
      kind: 'justice_bureau',
      level: 'prefecture',
    });
    const party = await createUnit(ds, prefecture, {
      name: uniqueName('名义州委'),
      kind: 'party_committee',
      level: 'prefecture',
    });
    units.office = await createUnit(ds, party, {
      name: uniqueName('名义州依法治州办'),
      kind: 'rule_of_law_office',
      level: 'prefecture',
    });
    units.county = await createUnit(ds, prefecture, { name: uniqueName('名义县'), kind: 'government' });
    officer = await createUser(ds, units.justice.id, [
      ['coordinator', units.justice.id],
      ['coordinator', units.office.id],
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('offers both units and issues in the name chosen', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, officer.username, FACTORY_PASSWORD);
    await page.goto('/app/campaigns/new');
    const issuer = page.getByTestId('issuing-unit');
    // One of the two is chosen at first; the officer picks the other.
    await see(issuer).toContainText('名义州');
    const shown = (await issuer.textContent()) ?? '';
    const chosen = shown.includes(units.office.name) ? units.justice : units.office;
    await issuer.click();
    const offered = page.locator(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    );
    await see(offered).toHaveCount(2);
    await pickOption(page, chosen.name);
    await see(issuer).toContainText(chosen.name);

    await page.getByLabel('通知标题').fill(`关于报送${YEAR}年度法治政府建设年度报告的通知`);
    await page.getByLabel('报告年度').fill(String(YEAR));
    await page.getByLabel('通知正文').fill('各县市人民政府：请报送本地区年度报告。');
    await tickTargetUnit(page, units.county.name);
    await expectAccessible(page, '下发报送任务（选择下发单位）');
    await page.getByRole('button', { name: '下发', exact: true }).click();
    await confirmIssue(page);
    await page.getByText('已向 1 个单位下发报送任务').waitFor();

    const token = await tokenFor(() => request(stack.baseUrl), officer.username, FACTORY_PASSWORD);
    const campaignId = new URL(page.url()).pathname.split('/').pop()!;
    const stored = await request(stack.baseUrl)
      .get(`/campaigns/${campaignId}`)
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    expect(stored.body.issuingUnit).toEqual({ id: chosen.id, name: chosen.name });
  });
});
