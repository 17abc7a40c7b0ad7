import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { expectAccessible, launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { tickTargetUnit } from './sandbox-prefecture';
import { see } from './see';

// This file's report year; its units are its own, under the demo region.
const YEAR = 2053;

type Ref = { id: string; name: string };

/**
 * The 依法治州办 asks its demonstration county for the additional 示范地区年度报告: the form's 报告类型
 * pre-fills 31 January, offers only the designated government, and the report issued is a second
 * one beside the county's annual report.
 */
describe('issuing the demonstration line in the console (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const units = {} as Record<'demo' | 'ordinary' | 'office', Ref>;
  let coordinator: { username: string };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const region = await unitById(ds, stack.demo.unitIds.xj);
    const prefecture = await createUnit(ds, region, {
      name: uniqueName('示范州'),
      kind: 'government',
      level: 'prefecture',
    });
    const party = await createUnit(ds, prefecture, {
      name: uniqueName('示范州委'),
      kind: 'party_committee',
      level: 'prefecture',
    });
    units.office = await createUnit(ds, party, {
      name: uniqueName('示范州依法治州办'),
      kind: 'rule_of_law_office',
      level: 'prefecture',
    });
    units.demo = await createUnit(ds, prefecture, { name: uniqueName('示范县'), kind: 'government' });
    units.ordinary = await createUnit(ds, prefecture, { name: uniqueName('普通县'), kind: 'government' });
    await ds.query('UPDATE units SET demonstration_area = 1 WHERE id = ?', [units.demo.id]);
    coordinator = await createUser(ds, units.office.id, ['coordinator']);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  const openForm = async (): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, coordinator.username, FACTORY_PASSWORD);
    await page.goto('/app/campaigns/new');
    await page.getByLabel('通知标题').fill(`关于报送${YEAR}年度法治政府建设示范地区年度报告的通知`);
    await page.getByLabel('报告年度').fill(String(YEAR));
    await page.getByLabel('通知正文').fill('示范县人民政府：请于1月底前另行报送示范地区年度报告。');
    return page;
  };

  it('pre-fills 31 January, offers only the designated government, and issues its own report', async () => {
    const page = await openForm();
    await page.getByTestId('report-line').getByText('示范地区年度报告（另行报送）').click();
    await see(page.getByLabel('报送截止日期')).toHaveValue(`${YEAR + 1}-01-31`);

    // The ordinary county is not offered on this line.
    await page.getByLabel('报送单位（从单位树中选择）').click();
    await page.keyboard.type(units.ordinary.name);
    await see(
      page.locator(`.ant-select-tree-node-content-wrapper[title="${units.ordinary.name}"]`),
    ).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.getByLabel('报送单位（从单位树中选择）').fill('');
    await tickTargetUnit(page, units.demo.name);
    await expectAccessible(page, '下发报送任务（示范地区年度报告）');

    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    await see(confirm.getByTestId('issue-report-line')).toContainText('示范地区年度报告');
    await confirm.getByTestId('confirm-issue').click();
    await page.getByText('已向 1 个单位下发报送任务').waitFor();
    await see(page.getByText(`${YEAR}（示范地区年度报告）`)).toBeVisible();

    // What the API stored: a campaign on the demonstration line, due 31 January (the API's e2e file
    // demonstration-area reads the report itself, beside the county's annual one).
    const token = await tokenFor(() => request(stack.baseUrl), coordinator.username, FACTORY_PASSWORD);
    const campaignId = new URL(page.url()).pathname.split('/').pop()!;
    const api = () => request(stack.baseUrl);
    const campaign = await api()
      .get(`/campaigns/${campaignId}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(campaign.body).toMatchObject({ reportLine: 'demonstration_area', reportYear: YEAR });
    const board = await api()
      .get(`/campaigns/${campaignId}/board`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const [row] = board.body.rows as Array<{ dueDate: string }>;
    expect(row.dueDate).toBe(`${YEAR + 1}-01-31`);
  });
});
