import request from 'supertest';
import type { Browser, BrowserContext } from 'playwright-core';
import { ManualClock } from '@app/common';
import { at, reviewChainUser, submitThroughChain } from '../campaigns/campaign-helpers';
import { reportClient } from '../reports/report-helpers';
import { tokenFor } from '../support/demo';
import { createUser, FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2123;
const clock = new ManualClock(at(`${YEAR + 1}-01-10`));
const FINDING = '第三部分未写明主要负责人述法情况';

/**
 * A civil servant's walk (stop 40), at 1366×768: the 依法治州办's 经办人 (the office, under the 州委, is
 * all its roles reach) accepted a county's report with a finding. The page then told it that it was a
 * receiving unit that may only read, another body deciding, and the 问题清单 it had just written went.
 * It is told it issued the campaign, and keeps the 问题清单.
 */
describe('the issuing office after it decided the receipt', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let reportId: string;
  let campaignId: string;
  let officeCoordinator: { username: string };

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const sandbox = await sandboxPrefecture(ds, stack.demo.unitIds.xj, '决定后');
    officeCoordinator = await createUser(ds, sandbox.office.id, ['coordinator']);
    const http = () => request(stack.api.getHttpServer());
    const officeToken = await tokenFor(http, officeCoordinator.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${officeToken}` })
      .send({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '请报送本单位年度报告。',
        dueDate: `${YEAR + 1}-02-27`,
        targets: { unitIds: [sandbox.county.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const [target] = (await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      issued.body.id,
    ])) as Array<{ report_id: string }>;
    reportId = target.report_id;
    const reviewer = await reviewChainUser(ds, sandbox.county.id, uniqueName('决定后审核'));
    await submitThroughChain(
      reportClient(http, await tokenFor(http, sandbox.drafter.username, FACTORY_PASSWORD)),
      reportClient(http, await tokenFor(http, reviewer.username, reviewer.password)),
      reportId,
      {
        meetingBody: '县政府常务会议',
        meetingDate: `${YEAR + 1}-01-08`,
        minutesNumber: `常务会纪要〔${YEAR + 1}〕2号`,
      },
    );
    const receipts = await http()
      .get(`/reports/${reportId}/receipts`)
      .set({ Authorization: `Bearer ${officeToken}` })
      .expect(200);
    await http()
      .post(`/reports/${reportId}/receipts/${issued.body.id}/accept`)
      .set({ Authorization: `Bearer ${officeToken}` })
      .send({ expectedVersion: receipts.body[0].version, findings: [{ text: FINDING }] })
      .expect(200);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('says the office issued the campaign, and keeps the 问题清单 with its finding', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl, { clockAt: clock.now() });
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, officeCoordinator.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);
    await see(page.getByTestId('copy-notice')).toContainText('本单位为下发报送任务的单位');
    await see(page.getByTestId('copy-notice')).not.toContainText('由下发报送任务的单位办理');
    await see(page.getByTestId('findings-panel')).toContainText(FINDING);
  });

  it('offers the office the county’s report from its board, not the county’s 报送记录 it may not read', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl, { clockAt: clock.now() });
    contexts.push(context);
    await loginAs(page, officeCoordinator.username, FACTORY_PASSWORD);
    await page.goto(`/app/campaigns/${campaignId}`);
    const row = page.getByTestId('board-table').locator('.ant-table-row').first();
    await see(row.locator(`a[href="/app/reports/${reportId}"]`).first()).toBeVisible();
    // Every 报送记录 led the office to 无权查看 (a walk, stop 55).
    await see(row.getByRole('link', { name: '报送记录' })).toHaveCount(0);
  });
});
