import type { Browser, BrowserContext } from 'playwright-core';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { confirmIssue, tickTargetUnit } from './sandbox-prefecture';
import { see } from './see';

// This file's report year: its due dates fall in 2061, a year without a State Council holiday
// schedule (config/calendar has none after 2026), whatever day the suite runs on.
const YEAR = 2060;

/**
 * A due date on a Saturday, in a year whose holidays are not entered yet (a walk, stop 49: a Saturday
 * was taken without a word, and 2027's working days were counted through 元旦 and 春节 with nothing on
 * screen saying so): the issuing form says what the day is, and the counts say they are approximate.
 */
describe('due dates on the working-day calendar, in the console (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let coordinator: { username: string };
  let bureau: { id: string; name: string };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const region = await unitById(ds, stack.demo.unitIds.xj);
    const prefecture = await createUnit(ds, region, {
      name: uniqueName('日历州'),
      kind: 'government',
      level: 'prefecture',
    });
    const party = await createUnit(ds, prefecture, {
      name: uniqueName('日历州委'),
      kind: 'party_committee',
      level: 'prefecture',
    });
    const office = await createUnit(ds, party, {
      name: uniqueName('日历州依法治州办'),
      kind: 'rule_of_law_office',
      level: 'prefecture',
    });
    bureau = await createUnit(ds, prefecture, {
      name: uniqueName('日历州交通运输局'),
      kind: 'department',
      level: 'prefecture',
    });
    await createUser(ds, bureau.id, ['drafter']);
    coordinator = await createUser(ds, office.id, ['coordinator']);
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('says a Saturday is not a working day, and that the year is counted Monday to Friday', async () => {
    const session = await newSession(browser, stack.baseUrl);
    context = session.context;
    const page = session.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, coordinator.username, FACTORY_PASSWORD);
    await page.goto('/app/campaigns/new');
    await page.getByLabel('通知标题').fill(`关于报送${YEAR}年度法治政府建设情况报告的通知`);
    await page.getByLabel('报告年度').fill(String(YEAR));
    await page.getByLabel('通知正文').fill('各单位：请按时报送。');
    await tickTargetUnit(page, bureau.name);

    const due = page.getByLabel('报送截止日期');
    const chooseDue = async (date: string) => {
      await due.click();
      await due.fill(date);
      await page.keyboard.press('Enter');
      await see(due).toHaveValue(date);
    };
    await chooseDue(`${YEAR + 1}-02-19`);
    await see(page.getByTestId('due-day-note')).toHaveText(
      `${YEAR + 1}年2月19日（星期六）是休息日，不是工作日；${YEAR + 1}年节假日安排尚未录入，暂按周一至周五判断`,
    );
    // A Friday: a working day, but only as far as Monday-to-Friday can tell.
    await chooseDue(`${YEAR + 1}-02-18`);
    await see(page.getByTestId('due-day-note')).toHaveText(
      `${YEAR + 1}年2月18日（星期五）暂按工作日计：${YEAR + 1}年节假日安排尚未录入`,
    );

    await page.getByRole('button', { name: '下发', exact: true }).click();
    await confirmIssue(page);

    // The board's count runs into 2061: stated as approximate, and why on hover.
    await page.getByText('已向 1 个单位下发报送任务').waitFor();
    const tag = page.getByTestId('board-time-left');
    await see(tag).toContainText('剩余约');
    await page.getByTestId('provisional-count').first().hover();
    await see(page.getByRole('tooltip')).toContainText(
      `${YEAR + 1}年节假日安排尚未录入，工作日暂按周一至周五计算（未扣除法定节假日）`,
    );
  });
});
