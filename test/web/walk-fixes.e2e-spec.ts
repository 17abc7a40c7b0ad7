import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ManualClock } from '@app/common';
import { at, reviewChainUser, submitThroughChain } from '../campaigns/campaign-helpers';
import { reportClient } from '../reports/report-helpers';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, unitById } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { fillIssueForm } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own.
const YEAR = 2124;
// Early in the year after: the county's meeting (集体审议) falls within the report year's window.
const clock = new ManualClock(at(`${YEAR + 1}-01-10`));
const MEETING = {
  meetingBody: '县政府常务会议',
  meetingDate: `${YEAR + 1}-01-08`,
  minutesNumber: `常务会纪要〔${YEAR + 1}〕2号`,
};

/**
 * Six small fixes from the civil servant's walk at 1366×768 (p16 walk): P2 下发 with an error far up the
 * form comes into view and a past year says its period is over; P4 the 流程记录 names a 州's office
 * 依法治州办; P6 我的待办 names its return count as the report page does; P8 the confirmation repeats
 * the 文号; P9 the unit search has a ✕; P12 the 会议纪要编号 gets 〔〕 as the 文号 does.
 */
describe('walk fixes: the issuing form, the picker, the history, the todo list and the meeting record', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  // Names end as places do (…州, …县): the office word is read from them.
  const tag = `走查${randomBytes(3).toString('hex')}`;
  const countyName = `${tag}甲县`;
  const otherCountyName = `${tag}乙县`;
  let coordinator: { username: string };
  let drafter: { username: string };
  let reviewer: { username: string; password: string };
  let reportId: string;

  const as = async (username: string, password = FACTORY_PASSWORD): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl, { clockAt: clock.now() });
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, username, password);
    return page;
  };

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const region = await unitById(ds, stack.demo.unitIds.xj);
    const prefecture = await createUnit(ds, region, {
      name: `${tag}州`,
      kind: 'government',
      level: 'prefecture',
    });
    const party = await createUnit(ds, prefecture, {
      name: `${tag}州委`,
      kind: 'party_committee',
      level: 'prefecture',
    });
    await createUnit(ds, party, {
      name: `${tag}依法治州办`,
      kind: 'rule_of_law_office',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: countyName, kind: 'government' });
    await createUnit(ds, prefecture, { name: otherCountyName, kind: 'government' });
    drafter = await createUser(ds, county.id, ['drafter']);
    coordinator = await createUser(ds, prefecture.id, ['coordinator']);
    reviewer = await reviewChainUser(ds, county.id, `${tag}审核`);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('P2: 下发 with the title left empty brings the title into view and focuses it', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await fillIssueForm(page, { year: YEAR, unitName: countyName });
    await page.getByLabel('通知标题').fill('');
    await page.getByRole('button', { name: '下发', exact: true }).click();
    const title = page.getByLabel('通知标题');
    await page.waitForTimeout(800); // the smooth scroll settles
    const focused = await title.evaluate(
      (el) =>
        (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === el,
    );
    expect(focused).toBe(true);
    const box = await title.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
  });

  it('P2: a year whose statutory date has passed says so, never an impossible date range', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await fillIssueForm(page, { year: YEAR - 1, unitName: countyName });
    await page.getByRole('button', { name: '下发', exact: true }).click();
    await see(
      page.getByText(`${YEAR - 1}年度报告的法定报送期限（${YEAR}年3月1日）已过，请选择其他报告年度`),
    ).toBeVisible();
    await see(page.getByText(/应在 .* 至 .* 之间/)).toHaveCount(0);
  });

  it('P9: a ✕ over the unit list empties the kept search, so the next county is not appended', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await page.getByLabel('报送单位（从单位树中选择）').click();
    await page.keyboard.type(countyName);
    const node = (name: string) =>
      page
        .locator('.ant-select-tree-treenode')
        .filter({ has: page.locator(`.ant-select-tree-node-content-wrapper[title="${name}"]`) });
    await node(countyName).locator('.ant-select-tree-checkbox').click();
    await see(page.locator('#unitIds')).toHaveValue(countyName);
    await page.getByTestId('clear-unit-search').click();
    await see(page.locator('#unitIds')).toHaveValue('');
    await page.keyboard.type(otherCountyName);
    await see(page.locator('#unitIds')).toHaveValue(otherCountyName);
    await see(node(otherCountyName)).toHaveCount(1);
    await node(otherCountyName).locator('.ant-select-tree-checkbox').click();
    await page.keyboard.press('Escape');
    for (const name of [countyName, otherCountyName]) {
      await see(
        page.getByTestId('target-units').locator('.ant-select-selection-item', { hasText: name }),
      ).toHaveCount(1);
    }
  });

  it('P8: the confirmation repeats the 文号 as it will be stored, and the campaign goes out', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    await page.getByLabel('文号').fill(`${tag}州法办[${YEAR + 1}]7号`);
    await fillIssueForm(page, { year: YEAR, unitName: countyName });
    await page.getByRole('button', { name: '下发', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '确认下发报送任务' });
    await see(dialog.getByTestId('issue-document-number')).toHaveText(`文号：${tag}州法办〔${YEAR + 1}〕7号`);
    await dialog.getByTestId('confirm-issue').click();
    await page.waitForURL(/\/app\/campaigns\/[0-9a-f-]{36}$/);
    const [report] = (await stack.dataSource.query(
      'SELECT r.id FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.name = ? AND r.report_year = ?',
      [countyName, YEAR],
    )) as Array<{ id: string }>;
    reportId = report.id;
  });

  it('P6: 我的待办 names its return count as the report page does', async () => {
    const page = await as(drafter.username);
    await page.goto('/app/todo');
    // Short in the header (the full words squeezed the title column), the report page's words on hover.
    const header = page.getByTestId('todo-return-header');
    await see(header).toHaveText('退回次数');
    await header.hover();
    await see(page.getByRole('tooltip')).toContainText('退回次数（含内部审核）');
  });

  it('P4: the 流程记录 names the 州 coordinator who created the report 依法治州办, as the header does', async () => {
    const page = await as(drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('tab', { name: '流程记录' }).click();
    const first = page.locator('.ant-timeline-item').first();
    await see(first).toContainText('创建报告');
    await see(first).toContainText('（依法治州办（司法局）经办人）');
    await see(page.getByText('依法治市办')).toHaveCount(0);
  });

  it('P12: a 会议纪要编号 typed with [year] or （year） becomes 〔year〕 on leaving the field', async () => {
    const http = () => request(stack.api.getHttpServer());
    const drafterApi = reportClient(http, await tokenFor(http, drafter.username, FACTORY_PASSWORD));
    const reviewerApi = reportClient(http, await tokenFor(http, reviewer.username, reviewer.password));
    await submitThroughChain(drafterApi, reviewerApi, reportId, MEETING, 'party_approval');
    const page = await as(reviewer.username, reviewer.password);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('button', { name: '审议通过', exact: true }).click();
    const field = page.getByRole('dialog').getByLabel('会议纪要编号');
    await field.fill(`党组会纪要[${YEAR + 1}]12号`);
    await page.keyboard.press('Tab');
    await see(field).toHaveValue(`党组会纪要〔${YEAR + 1}〕12号`);
    await field.fill(`党组会纪要（${YEAR + 1}）12号`);
    await page.keyboard.press('Tab');
    await see(field).toHaveValue(`党组会纪要〔${YEAR + 1}〕12号`);
    await page.keyboard.press('Escape');
  });
});
