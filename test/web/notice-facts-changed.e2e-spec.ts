import request from 'supertest';
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/common';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { at } from '../campaigns/campaign-helpers';
import { launchBrowser, signedInSessions, startStack, type Stack } from './browser';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2143;

/**
 * Scenario test, stop 47, in the console at 1366×768: the office stored its 通报 draft on 5 March,
 * before the 1 April disclosure date; on 2 April the silent bureau is also unpublished, which the
 * stored text does not say. The page says the figures may be out of date and refreshes the body on
 * request, keeping the 文号; 印发 then asks nothing more.
 */
const OWN_PARAGRAPH = '二、工作要求。各部门要对照本通报认真整改。';

describe('the 通报 page when the board changed after the text was generated', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-03-05`));
  let stack: Stack;
  let browser: Browser;
  let campaignId: string;
  let coordinator: { username: string };
  const bureauName = uniqueName('数字变化县交通运输局');

  const sessions = signedInSessions(
    () => browser,
    () => stack.baseUrl,
    FACTORY_PASSWORD,
  );
  const as = (username: string) => sessions.as(username, clock.now());

  beforeAll(async () => {
    clock.set(at(`${YEAR + 1}-01-10`));
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const xj = await unitById(stack.dataSource, stack.demo.unitIds.xj);
    const county = await createUnit(stack.dataSource, xj, { kind: 'government', level: 'county' });
    const bureau = await createUnit(stack.dataSource, county, { kind: 'department', name: bureauName });
    coordinator = await createUser(stack.dataSource, county.id, ['coordinator']);
    await createUser(stack.dataSource, bureau.id, ['drafter']);
    const http = () => request(stack.api.getHttpServer());
    // A token of its own day: the clock moves weeks on between the steps.
    const authNow = async () => ({
      Authorization: `Bearer ${await tokenFor(http, coordinator.username, FACTORY_PASSWORD)}`,
    });
    let auth = await authNow();
    campaignId = (
      await http()
        .post('/campaigns')
        .set(auth)
        .send({
          reportYear: YEAR,
          title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
          body: '请于2月27日前报送。',
          dueDate: `${YEAR + 1}-02-27`,
          targets: { unitIds: [bureau.id] },
          recipients: { main: [county.id] },
        })
        .expect(201)
    ).body.id;
    // Past the due date, before the disclosure date: the draft names the bureau as not reported.
    clock.set(at(`${YEAR + 1}-03-05`));
    auth = await authNow();
    await http().post(`/campaigns/${campaignId}/notice`).set(auth).expect(201);
    const drafted = (await http().get(`/campaigns/${campaignId}/notice`).set(auth).expect(200)).body as {
      title: string;
      paragraphs: string[];
    };
    await http()
      .put(`/campaigns/${campaignId}/notice`)
      .set(auth)
      .send({
        expectedVersion: 1,
        title: drafted.title,
        paragraphs: [...drafted.paragraphs, OWN_PARAGRAPH],
        documentNumber: `数字县依法办〔${YEAR + 1}〕3号`,
        namedUnitIds: [bureau.id],
      })
      .expect(200);
    // 2 April: the disclosure date has passed, and the bureau has published nothing either.
    clock.set(at(`${YEAR + 1}-04-02`));
  });
  afterAll(async () => {
    await sessions.closeAll();
    await browser?.close();
    await stack?.close();
  });

  it('says the figures may be out of date, refreshes the body on request and keeps the 文号', async () => {
    const page = await as(coordinator.username);
    await page.goto(`/app/campaigns/${campaignId}/notice`);
    const warning = page.getByTestId('notice-facts-changed');
    await see(warning).toContainText('正文中的数字和被通报单位可能已过时');
    const body = page.getByLabel('正文（每行一段）');
    await see(body).not.toHaveValue(/未公开/);

    await warning.getByRole('button', { name: '按最新情况更新正文' }).click();
    const dialog = page.getByRole('dialog', { name: '按最新报送情况更新正文' });
    await see(dialog).toContainText('标题、文号、主送、抄送保持不变');
    await dialog.getByRole('button', { name: '更新正文' }).click();
    await see(page.getByText('正文已按最新情况更新，请核对后印发')).toBeVisible();
    await see(warning).toHaveCount(0);
    await see(body).toHaveValue(/4月1日前未公开/);
    await see(page.getByLabel('文号')).toHaveValue(`数字县依法办〔${YEAR + 1}〕3号`);
    // The office's own paragraph went with the old figures; the text before the refresh is on the
    // page, and the paragraph goes back with one click (scenario test, stop 48: lost for good).
    await see(body).not.toHaveValue(new RegExp(OWN_PARAGRAPH));
    const before = page.getByTestId('notice-text-before-refresh');
    await before.getByText('更新前的正文（第2版').click();
    const own = before.locator('.ant-list-item', { hasText: OWN_PARAGRAPH });
    await own.getByRole('button', { name: '加到正文末尾' }).click();
    await see(body).toHaveValue(new RegExp(`4月1日前未公开[\\s\\S]*\\n${OWN_PARAGRAPH}$`));
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await see(page.getByText('已保存', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: '印发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '印发通报' });
    await see(confirm.getByText('正文生成后报送情况有变化', { exact: false })).toHaveCount(0);
    await confirm.getByRole('button', { name: '确认印发' }).click();
    await see(page.getByText('通报已印发')).toBeVisible();
  });
});
