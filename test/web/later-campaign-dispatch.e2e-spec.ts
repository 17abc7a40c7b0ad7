import request from 'supertest';
import type { Browser, BrowserContext } from 'playwright-core';
import { ManualClock } from '@app/common';
import { at, reviewChainUser, submitThroughChain } from '../campaigns/campaign-helpers';
import { reportClient } from '../reports/report-helpers';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2132;
const clock = new ManualClock(at(`${YEAR + 1}-01-20`));

/**
 * A scenario test (stop 46): a county's report was dispatched to its 依法治县办, and then the
 * prefecture asked for it too. Only the API could send it the dispatched version; the console had no
 * button, so the prefecture's board waited for a report the unit could not send. The drafter now
 * sees which campaign has not received it and sends it with one confirmed press, at 1366×768.
 */
describe('the drafter sends the dispatched report to a campaign that asked later', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let reportId: string;
  let lateTitle: string;
  let drafter: { username: string };

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const sandbox = await sandboxPrefecture(ds, stack.demo.unitIds.xj, '补报');
    drafter = sandbox.drafter;
    const countyOffice = await createUnit(ds, sandbox.county, {
      name: uniqueName('补报依法治县办'),
      kind: 'rule_of_law_office',
    });
    const http = () => request(stack.api.getHttpServer());
    const issue = async (username: string, title: string, dueDate: string) => {
      const token = await tokenFor(http, username, FACTORY_PASSWORD);
      return http()
        .post('/campaigns')
        .set({ Authorization: `Bearer ${token}` })
        .send({
          reportYear: YEAR,
          title,
          body: '请报送本单位年度报告。',
          dueDate,
          targets: { unitIds: [sandbox.county.id] },
        })
        .expect(201);
    };
    const officeClerk = await createUser(ds, countyOffice.id, ['coordinator']);
    const first = await issue(
      officeClerk.username,
      `关于报送${YEAR}年度法治政府建设年度报告的通知`,
      `${YEAR + 1}-02-20`,
    );
    const [target] = (await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      first.body.id,
    ])) as Array<{ report_id: string }>;
    reportId = target.report_id;
    const reviewer = await reviewChainUser(ds, sandbox.county.id, uniqueName('补报审核'));
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
    // Asked after the dispatch: the prefecture's campaign has no receipt of the report.
    lateTitle = `关于报送${YEAR}年度各县市法治政府建设情况的通知`;
    await issue(sandbox.coordinator.username, lateTitle, `${YEAR + 1}-02-25`);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('names the campaign that has not received it and sends it with one confirmed press', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl, { clockAt: clock.now() });
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);

    const waiting = page.getByTestId('later-dispatch');
    await see(waiting).toContainText(`《${lateTitle}》`);
    await see(waiting).toContainText('在本报告报送后才下发，尚未收到本报告。');
    const send = waiting.getByRole('button', { name: '报送至该任务' });
    const box = await send.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1366);

    await send.click();
    const confirm = page.getByRole('dialog', { name: '确认报送至该任务？' });
    await see(confirm).toContainText(`报送至《${lateTitle}》，无需重新审核`);
    await confirm.getByRole('button', { name: '确认报送' }).click();
    await see(page.getByText(`已报送至《${lateTitle}》`)).toBeVisible();

    // The page is current: the notice is gone and the receipt of the later campaign is listed.
    await see(waiting).toHaveCount(0);
    const receipts = page.getByTestId('receipts');
    await see(receipts.getByRole('row', { name: new RegExp(lateTitle) })).toContainText('待接收');
  });
});
