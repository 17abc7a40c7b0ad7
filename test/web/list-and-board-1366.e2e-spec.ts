import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2072;
const TITLE = `关于报送${YEAR}年度法治政府建设情况报告的通知`;

/**
 * Walk report P4 and P14 at 1366×768: the campaign list gives the notice's title room to read on a
 * line or two (it was 24 px wide, one character a line), and the board shows its 公开 column without
 * scrolling, clear of the fixed 操作 column. Walk P16: 我的待办 shows the whole unit name (it was cut
 * to 呼图壁县交通运…), and a 党组书记 holding party_approver is not called an 经办人.
 */
describe('the campaign list and the board at 1366×768', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let coordinator: { username: string };
  let drafter: { id: string; username: string };
  let party: { username: string };
  let bureauName: string;
  let campaignId: string;

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
    const xj = await unitById(stack.dataSource, stack.demo.unitIds.xj);
    const prefecture = await createUnit(stack.dataSource, xj, { kind: 'government', level: 'prefecture' });
    const county = await createUnit(stack.dataSource, prefecture, { kind: 'government', level: 'county' });
    const bureau = await createUnit(stack.dataSource, county, {
      kind: 'department',
      name: uniqueName('宽度县交通运输局'),
    });
    bureauName = bureau.name;
    drafter = await createUser(stack.dataSource, bureau.id, ['drafter']);
    // A name with its section, as offices write them, wider than the 办理人 column (a walk, stop 57).
    await stack.dataSource.query('UPDATE users SET display_name = ? WHERE id = ?', [
      '欧阳马丽娜（交通运输局法治督察股）',
      drafter.id,
    ]);
    party = await createUser(stack.dataSource, bureau.id, ['party_approver']);
    coordinator = await createUser(stack.dataSource, prefecture.id, ['coordinator']);
    const http = () => request(stack.api.getHttpServer());
    const token = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${token}` })
      .send({
        reportYear: YEAR,
        title: TITLE,
        documentNumber: `宽州法办通〔${YEAR}〕1号`,
        body: '请报送本单位年度报告。',
        dueDate: `${YEAR + 1}-02-27`,
        targets: { unitIds: [bureau.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('the list shows the title on at most two lines, with its 文号', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns');
    const title = page.getByRole('link', { name: TITLE });
    await title.waitFor();
    const box = (await title.boundingBox())!;
    // 24 characters of about 14 px: at least 12 a line, so two lines (24 px each) at most.
    expect(box.width).toBeGreaterThanOrEqual(12 * 14);
    expect(box.height).toBeLessThanOrEqual(2 * 24);
    const row = page.locator('.ant-table-row', { hasText: TITLE });
    expect(await row.innerText()).toContain(`宽州法办通〔${YEAR}〕1号`);
  });

  it('the board shows 公开 without scrolling, clear of the fixed 操作 column', async () => {
    const page = await as(coordinator.username);
    await page.goto(`/app/campaigns/${campaignId}`);
    const table = page.getByTestId('board-table');
    const header = (name: string) =>
      table.locator('th.ant-table-cell', { hasText: new RegExp(`^${name.replace('/', '\\/')}$`) });
    await header('公开').waitFor();
    const disclosure = (await header('公开').boundingBox())!;
    const actions = (await header('操作').boundingBox())!;
    expect(disclosure.x + disclosure.width).toBeLessThanOrEqual(actions.x);
    // Room for its widest tag, 逾期未公开.
    expect(disclosure.width).toBeGreaterThanOrEqual(90);
    // The units come first, on the first screen; who holds each report, its stage's deadline and the
    // time left are in view without scrolling sideways (a walk, stop 46: the table began at y 770
    // and was 2,080 px wide, 办理人 and 报送时间 off to the right).
    const row = table.locator('.ant-table-row', { hasText: bureauName });
    // A draft has nothing to disclose yet: a dash, not 未公开 (a walk, stop 47).
    await see(row.getByTestId('disclosure-not-yet')).toHaveText('—');
    await see(row).not.toContainText('未公开');
    const rowBox = (await row.boundingBox())!;
    expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(768);
    // Every column is in view beside 操作 without scrolling sideways: 得分, 本任务退回 and 待整改 were
    // off to the right, under the fixed 操作 column (a walk, stop 48: the table was 1,420 px wide in
    // 1,108). The due date is printed once: the tag under it says the days only.
    for (const name of ['当前环节 / 办理人', '截止日期 / 剩余', '报送时间', '得分', '本任务退回', '待整改']) {
      const box = (await table.locator('th.ant-table-cell', { hasText: name }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(actions.x + 1);
    }
    const { scrollWidth, clientWidth } = await table
      .locator('.ant-table-header')
      .first()
      .evaluate((t) => {
        const box = t as unknown as { scrollWidth: number; clientWidth: number };
        return { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth };
      });
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await see(row.getByTestId('board-time-left')).toHaveText(/^剩余约? \d+ 个工作日$/);
    // The holder's long name breaks inside its cell, not under the next column.
    const holders = row.getByTestId('board-holders');
    await see(holders).toContainText('欧阳马丽娜（交通运输局法治督察股）');
    const cell = (await holders
      .locator('xpath=ancestor::*[contains(@class, "ant-table-cell")][1]')
      .boundingBox())!;
    const name = (await holders.locator('span').first().boundingBox())!;
    expect(name.x + name.width).toBeLessThanOrEqual(cell.x + cell.width);
    // A report opened from the board leads back to the board, not to 我的待办 (a walk, stop 43).
    await table.locator('a.rf-row-title', { hasText: bureauName }).click();
    const back = page.getByRole('link', { name: '跟踪看板' });
    await back.click();
    await page.waitForURL(`**/app/campaigns/${campaignId}`);
    await header('公开').waitFor();
    // So does the unit's 报送记录 (a walk, stop 47: it led back to 我的待办).
    await table
      .locator('.ant-table-row', { hasText: bureauName })
      .getByRole('link', { name: '报送记录' })
      .click();
    await page.waitForURL('**/app/history/**');
    await page.getByRole('link', { name: '跟踪看板' }).click();
    await page.waitForURL(`**/app/campaigns/${campaignId}`);
  });

  it('我的待办 shows the whole unit name, wrapped, beside a title that keeps its room', async () => {
    const page = await as(drafter.username);
    await page.goto('/app/todo');
    const row = page.getByTestId('todo-table').locator('.ant-table-row', { hasText: bureauName });
    await row.waitFor();
    // The second column: the title beside it may name the unit too.
    const unit = row.locator('td').nth(1);
    expect((await unit.innerText()).replace(/\s/g, '')).toBe(bureauName);
    // Nothing of it hidden: no ellipsis, and no box in the cell narrower than its text.
    const clipped = await unit.evaluate((td) => {
      type Box = { scrollWidth: number; clientWidth: number; querySelectorAll(s: string): ArrayLike<Box> };
      const { getComputedStyle } = globalThis as unknown as {
        getComputedStyle(e: unknown): { textOverflow: string };
      };
      const boxes = [td as unknown as Box, ...Array.from((td as unknown as Box).querySelectorAll('*'))];
      return boxes.some(
        (b) => b.scrollWidth > b.clientWidth || getComputedStyle(b).textOverflow === 'ellipsis',
      );
    });
    expect(clipped).toBe(false);
    const title = (await row.locator('a.rf-row-title').boundingBox())!;
    expect(title.width).toBeGreaterThanOrEqual(160);
    // 剩余时间 says which limit it counts to (walk, stop 47: a bare figure, the step's or the report's).
    await see(row.getByTestId('time-left')).toBeVisible();
    await see(row.getByTestId('due-kind')).toHaveText(/^(环节期限|报送截止)$/);
  });

  it('a 党组书记 holding party_approver is tagged 集体审议登记人', async () => {
    const page = await as(party.username);
    await see(page.getByRole('banner')).toContainText('集体审议登记人');
    await see(page.getByRole('banner')).not.toContainText('经办人');
  });
});
