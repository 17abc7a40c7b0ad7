import type { Browser } from 'playwright-core';
import request from 'supertest';
import { completeSections } from '../support/content';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { reportClient, step } from '../reports/report-helpers';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  pickOption,
  startStack,
  type Stack,
} from './browser';
import { see } from './see';

// Browser journeys take longer than the e2e default per test.

const MEETING = {
  meetingBody: '党组会议',
  meetingDate: '2025-01-20',
  minutesNumber: '党组会纪要〔2025〕5号',
};

/**
 * 收到的报告 in the console: the head of a county justice bureau finds the report its county's
 * transport bureau dispatched (a 抄送: no campaign asked for it), and opens it read-only at the
 * dispatched version. Units and users are this file's own.
 */
describe('web console: 收到的报告', () => {
  let stack: Stack;
  let browser: Browser;
  let reader: { username: string };
  let drafterName: string;
  let reportId: string;
  let title: string;
  let dispatchedText: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const xj = await unitById(ds, stack.demo.unitIds.xj);
    const prefecture = await createUnit(ds, xj, { kind: 'government', level: 'prefecture' });
    const county = await createUnit(ds, prefecture, { kind: 'government', level: 'county' });
    const bureau = await createUnit(ds, county, { name: uniqueName('抄送页交通运输局'), level: 'county' });
    const justice = await createUnit(ds, county, { kind: 'justice_bureau', level: 'county' });
    const http = () => request(stack.baseUrl);
    const client = async (
      role: 'drafter' | 'dept_reviewer' | 'legal_adviser' | 'party_approver' | 'unit_leader',
    ) => {
      const user = await createUser(ds, bureau.id, [role]);
      if (role === 'drafter') drafterName = user.username;
      return reportClient(http, await tokenFor(http, user.username, user.password));
    };
    const [drafter, reviewer, legal, party, leader] = [
      await client('drafter'),
      await client('dept_reviewer'),
      await client('legal_adviser'),
      await client('party_approver'),
      await client('unit_leader'),
    ];
    reader = await createUser(ds, justice.id, ['unit_leader']);
    const created = await drafter.create({ unitId: bureau.id, reportYear: 2025 }).expect(201);
    reportId = created.body.id;
    const sections = completeSections(bureau.name, 2025);
    dispatchedText = sections.leadersDuty.split('\n')[1];
    await drafter.save(reportId, { basedOnRevision: 0, sections }).expect(201);
    await step(drafter, reportId, 'submit');
    await step(reviewer, reportId, 'approve');
    await step(legal, reportId, 'approve', { fields: { opinion: '同意。' } });
    await step(party, reportId, 'approve', { fields: MEETING });
    await step(leader, reportId, 'sign_off');
    await step(drafter, reportId, 'dispatch', { fields: { documentNumber: '抄页发〔2025〕1号' } });
    title = (await drafter.get(reportId).expect(200)).body.title;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('the copy reader finds the copy in the menu and opens it read-only', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, reader.username, FACTORY_PASSWORD);
    await page.getByRole('menuitem', { name: '收到的报告' }).click();
    await page.getByRole('heading', { name: '收到的报告' }).waitFor();
    const row = page.locator('tr', { hasText: title });
    await see(row).toContainText('第 1 版');
    await see(row.locator('td').nth(3)).toHaveText('抄送');
    // The title has the room (314 px before): beside 收文单位 it ran to 7-8 lines (a walk, stop 57).
    const titleCell = (await row.locator('td').first().boundingBox())!;
    expect(titleCell.width).toBeGreaterThanOrEqual(380);
    await expectAccessible(page, '收到的报告');
    // 仅主送 hides it (it was copied, not addressed), and clearing the filter brings it back.
    await page.getByRole('combobox', { name: '按收文方式筛选' }).click();
    await pickOption(page, '仅主送');
    await see(page.getByText('暂无主送本单位的报告')).toBeVisible();
    await see(row).toHaveCount(0);
    await page.getByRole('combobox', { name: '按收文方式筛选' }).click();
    await pickOption(page, '仅抄送');
    await see(row).toContainText('抄送');
    await row.click();
    await page.waitForURL(`**/app/reports/${reportId}`);
    // Seen as it was sent: the notice says so, and the date shown is the dispatch's (报送时间).
    await see(page.getByTestId('copy-notice')).toContainText(
      /本单位为收文单位（主送或抄送），仅可查阅：所示为 .+ 报送时的状态；接收、退回由下发报送任务的单位办理。/,
    );
    await see(page.getByText('报送时间')).toBeVisible();
    await see(page.getByText('最后更新')).toHaveCount(0);
    await see(page.getByTestId('report-state')).toContainText('已报送');
    await see(page.getByText(dispatchedText)).toBeVisible();
    await see(page.getByRole('button', { name: '接收' })).toHaveCount(0);
    // Back goes where the copy was found, not to 我的待办; the count is of returns from above only.
    await see(page.getByText('上级退回', { exact: true })).toBeVisible();
    await see(page.getByText('内部审核退回')).toHaveCount(0);
    await page.getByRole('link', { name: '收到的报告' }).click();
    await page.getByRole('heading', { name: '收到的报告' }).waitFor();
    await context.close();
  });

  it('a drafter has no 收到的报告 entry', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, drafterName, FACTORY_PASSWORD);
    await see(page.getByRole('menuitem', { name: '年度报告' })).toHaveCount(1);
    await see(page.getByRole('menuitem', { name: '收到的报告' })).toHaveCount(0);
    await context.close();
  });
});
