import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/common';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';
import { scratchDatabase } from '../support/scratch-db';

/**
 * The console's side of a missing holiday year: the banner for an administrator and the 节假日安排
 * page. 2096/2097 have no file and no other test uses them; this file removes its rows.
 */
const YEAR = 2097;
const clock = new ManualClock(new Date('2096-12-10T10:00:00+08:00'));
const schedule = {
  year: YEAR,
  source: { title: `国务院办公厅关于${YEAR}年部分节假日安排的通知` },
  holidays: [{ date: '2097-01-01', name: '元旦' }],
  workdays: [],
};

describe('web console: missing holiday schedules', () => {
  let stack: Stack;
  let browser: Browser;
  const removeRows = () =>
    stack.dataSource.query('DELETE FROM calendar_schedules WHERE year IN (?)', [[YEAR - 1, YEAR]]);

  beforeAll(async () => {
    // A database of its own: with the clock in 2096, a worker on the shared test database would find
    // every other file's open deadline seventy years overdue and remind them all, day by day.
    const { url, dataSource } = await scratchDatabase('calendar_page');
    await dataSource.destroy();
    stack = await startStack({ clock, env: { DATABASE_URL: url } });
    await removeRows();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    if (stack) await removeRows();
    await browser?.close();
    await stack?.close();
  });

  it('warns the top-level admin, names a bad entry, and clears the warning once the year is entered', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, 'xj-admin');
    const banner = page.getByRole('alert').filter({ hasText: '缺少节假日安排' });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(`${YEAR}年国务院节假日安排`);

    await banner.getByRole('link', { name: '前往录入节假日安排' }).click();
    await page.getByRole('heading', { name: '节假日安排', level: 2 }).waitFor();
    await expectAccessible(page, '节假日安排');

    await page.getByLabel('年份').fill(String(YEAR));
    await page
      .getByLabel('安排（JSON）')
      .fill(JSON.stringify({ ...schedule, holidays: [{ date: '2097-02-30', name: '春节' }] }));
    await page.getByRole('button', { name: '校验并录入' }).click();
    await page.getByText(`cn-${YEAR}.json: holidays[0].date "2097-02-30" is not a valid date`).waitFor();
    await screenshot(page, '20-holiday-calendar');

    await page.getByLabel('安排（JSON）').fill(JSON.stringify(schedule));
    await page.getByRole('button', { name: '校验并录入' }).click();
    await page.getByRole('cell', { name: '系统录入' }).waitFor();
    // The banner no longer names the entered year (the current year 2096 is still missing).
    // (A string: the root tsconfig has no DOM types.)
    await page.waitForFunction(`!document.body.innerText.includes('${YEAR}年国务院节假日安排')`);
    await expect(banner.textContent()).resolves.toContain(`${YEAR - 1}年国务院节假日安排`);
    await context.close();
  });

  it('shows no banner to a non-admin', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, 'htb-drafter');
    await page.waitForTimeout(500);
    expect(await page.getByText('缺少节假日安排').count()).toBe(0);
    await context.close();
  });
});
