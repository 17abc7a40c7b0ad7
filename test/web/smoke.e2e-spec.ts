import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  startStack,
  WEB_DIST,
  type Stack,
} from './browser';

// Browser journeys take longer than the e2e default per test.

describe('web console: served by the API', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('serves the console at / and /app/…, while API paths keep answering as JSON', async () => {
    const http = () => request(stack.baseUrl);
    const root = await http().get('/').expect(200);
    expect(root.text).toContain('<div id="root">');
    const deep = await http().get('/app/reports/0b7b7c0e-0000-0000-0000-000000000000').expect(200);
    expect(deep.headers['content-type']).toMatch(/text\/html/);
    expect(deep.headers['cache-control']).toBe('no-cache');
    // Scripts only from the console's own origin: an injected <script> cannot run and read the tokens.
    for (const page of [root, deep]) {
      expect(page.headers['content-security-policy']).toMatch(/(^|;)script-src 'self'(;|$)/);
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    const unknownApi = await http().get('/reports-nope').expect(404);
    expect(unknownApi.body).toMatchObject({ statusCode: 404 });
    await http().get('/health/live').expect(200);
    await http().get('/me').expect(401);
    await http().get('/docs/openapi.json').expect(200);
  });

  it('logs a drafter in with the keyboard and shows 我的待办 without serious accessibility violations', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto('/');
    await expectAccessible(page, 'login page');
    await loginAs(page, 'htb-drafter');
    await expectAccessible(page, '我的待办');
    // The console works under its own policy: nothing it loads or injects is refused.
    expect(refused).toEqual([]);
    await context.close();
  });

  it('opens dialogs at once, without motion, when the computer asks for less motion', async () => {
    type Animated = { getAnimations(o: { subtree: boolean }): Array<{ animationName?: string }> };
    const modalAnimations = (page: Page) =>
      page
        .locator('.ant-modal-root, .ant-modal')
        .evaluateAll((elements) =>
          elements.flatMap((el) =>
            (el as unknown as Animated)
              .getAnimations({ subtree: true })
              .map((a) => a.animationName ?? 'transition'),
          ),
        );
    const openNewReport = async (page: Page) => {
      await loginAs(page, 'htb-drafter');
      await page.goto('/app/reports');
      await page.getByRole('button', { name: '新建报告' }).click();
      await page.getByRole('dialog', { name: '新建年度报告' }).waitFor();
    };
    // How long the dialog's 创建 button takes to change colour: antd's motion durations, 0s without motion.
    const buttonTransition = (page: Page) =>
      page
        .getByRole('dialog', { name: '新建年度报告' })
        .getByRole('button', { name: '创建' })
        .evaluate(
          (el) =>
            (
              globalThis as unknown as { getComputedStyle(e: unknown): { transitionDuration: string } }
            ).getComputedStyle(el).transitionDuration,
        );
    const reduced = await newSession(browser, stack.baseUrl, { reducedMotion: 'reduce' });
    await openNewReport(reduced.page);
    expect(await modalAnimations(reduced.page)).toEqual([]);
    expect(await buttonTransition(reduced.page)).toMatch(/^0s(, 0s)*$/);
    await reduced.context.close();
    // A computer that does not ask keeps antd's motion (so the checks above can tell the two apart).
    const animated = await newSession(browser, stack.baseUrl, { reducedMotion: 'no-preference' });
    await openNewReport(animated.page);
    expect(await buttonTransition(animated.page)).not.toMatch(/^0s(, 0s)*$/);
    await animated.context.close();
  });

  it('loads under 1 MB of JavaScript (gzipped) for the login page and 我的待办', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    await loginAs(page, 'htb-drafter');
    await page.waitForLoadState('networkidle');
    const gzipped = [...scripts].reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(WEB_DIST, file))).length,
      0,
    );
    console.log(`first page: ${scripts.size} scripts, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(scripts.size).toBeGreaterThan(0);
    expect(gzipped).toBeLessThan(1024 * 1024);
    await context.close();
  });
});
