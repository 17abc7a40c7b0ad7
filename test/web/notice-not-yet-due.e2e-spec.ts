import request from 'supertest';
import type { Browser, BrowserContext } from 'playwright-core';
import { ManualClock } from '@app/common';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { at } from '../campaigns/campaign-helpers';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { see } from './see';

/**
 * The 通报 page before every target has reported or is due (a walk, stop 49: 印发 was offered and
 * confirmed, and only then refused with 409): 印发 is disabled, and the page says how many units and
 * until when. A sandbox county; report year 2064, this file's alone.
 */
describe('web console: a 通报 that cannot be issued yet says so before anyone confirms', () => {
  const clock = new ManualClock(at('2065-01-10'));
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let campaignId: string;
  let coordinator: { username: string };
  const http = () => request(stack.api.getHttpServer());

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const xj = await unitById(stack.dataSource, stack.demo.unitIds.xj);
    const county = await createUnit(stack.dataSource, xj, { kind: 'government', level: 'county' });
    const bureau = await createUnit(stack.dataSource, county, {
      kind: 'department',
      name: uniqueName('通报未到期县交通运输局'),
    });
    coordinator = await createUser(stack.dataSource, county.id, ['coordinator']);
    const token = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${token}` })
      .send({
        reportYear: 2064,
        title: '关于报送2064年度法治政府建设年度报告的通知',
        body: '请于2月27日前报送。',
        dueDate: '2065-02-27',
        targets: { unitIds: [bureau.id] },
        recipients: { main: [county.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  it('disables 印发 and names the units still to report, with the latest due date', async () => {
    const session = await newSession(browser, stack.baseUrl);
    context = session.context;
    const { page } = session;
    await loginAs(page, coordinator.username, FACTORY_PASSWORD);
    await page.goto(`/app/campaigns/${campaignId}/notice`);
    await page.getByRole('button', { name: '生成草稿' }).click();
    const issue = page.getByRole('button', { name: '印发', exact: true });
    await see(issue).toHaveAttribute('disabled', '');
    await see(page.getByTestId('notice-not-yet-due')).toContainText(
      '还有 1 个单位尚未报送且未到截止日期（最晚 2065年2月27日）',
    );
    // The draft may still be saved meanwhile.
    await page.getByRole('button', { name: '保存' }).click();
    await see(page.getByText('已保存')).toBeVisible();
  });
});
