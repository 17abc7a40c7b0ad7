import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { see } from './see';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { paragraphTexts, readPart } from '../../libs/content/test/docx';

/**
 * The board's 「素材汇编」 button (#18 item 8), in real Chromium: the issuing county's coordinator downloads
 * the .docx; the prefecture's coordinator, who sees the same board, is not offered it (the API refuses
 * them). A sandbox prefecture of its own; report year 2058, this file's alone.
 */
describe('web console: the 素材汇编 button on the board', () => {
  let stack: Stack;
  let browser: Browser;
  let campaignId: string;
  let issuer: { username: string };
  let above: { username: string };
  const bureauName = uniqueName('汇编按钮县交通运输局');

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const xj = await unitById(stack.dataSource, stack.demo.unitIds.xj);
    const prefecture = await createUnit(stack.dataSource, xj, { kind: 'government', level: 'prefecture' });
    const county = await createUnit(stack.dataSource, prefecture, { kind: 'government', level: 'county' });
    const bureau = await createUnit(stack.dataSource, county, { kind: 'department', name: bureauName });
    issuer = await createUser(stack.dataSource, county.id, ['coordinator']);
    above = await createUser(stack.dataSource, prefecture.id, ['coordinator']);
    const http = () => request(stack.api.getHttpServer());
    const token = await tokenFor(http, issuer.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${token}` })
      .send({
        reportYear: 2058,
        title: '关于报送2058年度法治政府建设年度报告的通知',
        body: '请于2月27日前报送。',
        dueDate: '2059-02-27',
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

  it('lets the issuing coordinator download it and does not offer it to the coordinator above', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, issuer.username, FACTORY_PASSWORD);
    await page.goto(`/app/campaigns/${campaignId}`);
    await see(page.getByRole('button', { name: '素材汇编' })).toBeVisible();
    await expectAccessible(page, '跟踪看板（下发单位的协调员）');
    const [file] = await Promise.all([
      // The .docx is built on request; a loaded two-core CI run once took past 15 s.
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: '素材汇编' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/2058年度法治政府建设年度报告素材汇编\.docx$/);
    const paragraphs = paragraphTexts(
      await readPart(readFileSync((await file.path())!), 'word/document.xml'),
    );
    // Nothing dispatched yet: the bureau is listed as 未报送.
    expect(paragraphs[paragraphs.indexOf(bureauName) + 1]).toBe('未报送');
    await context.close();

    const second = await newSession(browser, stack.baseUrl);
    await loginAs(second.page, above.username, FACTORY_PASSWORD);
    await second.page.goto(`/app/campaigns/${campaignId}`);
    await see(second.page.getByRole('button', { name: /导出 Excel/ })).toBeVisible();
    await see(second.page.getByRole('button', { name: '素材汇编' })).toHaveCount(0);
    await expectAccessible(second.page, '跟踪看板（上级协调员）');
    await second.context.close();
  });
});
