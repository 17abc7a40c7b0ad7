import type { Browser, BrowserContext } from 'playwright-core';
import request from 'supertest';
import { reportClient } from '../reports/report-helpers';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { expectAccessible, launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { see } from './see';

// This file's report year; its units are its own, under the demo region.
const YEAR = 2059;

/**
 * A township deliberates at its 党委会议 (a walk and a scenario test, stop 49): its reports started at
 * a 政府常务会议 it does not have, and the body could be changed only over the API. The default now
 * follows the level, and the administrator sees and sets it in 单位管理 at 1366×768.
 */
describe('a township’s 集体审议机构, in 单位管理 (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let admin: { username: string };
  let town: { id: string; name: string };
  let reportId: string;
  let drafterToken: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const region = await unitById(ds, stack.demo.unitIds.xj);
    const county = await createUnit(ds, region, { name: uniqueName('审议县'), kind: 'government' });
    town = await createUnit(ds, county, {
      name: uniqueName('审议县石梁镇'),
      kind: 'government',
      level: 'township',
    });
    admin = await createUser(ds, county.id, ['admin']);
    const drafter = await createUser(ds, town.id, ['drafter']);
    drafterToken = await tokenFor(() => request(stack.baseUrl), drafter.username, FACTORY_PASSWORD);
    const reports = reportClient(() => request(stack.baseUrl), drafterToken);
    reportId = (await reports.create({ unitId: town.id, reportYear: YEAR }).expect(201)).body.id;
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  const deliberationBody = async () =>
    (
      await request(stack.baseUrl)
        .get(`/reports/${reportId}`)
        .set('Authorization', `Bearer ${drafterToken}`)
        .expect(200)
    ).body.deliberation.body as string;

  it('starts a township’s report at its 党委会议, and lets the administrator choose another body', async () => {
    expect(await deliberationBody()).toBe('党委会议');

    const session = await newSession(browser, stack.baseUrl);
    context = session.context;
    const page = session.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, admin.username, FACTORY_PASSWORD);
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await page.locator(`.ant-tree-node-content-wrapper[title="${town.name}"]`).click();
    const field = page.getByTestId('deliberation-body');
    await see(field).toContainText('按单位类型默认（党委会议）');
    await expectAccessible(page, '单位管理 with 集体审议机构');

    await page.getByLabel('集体审议机构').click();
    await page.locator('.ant-select-item-option', { hasText: '党政联席会议' }).click();
    await see(page.getByText('集体审议机构已设为党政联席会议')).toBeVisible();
    await see(field).toContainText('党政联席会议');
    expect(await deliberationBody()).toBe('党政联席会议');
  });
});
