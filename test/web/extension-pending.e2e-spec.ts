import request from 'supertest';
import type { Browser } from 'playwright-core';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2073;

/**
 * Walk report P8 at 1366×768: after asking for an extension the report page said nothing about it
 * and offered 申请延期 again (the API refuses a second request). It shows the request waiting instead.
 */
describe('a pending extension request on the report page', () => {
  let stack: Stack;
  let browser: Browser;
  let drafter: { username: string };
  let leader: { username: string };
  let reportId: string;
  let refuse: () => Promise<unknown>;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const xj = await unitById(stack.dataSource, stack.demo.unitIds.xj);
    const prefecture = await createUnit(stack.dataSource, xj, { kind: 'government', level: 'prefecture' });
    const county = await createUnit(stack.dataSource, prefecture, { kind: 'government', level: 'county' });
    const bureau = await createUnit(stack.dataSource, county, {
      kind: 'department',
      name: uniqueName('延期县交通运输局'),
    });
    drafter = await createUser(stack.dataSource, bureau.id, ['drafter']);
    leader = await createUser(stack.dataSource, bureau.id, ['unit_leader']);
    const coordinator = await createUser(stack.dataSource, prefecture.id, ['coordinator']);
    const http = () => request(stack.api.getHttpServer());
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${await tokenFor(http, coordinator.username, FACTORY_PASSWORD)}` })
      .send({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设情况报告的通知`,
        body: '请报送本单位年度报告。',
        dueDate: `${YEAR + 1}-02-27`,
        targets: { unitIds: [bureau.id] },
      })
      .expect(201);
    const [target] = (await stack.dataSource.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id = ?',
      [issued.body.id],
    )) as Array<{ report_id: string }>;
    reportId = target.report_id;
    await http()
      .post(`/campaigns/${issued.body.id}/extensions`)
      .set({ Authorization: `Bearer ${await tokenFor(http, drafter.username, FACTORY_PASSWORD)}` })
      .send({ requestedDueDate: `${YEAR + 1}-03-13`, reason: '党组会议推迟召开', unitId: bureau.id })
      .expect(201);
    const campaignId = issued.body.id as string;
    refuse = async () => {
      const office = {
        Authorization: `Bearer ${await tokenFor(http, coordinator.username, FACTORY_PASSWORD)}`,
      };
      const [pending] = (await http().get(`/campaigns/${campaignId}/extensions`).set(office).expect(200))
        .body as Array<{ id: string }>;
      return http()
        .post(`/campaigns/${campaignId}/extensions/${pending.id}/decision`)
        .set(office)
        .send({ decision: 'refuse', comment: '会议可提前安排，请按期报送' })
        .expect(200);
    };
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('says 延期待批 with the date asked, and does not offer 申请延期 again', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);
    await see(page.getByTestId('extension-pending')).toHaveText(`延期待批：申请延至 ${YEAR + 1}年3月13日`);
    await see(page.getByRole('button', { name: '申请延期' })).toHaveCount(0);
    await context.close();
  });

  it('after a refusal says so with the office’s reason, and offers 申请延期 again', async () => {
    await refuse();
    const { context, page } = await newSession(browser, stack.baseUrl);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);
    // A walk, stop 47: after a refusal the page showed no trace of the request.
    await see(page.getByTestId('extension-refused')).toContainText('延期申请未获批准');
    await see(page.getByTestId('extension-refused')).toContainText('会议可提前安排，请按期报送');
    await see(page.getByTestId('extension-pending')).toHaveCount(0);
    await see(page.getByRole('button', { name: '申请延期' })).toBeVisible();
    await context.close();
  });

  it('offers 申请延期 to the unit’s principal leader too, as the API allows (a unit may have no drafter)', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, leader.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);
    await see(page.getByRole('button', { name: '申请延期' })).toBeVisible();
    await context.close();
  });
});
