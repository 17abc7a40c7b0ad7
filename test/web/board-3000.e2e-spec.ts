import type { Browser } from 'playwright-core';
import request from 'supertest';
import { newId } from '@app/common';
import { tokenFor } from '../support/demo';
import { createUser } from '../support/factories';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';

// Issuing to 3,000 units and drawing the board takes a while on a 2-core machine.
jest.setTimeout(300_000);

const UNITS = 3000;

/**
 * The tracking board with 3,000 target units: the table is virtualised (only the visible rows are in
 * the page), it draws quickly, and scrolling to the last unit never blocks the page for long.
 */
describe('web console: the board renders 3,000 units without freezing', () => {
  let stack: Stack;
  let browser: Browser;
  let campaignId = '';
  let coordinator: { username: string; password: string };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    // 3,000 township units under a tree of their own (no other test sees them), written directly:
    // the admin API creates units one by one.
    const { dataSource } = stack;
    const now = new Date();
    const tag = Date.now().toString(36);
    const rootId = newId();
    const rootPath = `/${rootId}/`;
    await dataSource.query(
      `INSERT INTO units (id, parent_id, path, depth, name, kind, level, division_code, demonstration_area, created_at)
       VALUES (?, NULL, ?, 0, ?, 'government', 'county', NULL, 0, ?)`,
      [rootId, rootPath, `看板压力测试县${tag}`, now],
    );
    const ids: string[] = [];
    for (let start = 0; start < UNITS; start += 500) {
      const rows = Array.from({ length: Math.min(500, UNITS - start) }, (_, k) => {
        const id = newId();
        ids.push(id);
        const name = `测试乡镇${String(start + k + 1).padStart(4, '0')}-${tag}`;
        return [id, rootId, `${rootPath}${id}/`, 1, name, 'government', 'township', null, 0, now];
      });
      await dataSource.query(
        `INSERT INTO units (id, parent_id, path, depth, name, kind, level, division_code, demonstration_area, created_at) VALUES ${rows
          .map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .join(', ')}`,
        rows.flat(),
      );
    }
    coordinator = await createUser(dataSource, rootId, [['coordinator', rootId]], `web-scale-${tag}`);
    const token = await tokenFor(() => request(stack.baseUrl), coordinator.username, coordinator.password);
    const res = await request(stack.baseUrl)
      .post('/campaigns')
      .set('Authorization', `Bearer ${token}`)
      .send({
        title: `乡镇法治政府建设情况报告（压力测试 ${tag}）`,
        body: '请各乡镇按时报送。',
        reportYear: new Date().getFullYear(),
        targets: { unitIds: ids },
      });
    if (res.status !== 201) throw new Error(`issue failed: ${res.status} ${JSON.stringify(res.body)}`);
    campaignId = res.body.id;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('draws the first rows quickly, keeps only visible rows in the page, and scrolls to the last unit without a long block', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, coordinator.username, coordinator.password);
    // Long tasks (main thread blocked > 50 ms) on the board page, from its first script on.
    await page.addInitScript(() => {
      const g = globalThis as unknown as {
        __longTasks: number[];
        PerformanceObserver: new (cb: (list: { getEntries(): Array<{ duration: number }> }) => void) => {
          observe(o: object): void;
        };
      };
      g.__longTasks = [];
      new g.PerformanceObserver((list) =>
        list.getEntries().forEach((e) => g.__longTasks.push(e.duration)),
      ).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    const started = Date.now();
    await page.goto(`/app/campaigns/${campaignId}`);
    const rows = page.getByTestId('board-table').locator('.ant-table-row');
    await rows.first().waitFor();
    const drawnMs = Date.now() - started;
    await page.getByText(`显示 ${UNITS} / ${UNITS} 个单位`).waitFor();
    const rendered = await rows.count();
    expect(rendered).toBeLessThan(100); // virtualised: a screenful, not 3,000 rows

    // Scroll the table body to the end: the last unit appears. Rows are measured as they are drawn
    // (a row holds its stage, holder and deadline on three lines), so the end moves as the list
    // learns their height: scrolled again, a bounded number of times, as a user drags on.
    const holder = page.getByTestId('board-table').locator('.ant-table-tbody-virtual-holder');
    const last = page.getByTestId('board-table').locator('.ant-table-row', { hasText: '测试乡镇3000' });
    for (let i = 0; i < 20 && (await last.count()) === 0; i += 1) {
      await holder.evaluate((el) => {
        (el as unknown as { scrollTop: number; scrollHeight: number }).scrollTop = (
          el as unknown as { scrollHeight: number }
        ).scrollHeight;
      });
      await page.waitForTimeout(250);
    }
    await last.waitFor();
    await screenshot(page, '19-board-3000-units');
    const longTasks: number[] = await page.evaluate(
      () => (globalThis as unknown as { __longTasks: number[] }).__longTasks,
    );
    const longest = Math.max(0, ...longTasks);
    console.log(
      `board with ${UNITS} units: first rows after ${drawnMs} ms, ${rendered} rows in the page, longest main-thread block ${Math.round(longest)} ms`,
    );
    // A bound for a hang, not a speed target (those are in npm run bench): a CI machine under load
    // once took over 15 s to draw what a quiet one draws in two.
    expect(drawnMs).toBeLessThan(45_000);
    // Freezing is what this bounds: drawing 3,000 rows at once blocked for far longer. The screenful
    // of rows above is the proof of virtualisation; the block's length is only a guard, and a loaded
    // two-core CI machine once took 2.2 s.
    expect(longest).toBeLessThan(8_000);
    // Judged after the long tasks were read: axe's own run blocks the page, which no user waits for.
    await expectAccessible(page, '跟踪看板（3000 个单位）');
    await context.close();
  });
});
