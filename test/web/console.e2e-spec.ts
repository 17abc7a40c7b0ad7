import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import request from 'supertest';
import { campaignClient, reviewChainUser, submitThroughChain } from '../campaigns/campaign-helpers';
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

// Browser journeys take longer than the e2e default per test.

/**
 * Issue #19 in a real browser, with this file's own prefecture, county bureaus and users: screens that
 * stay current and a session shared by tabs (5), no work lost on leaving the editor (2), issuing
 * safely (3), and the main actions inside the viewport at 1366×768 and 1920×1080 (4).
 */
/** The text area as the page script sees it (the tests compile without the DOM's types). */
interface TextArea {
  value: string;
  focus(): void;
  setSelectionRange(start: number, end: number): void;
}

describe('web console as civil servants use it (#19)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let bureau: { id: string; name: string };
  let unstaffed: { id: string; name: string };
  let coordinator: { username: string };
  let drafter: { username: string };
  let chain: { username: string };
  let reportId = '';
  let campaignId = '';
  const year = new Date().getFullYear();

  const http = () => request(stack.baseUrl);
  const as = async (username: string, viewport?: { width: number; height: number }): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    if (viewport) await page.setViewportSize(viewport);
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };

  beforeAll(async () => {
    // The walks log the same accounts in again and again, by the form and by the API; on a fast run
    // the drafter's tenth login within a minute met the account's throttle (429), which is not what
    // this file is about (test/security covers the throttle).
    stack = await startStack({ env: { LOGIN_THROTTLE_PER_MINUTE: '100' } });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const xj = await unitById(ds, stack.demo.unitIds.xj);
    const prefecture = await createUnit(ds, xj, { kind: 'government', level: 'prefecture' });
    const county = await createUnit(ds, prefecture, { kind: 'government', level: 'county' });
    bureau = await createUnit(ds, county, { name: uniqueName('控制台交通运输局'), level: 'county' });
    unstaffed = await createUnit(ds, county, { name: uniqueName('无起草人水利局'), level: 'county' });
    // Coordinator only, not admin: an issuer who cannot list users still learns where nobody drafts.
    coordinator = await createUser(ds, prefecture.id, ['coordinator']);
    drafter = await createUser(ds, bureau.id, ['drafter']);
    chain = await reviewChainUser(ds, bureau.id, uniqueName('chain'));
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('5: 我的待办 shows a report that arrives while it is open, and a new tab needs no login', async () => {
    const page = await as(drafter.username);
    await see(page.getByTestId('todo-table')).toContainText('暂无待办事项');
    const coordinatorApi = campaignClient(http, await tokenFor(http, coordinator.username, FACTORY_PASSWORD));
    const issued = await coordinatorApi
      .issue({
        title: `关于报送${year}年度法治政府建设情况报告的通知`,
        body: '请按时报送。',
        reportYear: year,
        targets: { unitIds: [bureau.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const board = await coordinatorApi.board(campaignId).expect(200);
    reportId = board.body.rows[0].reportId;
    // Choosing the menu item one is on reads the list again (no page reload, no waiting for the poll).
    await page.getByRole('menuitem', { name: '我的待办' }).click();
    const row = page.locator(`tr:has(a[href="/app/reports/${reportId}"])`);
    await row.waitFor();
    await screenshot(page, '22-todo-current');
    await expectAccessible(page, '我的待办');

    // Ctrl+click / "open in new tab": a fresh tab of the same browser gets the session from this one.
    const tab = await page.context().newPage();
    await tab.goto(`/app/reports/${reportId}`);
    await tab.getByTestId('report-state').waitFor();
    await see(tab.getByLabel('用户名')).toHaveCount(0);
    await tab.close();

    // The whole row opens the report, not only the title's few characters; what is to be done is
    // said in words, nothing in the row looks like a button that does nothing.
    await see(row.getByRole('button')).toHaveCount(0);
    await see(row.locator('td').nth(4)).toContainText('提交');
    await see(row.locator('td').nth(4).locator('.ant-tag')).toHaveCount(0);
    await row.locator('td').nth(4).click();
    await page.waitForURL(`**/app/reports/${reportId}`);
  });

  it('2: leaving the editor with unsaved text asks first, and the text comes back on return', async () => {
    const page = await as(drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    const measures = page.locator('#section-measures');
    await measures.fill('一、主要举措和成效\n本年度完善行政执法“三项制度”，编制执法事项清单126项。');
    await page.getByRole('menuitem', { name: '年度报告' }).click();
    const prompt = page.getByRole('dialog', { name: '有未保存的修改' });
    await prompt.waitFor();
    await expectAccessible(page, '离开提示', '.ant-modal');
    await screenshot(page, '20-leave-prompt');
    await prompt.getByRole('button', { name: '暂不保存，离开' }).click();
    await page.getByRole('heading', { name: '年度报告' }).waitFor();

    await page.goto(`/app/reports/${reportId}`);
    await see(page.getByTestId('draft-restored')).toBeVisible();
    await see(measures).toHaveValue(/编制执法事项清单126项/);
    await page.getByRole('button', { name: /保存/ }).first().click();
    await page.getByText('已保存为第 1 版').waitFor();
    await page.reload();
    await page.getByTestId('report-state').waitFor();
    await see(page.getByTestId('draft-restored')).toHaveCount(0);
    await see(measures).toHaveValue(/编制执法事项清单126项/);
  });

  it('2: a draft left on an older version comes back onto the newer one, overwriting nothing saved since', async () => {
    const page = await as(drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByTestId('report-state').waitFor();
    const auth = { Authorization: `Bearer ${await tokenFor(http, drafter.username, FACTORY_PASSWORD)}` };
    const saved = (await http().get(`/reports/${reportId}`).set(auth).expect(200)).body as {
      currentRevision: number;
      sections: Record<string, string>;
    };
    // This window edits 存在的不足 and 举措 and keeps them only in the browser…
    await page
      .locator('#section-shortcomings')
      .fill(`${saved.sections.shortcomings}\n本机补充：执法队伍专业化不足。`);
    await page.locator('#section-measures').fill(`${saved.sections.measures}\n本机：（七）本机写的举措。`);
    await page.waitForTimeout(800); // the local copy is written half a second after the last key
    // …while another window saves a new sentence in 举措.
    const theirs = `${saved.sections.measures}\n（六）建立执法人员持证上岗台账。`;
    await http()
      .post(`/reports/${reportId}/revisions`)
      .set(auth)
      .send({ basedOnRevision: saved.currentRevision, sections: { ...saved.sections, measures: theirs } })
      .expect(201);

    const tab = await page.context().newPage();
    await tab.goto(`/app/reports/${reportId}`);
    await tab.getByTestId('draft-stale').getByRole('button', { name: '恢复草稿' }).click();
    // 举措 changed in both places: the saved text stays and the local one is shown to merge by hand.
    await see(tab.locator('#section-measures')).toHaveValue(theirs);
    await see(tab.locator('#section-shortcomings')).toHaveValue(/本机补充：执法队伍专业化不足。/);
    const conflicts = tab.getByTestId('draft-conflicts');
    await see(conflicts).toContainText('本机：（七）本机写的举措。');
    await expectAccessible(tab, '草稿冲突');
    await tab.getByRole('button', { name: /保存/ }).first().click();
    await tab.getByText(`已保存为第 ${saved.currentRevision + 2} 版`).waitFor();
    const after = (await http().get(`/reports/${reportId}`).set(auth).expect(200)).body as typeof saved;
    expect(after.sections.measures).toBe(theirs);
    expect(after.sections.shortcomings).toContain('本机补充：执法队伍专业化不足。');
    // The local text of the conflict stays until the drafter says it is merged.
    await tab.reload();
    await see(tab.getByTestId('draft-conflicts')).toContainText('本机：（七）本机写的举措。');
    await tab.getByRole('button', { name: '已合并，关闭' }).click();
    await see(tab.getByTestId('draft-conflicts')).toHaveCount(0);
    await tab.close();
  });

  it('2: a save that meets an ended session keeps the text, and the login page says why it appeared', async () => {
    const page = await as(drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByTestId('report-state').waitFor();
    const measures = page.locator('#section-measures');
    const sentence = '会话过期前最后写下的一句话。';
    // The session ends on the server's side (expired, or ended elsewhere): every call answers 401.
    const ended = (route: Route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ statusCode: 401, error: 'SESSION_ENDED', message: 'Session ended' }),
      });
    await measures.fill(`${await measures.inputValue()}\n${sentence}`);
    await page.route('**/reports/**', ended);
    await page.route('**/auth/refresh', ended);
    // Saved at once, before the half-second local copy.
    await page.getByRole('button', { name: /保存/ }).first().click();
    await see(page.getByTestId('session-expired')).toContainText('登录已失效，请重新登录');
    await see(page.getByTestId('session-expired')).toContainText('密码被管理员重置');
    await page.unroute('**/reports/**', ended);
    await page.unroute('**/auth/refresh', ended);
    await page.getByLabel('用户名').fill(drafter.username);
    await page.getByLabel('密码').fill(FACTORY_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    // Back where the session ended, with the sentence restored from the browser's copy.
    await page.getByTestId('report-state').waitFor();
    await see(page.getByTestId('draft-restored')).toBeVisible();
    await see(measures).toHaveValue(new RegExp(sentence));
    await page.getByRole('button', { name: '放弃这些修改' }).click();
  });

  it('1: the report page exports the official document and previews it, internal and public, ready to print', async () => {
    const page = await as(drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('tab', { name: '正式文本' }).click();
    const tab = page.getByTestId('document-tab');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      tab.getByRole('button', { name: /下载内部版/ }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    await expectAccessible(page, '正式文本');

    // The preview opens in a new tab (no new login) and shows the exported file page by page.
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      tab.getByTestId('preview-internal').click(),
    ]);
    const pages = preview.getByTestId('document-pages');
    await see(pages.locator('section.docx').first()).toBeVisible();
    await see(pages).toContainText('编制执法事项清单126项');
    await see(preview.getByRole('button', { name: '打印' })).toBeVisible();
    await screenshot(preview, '24-document-preview');
    await preview
      .getByText(/公开版/)
      .first()
      .click();
    await preview.waitForURL(/version=public/);
    await see(pages.locator('section.docx').first()).toBeVisible();
    await preview.close();
  });

  it('7: the check reads the title, 2026年度 included, and its warning goes once the fix is saved', async () => {
    const page = await as(drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    const panel = page.getByTestId('completeness');
    const title = page.getByLabel('报告标题');
    await title.fill('关于法治政府建设情况的报告');
    await see(panel).toContainText('标题中未写明报告年度');
    await title.fill(`${bureau.name}${year}年度法治政府建设情况报告`);
    await see(panel).not.toContainText('标题中未写明报告年度');
    await page.getByRole('button', { name: /保存/ }).first().click();
    await page.getByText(/已保存为第 \d+ 版/).waitFor();
    await page.reload();
    await see(panel).toContainText('形式审查');
    await see(panel).not.toContainText('标题中未写明报告年度');
    await see(panel).not.toContainText('输入正文后自动检查');
  });

  it('7: 标注不予公开 wraps the selected passage in the markers, and says so', async () => {
    const page = await as(drafter.username);
    await page.goto(`/app/reports/${reportId}`);
    const area = page.locator('#section-measures');
    await area.fill('一、主要举措和成效\n当事人张三的案件已办结。其余内容公开。');
    const passage = '当事人张三的案件已办结。';
    await area.evaluate((el: TextArea, text: string) => {
      const start = el.value.indexOf(text);
      el.focus();
      el.setSelectionRange(start, start + text.length);
    }, passage);
    await page.getByRole('button', { name: '标注不予公开' }).click();
    await see(area).toHaveValue(`一、主要举措和成效\n【不予公开】${passage}【/不予公开】其余内容公开。`);
    await see(page.getByText('公开版将不含这段内容')).toBeVisible();
    await screenshot(page, '35-mark-withheld');
    // With nothing selected it says what to do, and changes nothing.
    await area.evaluate((el: TextArea) => el.setSelectionRange(0, 0));
    await page.getByRole('button', { name: '标注不予公开' }).click();
    await see(page.getByText('请先在正文中选中不宜公开的内容')).toBeVisible();
    await see(area).toHaveValue(
      /^一、主要举措和成效\n【不予公开】当事人张三的案件已办结。【\/不予公开】其余内容公开。$/,
    );
  });

  it('3: issuing asks first, names the unit without a drafter, and Enter in the date or a text field never issues', async () => {
    const page = await as(coordinator.username);
    await page.goto('/app/campaigns/new');
    // What is missing is said beside its field, not in a toast that names no field.
    await page.getByRole('button', { name: '下发', exact: true }).click();
    const itemOf = (label: string) => page.locator('.ant-form-item', { has: page.getByLabel(label) }).last();
    await see(itemOf('通知标题')).toContainText('请填写通知标题');
    await see(itemOf('报送单位（从单位树中选择）')).toContainText('请至少选择一个报送单位');
    await see(page.getByRole('dialog')).toHaveCount(0);
    await page.getByLabel('通知标题').fill(`关于报送${year}年度法治政府建设情况报告的补充通知`);
    await page.getByLabel('通知正文').fill('请按时报送。');
    for (const unit of [bureau.name, unstaffed.name]) {
      await page.getByLabel('报送单位（从单位树中选择）').click();
      await page.keyboard.type(unit);
      await page
        .locator('.ant-select-tree-treenode', { hasText: unit })
        .locator('.ant-select-tree-checkbox')
        .click();
      await page.keyboard.press('Escape');
    }
    // A past date typed into the picker is not taken; Enter in the field sends nothing.
    const due = page.getByLabel('报送截止日期');
    await due.click();
    await due.fill(`${year - 1}-01-05`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await see(due).toHaveValue(`${year + 1}-03-01`);
    await see(page.getByRole('dialog')).toHaveCount(0);
    expect(page.url()).toContain('/app/campaigns/new');
    // Nor in a text field of the filled, valid form: only the 下发 button asks to issue.
    for (const field of ['通知标题', '文号']) {
      await page.getByLabel(field).press('Enter');
      await see(page.getByRole('dialog')).toHaveCount(0);
    }
    expect(page.url()).toContain('/app/campaigns/new');

    await page.getByRole('button', { name: '下发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认下发报送任务' });
    await see(confirm.getByTestId('issue-targets')).toContainText(bureau.name);
    await see(confirm.getByTestId('no-drafter-warning')).toContainText(unstaffed.name);
    await expectAccessible(page, '确认下发', '.ant-modal');
    await screenshot(page, '21-issue-confirm');
    await confirm.getByRole('button', { name: '返回修改' }).click();
    await see(page.getByRole('dialog')).toHaveCount(0);
    expect(page.url()).toContain('/app/campaigns/new');
  });

  const viewports = [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ];

  /** Inside the viewport and at least 24×24 px (WCAG 2.5.8), as a mouse user needs it. */
  /**
   * Inside the viewport and at least 24×24 px (WCAG 2.5.8), as a mouse user meets it: the page may
   * be scrolled down to it, but nothing is scrolled sideways (an action past the right edge fails).
   */
  const expectReachable = async (
    page: Page,
    what: string,
    locator: ReturnType<Page['locator']>,
    minWidth = 24,
  ) => {
    await locator.waitFor();
    const size = page.viewportSize()!;
    const first = await locator.boundingBox();
    if (first && first.y + first.height > size.height) {
      await page.evaluate(
        (dy) => (globalThis as unknown as { scrollBy(x: number, y: number): void }).scrollBy(0, dy),
        first.y - size.height / 2,
      );
    }
    const box = await locator.boundingBox();
    if (!box) throw new Error(`${what}: not laid out`);
    const inside =
      box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
    if (!inside || box.width < minWidth || box.height < 24) {
      throw new Error(
        `${what} at ${size.width}×${size.height}: ${JSON.stringify(box)} (needs ${minWidth}×24 inside the viewport)`,
      );
    }
  };

  it('4: title links and 提交审核 are inside the viewport and at least 24×24 px', async () => {
    for (const viewport of viewports) {
      const page = await as(drafter.username, viewport);
      const title = page.getByTestId('todo-table').locator(`a[href="/app/reports/${reportId}"]`);
      // Readable: the title gets room for its words, not a two-character column.
      await expectReachable(page, '我的待办 title link', title, 160);
      await title.click();
      await expectReachable(page, '提交审核', page.getByRole('button', { name: '提交审核', exact: true }));
      await page.context().close();
    }
  });

  it('4: on the board, 接收/退回 stays visible (fixed column) at 1366×768 and 1920×1080', async () => {
    const api = (username: string) =>
      tokenFor(http, username, FACTORY_PASSWORD).then((t) => reportClient(http, t));
    const drafting = await api(drafter.username);
    // The journeys above saved a one-paragraph draft; the chain needs a complete report.
    const { currentRevision } = (await drafting.get(reportId).expect(200)).body as {
      currentRevision: number;
    };
    await drafting
      .save(reportId, { basedOnRevision: currentRevision, sections: completeSections(bureau.name, year) })
      .expect(201);
    await submitThroughChain(drafting, await api(chain.username), reportId);
    for (const viewport of viewports) {
      const page = await as(coordinator.username, viewport);
      await page.goto(`/app/campaigns/${campaignId}`);
      const row = page.getByTestId('board-table').locator('.ant-table-row', { hasText: bureau.name });
      await expectReachable(page, '接收/退回', row.getByRole('link', { name: '接收/退回' }));
      await expectReachable(page, 'board unit link', row.getByRole('link', { name: bureau.name }));
      // Before the due date the headline says how many have reported, not an alarming on-time rate.
      await see(page.getByText('已报送率')).toBeVisible();
      if (viewport.width === 1366) await screenshot(page, '23-board-1366');
      if (viewport.width === 1366) {
        // The read-only view (reviewers, the coordinator) has the check beside the text.
        await page.goto(`/app/reports/${reportId}`);
        // The fifth item is optional and empty here: 前四项, not 五项 (a walk, stop 52).
        await see(page.getByTestId('completeness')).toContainText('法定的前四项内容齐全，形式审查通过');
      }
      await page.context().close();
    }
  });
});
