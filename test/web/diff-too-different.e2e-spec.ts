import type { Browser, BrowserContext } from 'playwright-core';
import { completeSections } from '../support/content';
import { FACTORY_PASSWORD } from '../support/factories';
import { expectAccessible, launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { sandboxBureauDrafter } from './sandbox-prefecture';
import { see } from './see';

// This file's own report year, in a county of its own.
const YEAR = 2187;

/**
 * Two revisions too different to compare line by line (#20: the API now gives up instead of freezing):
 * the what-changed view says so for that section, and still compares the others.
 */
describe('web console: comparing two very different revisions', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let reportId: string;
  let drafter: { username: string };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const sandbox = await sandboxBureauDrafter(stack, '对比交通运输局');
    const { bureau, api } = sandbox;
    drafter = sandbox.drafter;
    reportId = (await api.create({ unitId: bureau.id, reportYear: YEAR }).expect(201)).body.id;
    const full = completeSections(bureau.name, YEAR);
    const lines = (word: string) => Array.from({ length: 1500 }, (_, i) => `${word}${i}。`).join('\n');
    await api
      .save(reportId, { basedOnRevision: 0, sections: { ...full, measures: lines('旧') } })
      .expect(201);
    await api
      .save(reportId, { basedOnRevision: 1, sections: { measures: lines('新'), other: '五、其他\n无。' } })
      .expect(201);
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('says the rewritten section is too different to compare, and compares the rest', async () => {
    const session = await newSession(browser, stack.baseUrl);
    context = session.context;
    const { page } = session;
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('tab', { name: '修订历史' }).click();
    await page.getByRole('button', { name: '对比', exact: true }).click();
    const diff = page.getByTestId('diff');
    await see(diff.getByTestId('diff-too-different')).toHaveText(
      '第 1 版和第 2 版的这一部分改动太多，无法逐行对比，请分别查看两个版本的全文',
    );
    await see(diff.getByTestId('diff-too-different')).toHaveCount(1);
    await see(diff).toContainText('五、其他');
    await expectAccessible(page, '修订历史: too different to compare');
  });
});
