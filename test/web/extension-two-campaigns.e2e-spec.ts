import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { launchBrowser, loginAs, newSession, pressToClose, startStack, type Stack } from './browser';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2074;

/**
 * A civil servant's walk (stop 40), at 1366×768: a county bureau asked by the 州交通运输局 (25 Feb)
 * and by its 依法治县办 (20 Feb) saw one due date, and 申请延期 asked the first campaign whatever
 * office was pressing, answering in English when the date was not later than that campaign's. The
 * report shows both dates; the dialog asks which campaign, says its current date, offers only later
 * days; Enter in a date field never sends a dialog before its other fields are filled.
 */
describe('申请延期 on a report two campaigns ask for', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let drafter: { username: string };
  let officeCoordinator: { username: string };
  let reportId: string;
  let officeCampaign: string;
  let prefCampaign: string;
  let officeName: string;

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
    const ds = stack.dataSource;
    const xj = await unitById(ds, stack.demo.unitIds.xj);
    const prefecture = await createUnit(ds, xj, { kind: 'government', level: 'prefecture' });
    const prefTransport = await createUnit(ds, prefecture, {
      // Names end as real ones do (局, 办): the console names an issuer by its name's ending.
      name: `${uniqueName('甲')}州交通运输局`,
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { kind: 'government', level: 'county' });
    const office = await createUnit(ds, county, {
      name: `${uniqueName('甲')}依法治县办`,
      kind: 'rule_of_law_office',
      level: 'county',
    });
    officeName = office.name;
    const bureau = await createUnit(ds, county, { name: `${uniqueName('甲')}县交通运输局`, level: 'county' });
    drafter = await createUser(ds, bureau.id, ['drafter']);
    officeCoordinator = await createUser(ds, office.id, ['coordinator']);
    const prefCoordinator = await createUser(ds, prefTransport.id, ['coordinator']);
    const http = () => request(stack.api.getHttpServer());
    const issue = async (username: string, dueDate: string) =>
      (
        await http()
          .post('/campaigns')
          .set({ Authorization: `Bearer ${await tokenFor(http, username, FACTORY_PASSWORD)}` })
          .send({
            reportYear: YEAR,
            title: `关于报送${YEAR}年度法治政府建设情况报告的通知`,
            body: '请报送本单位年度报告。',
            dueDate,
            targets: { unitIds: [bureau.id] },
          })
          .expect(201)
      ).body.id as string;
    prefCampaign = await issue(prefCoordinator.username, `${YEAR + 1}-02-25`);
    officeCampaign = await issue(officeCoordinator.username, `${YEAR + 1}-02-20`);
    const [target] = (await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      officeCampaign,
    ])) as Array<{ report_id: string }>;
    reportId = target.report_id;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('asks the campaign the drafter picks, from its current date, in Chinese', async () => {
    const page = await as(drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    const dates = page.getByTestId('report-due-dates');
    await see(dates).toContainText(`${YEAR + 1}年2月20日（${officeName}）`);
    await see(dates).toContainText(`${YEAR + 1}年2月25日`);
    // Both 通知 it answers can be opened from the page, not only the first (a walk, stop 52).
    await see(page.getByTestId('report-campaign')).toHaveCount(2);

    await page.getByRole('button', { name: '申请延期' }).click();
    const dialog = page.getByRole('dialog', { name: '申请延期报送' });
    // The earlier campaign is the one chosen, with its current date; the dialog names it.
    await see(dialog.getByTestId('extension-campaign')).toContainText(`截止${YEAR + 1}年2月20日`);
    await see(dialog.getByTestId('extension-current-due')).toHaveText(`${YEAR + 1}年2月20日`);

    // Enter commits the typed date and sends nothing: the reason is still to be written.
    await dialog.getByLabel('申请延至').fill(`${YEAR + 1}-03-06`);
    await dialog.getByLabel('申请延至').press('Enter');
    await dialog.getByLabel('延期理由').fill('党组会议推迟召开');
    const stored = async () =>
      (await stack.dataSource.query('SELECT campaign_id FROM extension_requests WHERE report_id = ?', [
        reportId,
      ])) as Array<{ campaign_id: string }>;
    expect(await stored()).toEqual([]);
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('延期申请已提交').waitFor();
    expect(await stored()).toEqual([{ campaign_id: officeCampaign }]);
    expect(prefCampaign).not.toBe(officeCampaign);
    // Once the toast is gone the page still says a request waits, and for which date.
    await see(page.getByTestId('extension-pending')).toContainText(`申请延至 ${YEAR + 1}年3月6日`);
    await see(page.getByRole('button', { name: '申请延期' })).toBeVisible();
  });

  it('a request waiting is a 待办 of the office, and opens its campaign’s 延期申请', async () => {
    const page = await as(officeCoordinator.username);
    await page.goto('/app/todo');
    const waiting = page.getByTestId('pending-extensions').locator('.ant-table-row');
    await see(waiting).toHaveCount(1);
    // No report of its own to act on, but not "nothing to do" (a walk, stop 48).
    await see(page.getByTestId('todo-table')).toContainText(
      '暂无需要办理的报告；待接收的报告、延期申请见下方',
    );
    await see(waiting).toContainText(`关于报送${YEAR}年度法治政府建设情况报告的通知`);
    await see(waiting).toContainText('党组会议推迟召开');
    await see(waiting).toContainText(`${YEAR + 1}年3月6日`);
    // Decided from here as on the campaign's page (a walk, stop 55: no 批准 in the row): the same
    // dialog, the date asked filled in. Closed undecided: the office decides on the next page.
    await waiting.getByRole('button', { name: '批准', exact: true }).click();
    const grant = page.getByRole('dialog', { name: /批准 .* 的延期申请/ });
    await see(grant.getByLabel('延至日期')).toHaveValue(`${YEAR + 1}-03-06`);
    await see(grant.getByTestId('grant-past-regulation')).toBeVisible();
    await pressToClose(grant, '取消');
    await see(waiting).toHaveCount(1);
    // The row with its buttons fits the office screen (its reason wraps, no longer cut).
    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
          .documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(1366);
    await waiting.click();
    await page.waitForURL(`**/app/campaigns/${officeCampaign}?tab=extensions`);
    await see(page.getByRole('tab', { name: /延期申请/, selected: true })).toBeVisible();
    await see(page.locator('.ant-table-row', { hasText: '党组会议推迟召开' })).toBeVisible();
    // The tab follows the address both ways (review, stop 47: ?tab= was read on mount only, so the
    // bell's link to 延期申请 did nothing while the campaign's page was open).
    await page.getByRole('tab', { name: '跟踪看板' }).click();
    await page.waitForURL(`**/app/campaigns/${officeCampaign}`);
    await page.getByTestId('bell').click();
    await page
      .getByTestId('bell-list')
      .getByRole('button', { name: /延期申请/ })
      .first()
      .click();
    await page.waitForURL(`**/app/campaigns/${officeCampaign}?tab=extensions`);
    await see(page.getByRole('tab', { name: /延期申请/, selected: true })).toBeVisible();
  });

  it('the office grants with its 意见: Enter in the date field does not send the grant', async () => {
    const page = await as(officeCoordinator.username);
    await page.goto('/app/extensions');
    const row = page.locator('.ant-table-row', { hasText: '党组会议推迟召开' });
    // The page lists every campaign's requests: the row names its 报送任务.
    await see(row).toContainText(`关于报送${YEAR}年度法治政府建设情况报告的通知`);
    // …and who asked (申请人, the factory's display name is the user name).
    await see(row).toContainText(drafter.username);
    // 理由 keeps a readable width at 1366 beside the campaign's title (a walk, stop 47: one character).
    const reason = row.locator('td', { hasText: '党组会议推迟召开' });
    expect((await reason.boundingBox())!.width).toBeGreaterThan(200);
    // Asked past the regulation's 1 March: the row and the dialog say so (a walk, stop 47: nothing did).
    await see(row.getByTestId('past-regulation')).toHaveText(`晚于规定期限（${YEAR + 1}年3月1日）`);
    await row.getByRole('button', { name: '批准', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await see(dialog.getByTestId('grant-past-regulation')).toContainText('按规定已属逾期');
    await dialog.getByLabel('延至日期').fill(`${YEAR + 1}-03-01`);
    await dialog.getByLabel('延至日期').press('Enter');
    await see(dialog.getByTestId('grant-past-regulation')).toHaveCount(0);
    // Past the campaign's 公开期限 too: the unit cannot publish in time (an external QA engineer, stop 55).
    await dialog.getByLabel('延至日期').fill(`${YEAR + 1}-04-10`);
    await dialog.getByLabel('延至日期').press('Enter');
    await see(dialog.getByTestId('grant-past-disclosure')).toContainText(`公开期限（${YEAR + 1}年4月1日）`);
    await dialog.getByLabel('延至日期').fill(`${YEAR + 1}-03-04`);
    await dialog.getByLabel('延至日期').press('Enter');
    await see(dialog.getByTestId('grant-past-regulation')).toBeVisible();
    await see(dialog.getByTestId('grant-past-disclosure')).toHaveCount(0);
    await dialog.getByLabel('意见（选填）').fill('同意延期，请按期报送。');
    const decided = async () =>
      (await stack.dataSource.query(
        'SELECT status, decision_comment FROM extension_requests WHERE report_id = ?',
        [reportId],
      )) as Array<{ status: string; decision_comment: string | null }>;
    expect(await decided()).toEqual([{ status: 'pending', decision_comment: null }]);
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByText('已批准延期').waitFor();
    expect(await decided()).toEqual([{ status: 'granted', decision_comment: '同意延期，请按期报送。' }]);
    await see(row).toContainText(`审批：${officeCoordinator.username}`);
    await see(row).toContainText('意见：同意延期，请按期报送。');
  });
});
