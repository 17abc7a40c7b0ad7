import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/common';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { at, MEETING, reviewChainUser, submitThroughChain } from '../campaigns/campaign-helpers';
import { reportClient } from '../reports/report-helpers';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';
import { see } from './see';

const SCAN = Buffer.concat([Buffer.from('%PDF-1.7\n%盖章\n', 'utf8'), Buffer.alloc(2000, 0x43)]);

/**
 * 编号发文 when the campaign requires the stamped scan (报送时须上传盖章扫描件, #18 item 7), in real
 * Chromium at 1366×768: the dialog names the campaign and the version to scan, 确定 is disabled with the
 * reason in words, a Word file is refused in the browser, the PDF goes up, and the report is
 * dispatched; the issuing county's coordinator downloads the same scan beside the Word file.
 * A sandbox county; report year 2193 (this work's years are 2192-2193).
 */
describe('web console: the dispatch step with a required stamped scan', () => {
  const clock = new ManualClock(at('2194-01-10'));
  let stack: Stack;
  let browser: Browser;
  let reportId: string;
  let campaignTitle: string;
  let drafter: { username: string };
  let coordinator: { username: string };
  let countyName: string;
  const http = () => request(stack.api.getHttpServer());

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const xj = await unitById(ds, stack.demo.unitIds.xj);
    const county = await createUnit(ds, xj, {
      name: uniqueName('扫描县'),
      kind: 'government',
      level: 'county',
    });
    countyName = county.name;
    const bureau = await createUnit(ds, county, { name: uniqueName('扫描县交通运输局'), kind: 'department' });
    coordinator = await createUser(ds, county.id, ['coordinator']);
    drafter = await createUser(ds, bureau.id, ['drafter']);
    const reviewer = await reviewChainUser(ds, bureau.id, uniqueName('scan-reviewer'));
    const auth = async (user: { username: string }) => ({
      Authorization: `Bearer ${await tokenFor(http, user.username, FACTORY_PASSWORD)}`,
    });
    campaignTitle = '关于报送2193年度法治政府建设年度报告的通知';
    const issued = await http()
      .post('/campaigns')
      .set(await auth(coordinator))
      .send({
        reportYear: 2193,
        title: campaignTitle,
        body: '请于2月27日前报送，报送时须上传盖章扫描件。',
        dueDate: '2194-02-27',
        targets: { unitIds: [bureau.id] },
        recipients: { main: [county.id] },
        requiresStampedScan: true,
      })
      .expect(201);
    const board = await http()
      .get(`/campaigns/${issued.body.id}/board`)
      .set(await auth(coordinator))
      .expect(200);
    reportId = board.body.rows[0].reportId;
    const drafterApi = reportClient(http, await tokenFor(http, drafter.username, FACTORY_PASSWORD));
    const reviewerApi = reportClient(http, await tokenFor(http, reviewer.username, reviewer.password));
    await submitThroughChain(
      drafterApi,
      reviewerApi,
      reportId,
      { ...MEETING, meetingDate: '2194-01-05' },
      'dispatching',
    );
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('says the scan is required, refuses a non-PDF, takes the PDF and dispatches', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('button', { name: '编号发文', exact: true }).click();
    const dialog = page.getByRole('dialog');
    // Whom it goes to, before 确定: the campaign's 主送 (a civil servant's walk, stop 43), the county
    // government named as the 公文 prints it (external QA, stop 53).
    await see(dialog.getByTestId('dispatch-addressees')).toHaveText(`主送：${countyName}人民政府`);
    const step = dialog.getByTestId('stamped-scan-step');
    await see(step).toContainText(`《${campaignTitle}》要求报送时上传盖章扫描件`);
    await see(step).toContainText('请将第 1 版（本次报送的版本）打印、加盖公章后扫描为 PDF 上传');
    const ok = dialog.getByRole('button', { name: '确定' });
    await see(ok).toHaveAttribute('disabled', '');
    await see(dialog.getByTestId('dispatch-blocked')).toHaveText(
      '“确定”暂不可用：须先上传第 1 版的盖章扫描件，才能报送。',
    );
    await dialog.getByLabel('文号').fill('扫交发〔2194〕3号');
    await expectAccessible(page, 'the dispatch step with a required stamped scan', '.ant-modal');
    await screenshot(page, '46-stamped-scan-required');

    // A Word file is refused before it is sent, in words.
    const input = dialog.locator('input[type=file]');
    await input.setInputFiles({
      name: '报告.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('PK\u0003\u0004'),
    });
    await see(dialog.getByTestId('stamped-scan-problem')).toContainText('扫描件须为 PDF 文件');
    await see(ok).toHaveAttribute('disabled', '');

    await input.setInputFiles({ name: '盖章扫描件.pdf', mimeType: 'application/pdf', buffer: SCAN });
    await see(step).toContainText('已上传第 1 版的盖章扫描件，可以报送。');
    await see(dialog.getByTestId('dispatch-blocked')).toHaveCount(0);
    await ok.click();
    await see(page.getByTestId('report-state')).toHaveText('已报送');
    await context.close();
  });

  it('lets the issuing office download the same scan beside the Word file', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, coordinator.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('tab', { name: '正式文本' }).click();
    const scan = page.getByTestId('stamped-scan-download');
    await see(scan).toContainText('第 1 版，盖章扫描件.pdf');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      scan.getByRole('button', { name: '下载盖章扫描件' }).click(),
    ]);
    expect(Buffer.compare(readFileSync((await file.path())!), SCAN)).toBe(0);
    await context.close();
  });
});
