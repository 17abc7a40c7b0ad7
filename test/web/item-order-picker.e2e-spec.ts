import request from 'supertest';
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/common';
import { tokenFor } from '../support/demo';
import { completeSections } from '../support/content';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { at, reviewChainUser, submitThroughChain } from '../campaigns/campaign-helpers';
import { reportOfUnit } from '../reports/disclosure-helpers';
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

const ITEM = {
  1: '主要举措和成效',
  2: '存在的不足和原因',
  3: '党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  4: '下一年度推进法治政府建设的主要安排',
  5: '其他需要报告的情况',
} as const;

/**
 * The item-order picker (#18 item 7) in real Chromium at 1366×768: the issuing county's coordinator
 * arranges the five items in an order no preset offers (3, 1, 5, 2, 4) with the keyboard alone (the
 * focus stays on the item moved), saves it with the version read, and is told in words when someone
 * else saved first; once the bureau has dispatched its report the picker shows the order with the
 * reason and every control disabled. A sandbox county; report year 2098, unused elsewhere (the years
 * meant for this work, 2111-2115, are above the API's bound of 2100).
 */
describe('web console: the item-order picker', () => {
  const clock = new ManualClock(at('2099-01-10'));
  let stack: Stack;
  let browser: Browser;
  let campaignId: string;
  let coordinator: { username: string };
  let bureau: { id: string };
  const bureauName = uniqueName('顺序县交通运输局');
  const http = () => request(stack.api.getHttpServer());
  const storedOrder = async () => {
    const token = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    return (
      await http()
        .get(`/campaigns/${campaignId}/item-order`)
        .set({ Authorization: `Bearer ${token}` })
        .expect(200)
    ).body as { itemOrder: number[]; version: number };
  };

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const xj = await unitById(stack.dataSource, stack.demo.unitIds.xj);
    const county = await createUnit(stack.dataSource, xj, { kind: 'government', level: 'county' });
    bureau = await createUnit(stack.dataSource, county, { kind: 'department', name: bureauName });
    coordinator = await createUser(stack.dataSource, county.id, ['coordinator']);
    const token = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${token}` })
      .send({
        reportYear: 2098,
        title: '关于报送2098年度法治政府建设年度报告的通知',
        body: '请于2月27日前报送。',
        dueDate: '2099-02-27',
        targets: { unitIds: [bureau.id] },
        recipients: { main: [county.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('arranges the items in any order by keyboard, saves with the version read, and says a conflict in words', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, coordinator.username, FACTORY_PASSWORD);
    await page.goto(`/app/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '任务通知' }).click();
    const list = page.getByRole('list', { name: '报告事项顺序' });
    await see(list.getByRole('listitem').first()).toContainText(`一、${ITEM[1]}`);

    // Item 3 to the top: two presses of Enter on its 上移; the focus stays with the item moved.
    await page.getByRole('button', { name: `上移：${ITEM[3]}` }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // At the top 上移 is disabled: the focus went to the same item's 下移.
    await see(page.locator(':focus')).toHaveAttribute('aria-label', `下移：${ITEM[3]}`);
    // Item 5 up to the third place: Space presses a button as well.
    await page.getByRole('button', { name: `上移：${ITEM[5]}` }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await see(page.locator(':focus')).toHaveAttribute('aria-label', `上移：${ITEM[5]}`);
    const rows = list.getByRole('listitem');
    await see(rows.nth(0)).toContainText(`一、${ITEM[3]}（条例第三项）`);
    await see(rows.nth(1)).toContainText(`二、${ITEM[1]}`);
    await see(rows.nth(2)).toContainText(`三、${ITEM[5]}（条例第五项）`);
    await see(rows.nth(3)).toContainText(`四、${ITEM[2]}`);
    await see(rows.nth(4)).toContainText(`五、${ITEM[4]}`);
    await see(page.getByText(`${ITEM[5]}移至第三项`)).toHaveCount(1);

    await page.getByRole('button', { name: '保存顺序' }).click();
    await see(page.getByText('报告事项顺序已保存')).toBeVisible();
    expect(await storedOrder()).toEqual(expect.objectContaining({ itemOrder: [3, 1, 5, 2, 4], version: 1 }));
    await see(page.getByRole('button', { name: '保存顺序' })).toHaveAttribute('disabled', '');
    await expectAccessible(page, 'the item-order picker');
    await page.getByRole('list', { name: '报告事项顺序' }).scrollIntoViewIfNeeded();
    await screenshot(page, '36-item-order-picker');

    // Someone else saves first: the page says so, and 重新载入 shows their order.
    const token = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    await http()
      .put(`/campaigns/${campaignId}/item-order`)
      .set({ Authorization: `Bearer ${token}` })
      .send({ expectedVersion: 1, itemOrder: [1, 2, 3, 4, 5] })
      .expect(200);
    await page.getByRole('button', { name: `下移：${ITEM[3]}` }).click();
    await page.getByRole('button', { name: '保存顺序' }).click();
    await see(page.getByText('他人已调整顺序（当前为第2版），请重新载入后再调整')).toBeVisible();
    await page.getByRole('button', { name: '重新载入' }).click();
    await see(rows.nth(0)).toContainText(`一、${ITEM[1]}`);
    await see(rows.nth(2)).toContainText(`三、${ITEM[3]}`);
    expect((await storedOrder()).itemOrder).toEqual([1, 2, 3, 4, 5]);
    await context.close();
  });

  it('shows the order locked, with the reason, once the bureau has dispatched its report', async () => {
    clock.set(at('2099-02-10'));
    const drafterUser = await createUser(stack.dataSource, bureau.id, ['drafter']);
    const chain = await reviewChainUser(stack.dataSource, bureau.id, uniqueName('order-chain'));
    const reportId = await reportOfUnit(stack.dataSource, campaignId, bureau.id);
    const drafter = reportClient(http, await tokenFor(http, drafterUser.username, FACTORY_PASSWORD));
    const reviewer = reportClient(http, await tokenFor(http, chain.username, FACTORY_PASSWORD));
    await drafter
      .save(reportId, { basedOnRevision: 0, sections: completeSections(bureauName, 2098) })
      .expect(201);
    await submitThroughChain(drafter, reviewer, reportId, {
      meetingBody: '党组会议',
      meetingDate: '2099-02-05',
      minutesNumber: '党组会纪要〔2099〕1号',
    });

    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, coordinator.username, FACTORY_PASSWORD);
    await page.goto(`/app/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '任务通知' }).click();
    await see(page.getByText('已有1份报告按此顺序报送，报告事项顺序不能再调整。')).toBeVisible();
    for (const item of Object.values(ITEM)) {
      await see(page.getByRole('button', { name: `上移：${item}` })).toHaveAttribute('disabled', '');
      await see(page.getByRole('button', { name: `下移：${item}` })).toHaveAttribute('disabled', '');
    }
    await see(page.getByRole('button', { name: '保存顺序' })).toHaveCount(0);
    await expectAccessible(page, 'the locked item-order picker');
    await context.close();
  });
});
