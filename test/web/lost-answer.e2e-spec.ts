import type { Browser, BrowserContext } from 'playwright-core';
import { completeSections } from '../support/content';
import { FACTORY_PASSWORD } from '../support/factories';
import type { reportClient } from '../reports/report-helpers';
import { expectAccessible, launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { sandboxBureauDrafter } from './sandbox-prefecture';
import { see } from './see';

// This file's own report year, in a county of its own.
const YEAR = 2161;

/**
 * A press whose answer is lost (the network dropped after the API had applied it, or a 503 while the
 * database failed over) is pressed again. The console re-sends the first press's Idempotency-Key, so the
 * API answers with the stored result: the drafter sees 已提交审核, not 其他人已先一步处理 (a 409 the
 * drafter caused themself), and the report moves once.
 */
describe('web console: pressing 提交审核 again after a lost answer', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let reportId: string;
  let drafter: { username: string };
  let api: ReturnType<typeof reportClient>;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const sandbox = await sandboxBureauDrafter(stack, '重按交通运输局');
    const bureau = sandbox.bureau;
    drafter = sandbox.drafter;
    api = sandbox.api;
    reportId = (await api.create({ unitId: bureau.id, reportYear: YEAR }).expect(201)).body.id;
    await api
      .save(reportId, { basedOnRevision: 0, sections: completeSections(bureau.name, YEAR) })
      .expect(201);
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('applies the step once and says it was done', async () => {
    const session = await newSession(browser, stack.baseUrl);
    context = session.context;
    const { page } = session;
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);
    await see(page.getByTestId('report-state')).toHaveText('起草中');

    // The first press reaches the API and is applied; its answer never reaches the browser.
    const keys: string[] = [];
    let dropped = false;
    await page.route('**/reports/*/actions', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });

    await page.getByRole('button', { name: '提交审核', exact: true }).click();
    const dialog = page.getByRole('dialog');
    // The sandbox bureau has no 科室审核人: the dialog says so before the press (a walk, stop 46).
    await see(dialog.getByTestId('nobody-acts-next')).toContainText('本单位尚无可办理“科室审核”的人员');
    await dialog.getByRole('button', { name: '确定' }).click();
    await see(dialog).toContainText('无法连接服务器');
    await expectAccessible(page, '提交审核 after a lost answer', '.ant-modal');

    await dialog.getByRole('button', { name: '确定' }).click();
    await see(page.getByTestId('report-state')).toHaveText('科室审核');
    await see(page.getByText('其他人已先一步处理')).toHaveCount(0);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);

    const history = (await api.history(reportId).expect(200)).body as { events: Array<{ action: string }> };
    expect(history.events.filter((event) => event.action === 'submit')).toHaveLength(1);
  });
});
