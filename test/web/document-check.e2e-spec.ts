import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { completeSections } from '../support/content';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
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

/**
 * The sandbox bureau's own report (no campaign, so no deadline reaches other files' journeys); the
 * API takes years up to 2100, so not from the range 2116-2120 this round named for campaigns.
 */
const YEAR = 2025;

/**
 * #19 item 1, the part before export: a pasted draft kept its own heading numbers (item 2 written
 * 三、), which the official document would print as 二、 beside another 三、. The 正式文本 tab says
 * so, with the fix, before anything is exported, and the drafter applies it as a new revision.
 */
describe('web console: the heading check before export', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reportId = '';
  let extraHeadingReportId = '';

  const http = () => request(stack.baseUrl);

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const county = await createUnit(ds, await unitById(ds, stack.demo.unitIds.xj), {
      kind: 'government',
      level: 'county',
      name: uniqueName('标题检查县'),
    });
    const bureau = await createUnit(ds, county, { name: uniqueName('标题检查县司法局'), level: 'county' });
    const drafter = await createUser(ds, bureau.id, ['drafter']);
    const api = reportClient(http, await tokenFor(http, drafter.username, FACTORY_PASSWORD));
    reportId = (await api.create({ unitId: bureau.id, reportYear: YEAR }).expect(201)).body.id;
    const sections = completeSections(bureau.name, YEAR);
    await api
      .save(reportId, {
        basedOnRevision: 0,
        sections: { ...sections, shortcomings: sections.shortcomings.replace('二、', '三、') },
      })
      .expect(201);
    // A sixth top-level heading after the five items: the check names it, with no fix to apply.
    extraHeadingReportId = (await api.create({ unitId: bureau.id, reportYear: YEAR + 1 }).expect(201)).body
      .id;
    const later = completeSections(bureau.name, YEAR + 1);
    await api
      .save(extraHeadingReportId, {
        basedOnRevision: 0,
        sections: { ...later, other: '五、其他需要报告的情况\n无。\n六、附件说明\n执法统计表另行报送。' },
      })
      .expect(201);
    ({ context, page } = await newSession(browser, stack.baseUrl));
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('1: names the misnumbered heading with its fix before export, and the fix saves a new revision', async () => {
    await page.goto(`/app/reports/${reportId}`);
    // 形式审查 beside the text says it too: the walk of stop 48 read 形式审查通过 and nothing else.
    await see(page.getByTestId('completeness').getByTestId('document-issues')).toContainText(
      '已保存的正文中有 1 处标题编号需要核对（导出时会重复、改号或序号不连续）',
    );
    await page.getByRole('tab', { name: '正式文本' }).click();
    const check = page.getByTestId('heading-check');
    await see(check).toContainText('1 处标题导出时会重复、改号或序号不连续');
    await see(check).toContainText('三、存在的不足和原因');
    await see(check).toContainText('二、');
    await expectAccessible(page, '正式文本 with the heading check');
    await screenshot(page, '35-heading-check');

    await check.getByRole('button', { name: '按建议修正标题（保存为新版本）' }).click();
    await see(page.getByText('已修正 1 处标题，保存为第 2 版')).toBeVisible();
    await see(check).toContainText('各部分标题编号无误');
    await page.getByRole('tab', { name: '编辑正文' }).click();
    await see(page.getByTestId('completeness')).toContainText('形式审查');
    await see(page.getByTestId('document-issues')).toHaveCount(0);
    await see(page.getByText('第 2 版').first()).toBeVisible();
  });

  it('2: a heading it cannot fix (六、 after the five items) is left to the drafter, with no fix button', async () => {
    await page.goto(`/app/reports/${extraHeadingReportId}`);
    await page.getByRole('tab', { name: '正式文本' }).click();
    const check = page.getByTestId('heading-check');
    await see(check).toContainText('六、附件说明');
    // The button saved nothing and said 第 null 版 (a walk, stop 50).
    await see(check.getByRole('button', { name: '按建议修正标题（保存为新版本）' })).toHaveCount(0);
    await see(page.getByTestId('heading-check-manual')).toHaveText(
      '以上标题无法自动修正，请在正文中按提示调整后保存。',
    );
  });
});
