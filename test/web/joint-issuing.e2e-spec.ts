import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUnit, createUser, FACTORY_PASSWORD } from '../support/factories';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';
import { fillIssueForm, sandboxPrefecture, tickTargetUnit } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2093;

/**
 * #17 in the console: a prefecture issues to a county's 政府 and its 县委; the form offers them one
 * joint report (联合报告), the confirmation says so, and the campaign gives both targets the one report,
 * the government's, naming the 县委 as co-reporting unit.
 */
describe('issuing a joint 党委+政府 report from the console (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let county: { id: string; name: string };
  let countyParty: { id: string; name: string };
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
    const sandbox = await sandboxPrefecture(stack.dataSource, stack.demo.unitIds.xj, '联合');
    county = sandbox.county;
    coordinator = sandbox.coordinator;
    // The 县委 is held under its place's government, as the API's rule for joint reports reads the tree.
    countyParty = await createUnit(stack.dataSource, sandbox.county, {
      name: `中共${sandbox.county.name}委员会`,
      kind: 'party_committee',
    });
    await createUser(stack.dataSource, countyParty.id, ['drafter']);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('offers the pair one joint report, confirms it, and the campaign gives both the government’s report', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    const joint = page.getByTestId('joint-reports');
    await see(joint).toHaveCount(0);

    // The county and its 县委 (held under it), each ticked: both are targets.
    await fillIssueForm(page, { year: YEAR, unitName: county.name });
    await see(joint).toHaveCount(0);
    await tickTargetUnit(page, countyParty.name);

    const pair = `${countyParty.name}、${county.name}联合报送一份报告`;
    await see(joint).toContainText(pair);
    await joint.getByRole('checkbox', { name: pair }).check();
    await expectAccessible(page, '下发报送任务（联合报告）');
    await screenshot(page, '37-issue-joint-report');

    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    await see(confirm.getByTestId('issue-joint-reports')).toContainText(`联合报告：${pair}`);
    await confirm.getByTestId('confirm-issue').click();
    await page.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);

    // One report answers both targets: the government's, naming the 县委 as co-reporting unit.
    const campaignId = new URL(page.url()).pathname.split('/').pop()!;
    const targets = (await stack.dataSource.query(
      `SELECT t.unit_id, t.report_id, r.unit_id AS report_unit_id, r.co_reporting_unit_id
         FROM campaign_targets t JOIN reports r ON r.id = t.report_id
        WHERE t.campaign_id = ? ORDER BY t.unit_id = ? DESC`,
      [campaignId, county.id],
    )) as Array<{ unit_id: string; report_id: string; report_unit_id: string; co_reporting_unit_id: string }>;
    expect(targets).toHaveLength(2);
    expect(new Set(targets.map((t) => t.report_id)).size).toBe(1);
    expect(targets[0]).toMatchObject({ report_unit_id: county.id, co_reporting_unit_id: countyParty.id });
  });
});
