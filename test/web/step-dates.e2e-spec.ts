import request from 'supertest';
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/common';
import { at, reviewChainUser } from '../campaigns/campaign-helpers';
import { reportClient, step, submitDraft } from '../reports/report-helpers';
import { tokenFor } from '../support/demo';
import { FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { launchBrowser, signedInSessions, startStack, type Stack } from './browser';
import { sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2137;

/**
 * A walk (stop 47) took a report of a year not yet begun through three review steps, then picked a
 * December day for its 集体审议 and was refused only after 确定. The dialog offers only the days the
 * API accepts (1 January of the report year to today), and says before anything is typed when there
 * is none yet.
 */
describe('a step’s date: only days the API accepts, and a word when there is none yet', () => {
  const clock = new ManualClock(at(`${YEAR - 1}-12-07`));
  let stack: Stack;
  let browser: Browser;
  let reportId: string;
  let approver: { username: string };

  const sessions = signedInSessions(
    () => browser,
    () => stack.baseUrl,
    FACTORY_PASSWORD,
  );
  const as = (username: string) => sessions.as(username, clock.now());

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const sandbox = await sandboxPrefecture(ds, stack.demo.unitIds.xj, '审议日期');
    const http = () => request(stack.api.getHttpServer());
    const drafter = reportClient(http, await tokenFor(http, sandbox.drafter.username, FACTORY_PASSWORD));
    approver = await reviewChainUser(ds, sandbox.county.id, uniqueName('审议日期审核'));
    const chain = reportClient(http, await tokenFor(http, approver.username, FACTORY_PASSWORD));
    reportId = (await drafter.create({ unitId: sandbox.county.id, reportYear: YEAR }).expect(201)).body.id;
    await submitDraft(drafter, reportId);
    await step(chain, reportId, 'approve');
    await step(chain, reportId, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } });
  });
  afterAll(async () => {
    await sessions.closeAll();
    await browser?.close();
    await stack?.close();
  });

  it('says the report year has not begun and keeps 确定 closed', async () => {
    const page = await as(approver.username);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('button', { name: '审议通过', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await see(dialog.getByTestId('dispatch-blocked')).toContainText(
      `${YEAR}年度尚未开始：会议日期须在${YEAR}年1月1日至今天之间`,
    );
    expect(await dialog.getByRole('button', { name: '确定' }).isDisabled()).toBe(true);
  });

  it('offers the report year’s days up to today once it has begun, and no other', async () => {
    clock.set(at(`${YEAR}-03-10`));
    const page = await as(approver.username);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('button', { name: '审议通过', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await see(dialog.getByTestId('dispatch-blocked')).toHaveCount(0);
    // The range is said under the field: a date outside it is cleared as typed (a walk, stop 49).
    await see(dialog).toContainText(`须在 ${YEAR}-01-01 至 ${YEAR}-03-10（今天）之间`);
    await dialog.getByLabel('会议日期').click();
    // 10 March is today; the 11th is after it.
    const picker = page.locator('.ant-picker-dropdown:visible');
    await see(picker.locator(`td[title="${YEAR}-03-10"]`)).not.toHaveAttribute('class', /cell-disabled/);
    await see(picker.locator(`td[title="${YEAR}-03-11"]`)).toHaveAttribute('class', /cell-disabled/);
    expect(await dialog.getByRole('button', { name: '确定' }).isDisabled()).toBe(false);
  });
});
