import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import type { SeedResult } from '@app/directory';
import { drainQueues, startApi, startWorker, type TestOptions } from '../support/apps';
import { loadDemo } from '../support/demo';

/**
 * Browser tests: the real API (serving the built web console), the real worker, MariaDB and Redis,
 * driven in Debian's headless Chromium by playwright-core. No browser is downloaded.
 */
export const ROOT = path.resolve(__dirname, '../..');
export const WEB_DIST = path.join(ROOT, 'apps/web/dist');
export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1366, height: 768 };

/** The console must be built (npm run build:web); built here once if it is missing. */
export function ensureWebBuild(): void {
  if (existsSync(path.join(WEB_DIST, 'index.html'))) return;
  execSync('npm run --silent build:web', { cwd: ROOT, stdio: 'inherit' });
}

export interface Stack {
  api: NestExpressApplication;
  worker: INestApplicationContext;
  baseUrl: string;
  dataSource: DataSource;
  demo: SeedResult;
  close(): Promise<void>;
}

export async function startStack(options: TestOptions = {}): Promise<Stack> {
  ensureWebBuild();
  const { app, dataSource } = await startApi(options);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const worker = await startWorker(options);
  const demo = await loadDemo(dataSource);
  return {
    api: app,
    worker,
    baseUrl: `http://127.0.0.1:${port}`,
    dataSource,
    demo,
    async close() {
      // Leave no pending outbox rows or jobs behind for the next test file's relay to pick up.
      await drainQueues(worker, 180_000).catch((error: unknown) => console.warn(String(error)));
      await worker.close();
      await app.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A fresh browser session (own cookies and storage) at an office screen size, in Beijing time.
 * `clockAt` sets the computer's date (the server's injected clock, or a PC clock that is off): the
 * date is fixed but timers keep running, as on any PC. Never pause the browser's clock
 * (clock.install + pauseAt): the console then waits forever on its own timers (a new tab asks the
 * open tabs for their session for 400 ms before it shows anything) and every page stays on 加载中.
 */
export async function newSession(
  browser: Browser,
  baseUrl: string,
  { clockAt, reducedMotion = 'reduce' }: { clockAt?: Date; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // As a PC with 显示动画 turned off: dialogs open at once. A press during a dialog's opening
    // animation was lost on a loaded CI machine (stops 54 and 55); the console's animations are
    // checked on their own in smoke.e2e-spec.ts.
    reducedMotion,
  });
  if (clockAt) await context.clock.setFixedTime(clockAt);
  context.setDefaultTimeout(30_000);
  // A first page load (the console's bundles from the in-process API) waited past 15 s once in a
  // loaded two-core CI run; a navigation that never loads still fails, later.
  context.setDefaultNavigationTimeout(90_000);
  const page = await context.newPage();
  return { context, page };
}

/**
 * The signed-in sessions of one test file, at the office screen size: `as(username, clockAt)` opens a
 * fresh one logged in (clockAt: the computer's date, as for newSession), `closeAll()` ends them all.
 * The browser and the stack are passed as getters: a file starts them in beforeAll.
 */
export function signedInSessions(
  browser: () => Browser,
  baseUrl: () => string,
  password: string,
): { as: (username: string, clockAt?: Date) => Promise<Page>; closeAll: () => Promise<void> } {
  const contexts: BrowserContext[] = [];
  return {
    as: async (username, clockAt) => {
      const { context, page } = await newSession(browser(), baseUrl(), { clockAt });
      contexts.push(context);
      await loginAs(page, username, password);
      return page;
    },
    closeAll: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
    },
  };
}

/** Logs in through the login form, with the keyboard only (Tab, Enter). */
export async function loginAs(page: Page, username: string, password = 'Demo@2025!x'): Promise<void> {
  await submitLogin(page, username, password);
  await page.getByRole('heading', { name: '我的待办' }).waitFor();
}

/**
 * The first login of an account an administrator created: the console asks for a password of the
 * user's own before anything else, and then opens 我的待办.
 */
export async function firstLoginAs(
  page: Page,
  username: string,
  given: string,
  chosen: string,
): Promise<void> {
  await submitLogin(page, username, given);
  await page.getByRole('heading', { name: '首次登录请修改密码' }).waitFor();
  await page.getByLabel('临时密码').fill(given);
  await page.getByLabel('新密码', { exact: true }).fill(chosen);
  await page.getByLabel('确认新密码').fill(chosen);
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByRole('heading', { name: '我的待办' }).waitFor();
}

async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('用户名').fill(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Let transitions and the debounced check settle so the picture shows the final state.
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; html: string }>;
}

/** What the settle check reads of a Web Animation (the root tsconfig has no DOM types). */
interface SettlingAnimation {
  playState: string;
  effect: { getTiming(): { iterations?: number } } | null;
}

let axeScript: string | undefined;
const axeSource = () => (axeScript ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** axe-core on the page as it is now; returns the serious and critical violations (WCAG 2.1 A/AA). */
export async function seriousA11yViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  // These run in the page; the root tsconfig has no DOM types, hence globalThis.
  const loaded = await page.evaluate(
    () => typeof (globalThis as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  // Evaluated, not added as a <script>: the console's Content-Security-Policy (scripts from its own
  // origin only) refuses an inline tag, and the test must not weaken the policy it runs under.
  if (!loaded) await page.evaluate(axeSource());
  // A dialog zooming in or a toast fading is half transparent for a moment: judge the settled page.
  // Finite animations only (a skeleton's shimmer never ends); bounded, then judged as it is.
  await page
    .waitForFunction(
      () => {
        const doc = (globalThis as unknown as { document: { getAnimations(): SettlingAnimation[] } })
          .document;
        return doc
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
      },
      undefined,
      { timeout: 3000, polling: 50 },
    )
    .catch(() => undefined);
  const violations = await page.evaluate(async (selector) => {
    const { axe } = globalThis as unknown as {
      axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> };
    };
    // With a dialog open, the page behind it is covered by the mask: check the dialog itself.
    // A toast in its fade-out animation is half transparent for a moment: its contrast is that of
    // the animation frame, not of the message anyone reads, so leaving toasts are not judged.
    const leaving = ['.ant-message-fade-leave'];
    const result = await axe.run(
      { include: [selector ?? 'html'], exclude: leaving },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        resultTypes: ['violations'],
      },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  }, within);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with the list of violations, so a failing run says what to fix. */
export async function expectAccessible(page: Page, where: string, within?: string): Promise<void> {
  const violations = await seriousA11yViolations(page, within);
  if (violations.length > 0) {
    throw new Error(
      `${where}: ${violations.length} serious accessibility violation(s):\n${JSON.stringify(violations, null, 2)}`,
    );
  }
}

/** Picks an option in the open antd Select dropdown (the visible item, not the hidden a11y list). */
export async function pickOption(page: Page, label: string | RegExp): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const option = open.last().locator('.ant-select-item-option').filter({ hasText: label }).first();
  await option.waitFor();
  // Let the opening animation finish, so the click lands on the option and not on a moving target.
  await page.waitForTimeout(250);
  await option.click();
  // The dropdown must be gone before the next click; a slow machine may need an Escape.
  const closed = await open
    .first()
    .waitFor({ state: 'hidden', timeout: 3000 })
    .then(() => true)
    .catch(() => false);
  if (!closed) await page.keyboard.press('Escape');
}

/**
 * Presses a button of an open dialog and waits (bounded) for the dialog to close. On a loaded machine
 * a press during the dialog's opening animation was lost and the dialog stayed (CI, stop 54): it is
 * pressed again, at most three times.
 */
export async function pressToClose(dialog: Locator, button: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await dialog
      .getByRole('button', { name: button })
      .click({ timeout: 5000 })
      .catch(() => undefined);
    const closed = await dialog
      .waitFor({ state: 'hidden', timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (closed) return;
  }
  throw new Error(`the dialog is still open after pressing ${button} three times`);
}

/** Picks a unit in the antd tree-select just opened, by typing its name (the dropdown is outside any dialog). */
export async function pickTreeUnit(page: Page, name: string): Promise<void> {
  await page.keyboard.type(name);
  const node = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper[title="${name}"]`,
  );
  await node.waitFor();
  await page.waitForTimeout(250); // the dropdown's opening animation
  await node.click();
}
