import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ManualClock } from '@app/common';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { at, reviewChainUser } from '../campaigns/campaign-helpers';
import { reportOfUnit } from '../reports/disclosure-helpers';
import { reportClient, step, submitDraft } from '../reports/report-helpers';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  type Stack,
} from './browser';
import { sandboxPrefecture } from './sandbox-prefecture';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2171;
/** The campaign is issued on 5 January, due on the 15th; the board is read on the 26th. */
const ISSUED = at('2172-01-05');
const READ = at('2172-01-26');

interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The size the text is drawn at on screen (its font size times the SVG's scale). */
  px: number;
}
interface ChartGeometry {
  card: string;
  svg: { left: number; right: number; top: number; bottom: number };
  texts: TextBox[];
}

/** Every chart on the board: its SVG's box and each of its texts' boxes and drawn sizes. */
async function chartGeometry(page: Page): Promise<ChartGeometry[]> {
  return page.evaluate(() => {
    type Rect = { left: number; right: number; top: number; bottom: number };
    type El = {
      getBoundingClientRect(): Rect;
      textContent: string | null;
      closest(s: string): El | null;
      querySelector(s: string): El | null;
      querySelectorAll(s: string): ArrayLike<El>;
      getScreenCTM(): { a: number } | null;
    };
    const g = globalThis as unknown as {
      document: { querySelectorAll(s: string): ArrayLike<El> };
      getComputedStyle(e: El): { fontSize: string };
    };
    const box = (r: Rect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    return Array.from(g.document.querySelectorAll('.ant-card svg[role="img"]')).map((svg) => ({
      card: svg.closest('.ant-card')?.querySelector('.ant-card-head-title')?.textContent ?? '',
      svg: box(svg.getBoundingClientRect()),
      texts: Array.from(svg.querySelectorAll('text')).map((t) => ({
        text: t.textContent ?? '',
        ...box(t.getBoundingClientRect()),
        px: parseFloat(g.getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
      })),
    }));
  });
}

/**
 * Walk report P14 at 1366×768: the board's charts are cramped. The stage names under 各环节进度 ran
 * together (集体审议主要负责人签发编号发文), the trend's last date was cut off (12-0) and its line
 * began before the campaign existed, and the areas' chart was drawn at about 8 px. Each chart is
 * now drawn at the size it is shown: every text at least 12 px, inside its chart, clear of the others.
 */
describe('the board’s charts at 1366×768', () => {
  const clock = new ManualClock(ISSUED);
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let coordinator: { username: string };
  let campaignId: string;
  const http = () => request(stack.api.getHttpServer());

  const as = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl, { clockAt: clock.now() });
    contexts.push(context);
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const sandbox = await sandboxPrefecture(ds, stack.demo.unitIds.xj, '图表');
    coordinator = sandbox.coordinator;
    const prefecture = await unitById(ds, sandbox.prefecture.id);
    const county = await unitById(ds, sandbox.county.id);
    const secondCounty = await createUnit(ds, prefecture, {
      name: uniqueName('图表二县'),
      kind: 'government',
    });
    const bureau = await createUnit(ds, county, {
      kind: 'department',
      name: uniqueName('图表县交通运输局'),
    });
    const secondBureau = await createUnit(ds, await unitById(ds, secondCounty.id), {
      kind: 'department',
      name: uniqueName('图表二县自然资源局'),
    });
    const token = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${token}` })
      .send({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设情况报告的通知（${uniqueName('图')}）`,
        body: '请各县按时报送。',
        dueDate: '2172-01-15',
        targets: { unitIds: [county.id, secondCounty.id, bureau.id, secondBureau.id] },
      });
    expect([issued.status, issued.status === 201 ? null : issued.body]).toEqual([201, null]);
    campaignId = issued.body.id;

    // The targets at different stages: one at its first review, one further on, two not started.
    await submitDraft(
      reportClient(http, await tokenFor(http, sandbox.drafter.username, FACTORY_PASSWORD)),
      await reportOfUnit(ds, campaignId, county.id),
    );
    const drafter = await createUser(ds, bureau.id, ['drafter']);
    const reviewer = await reviewChainUser(ds, bureau.id, uniqueName('chart-review'));
    const bureauReport = await reportOfUnit(ds, campaignId, bureau.id);
    await submitDraft(
      reportClient(http, await tokenFor(http, drafter.username, FACTORY_PASSWORD)),
      bureauReport,
    );
    const reviewing = reportClient(http, await tokenFor(http, reviewer.username, FACTORY_PASSWORD));
    await step(reviewing, bureauReport, 'approve');
    // Read eleven days after the due date: the trend has days to draw.
    clock.set(READ);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('every chart’s text is at least 12 px, inside its chart and clear of the others; the trend starts on the issue date', async () => {
    const page = await as(coordinator.username);
    await page.goto(`/app/campaigns/${campaignId}`);
    const trend = page.getByRole('img', { name: /^每日逾期未报单位数/ });
    await trend.waitFor();
    await see(page.getByRole('img', { name: /^各环节单位数/ })).toBeVisible();
    await screenshot(page, 'board-charts-1366');

    const charts = await chartGeometry(page);
    expect(charts.map((c) => c.card)).toEqual([
      '各环节进度',
      expect.stringMatching(/^各县（市、区）/),
      '逾期未报趋势',
    ]);
    for (const chart of charts) {
      for (const t of chart.texts) {
        const where = `${chart.card}: 「${t.text}」`;
        // Drawn at least 12 px (the areas' chart was at about 8).
        expect([where, t.px >= 11.99]).toEqual([where, true]);
        // Wholly inside the chart (the trend's last date was cut to 12-0).
        const inside =
          t.left >= chart.svg.left - 0.5 &&
          t.right <= chart.svg.right + 0.5 &&
          t.top >= chart.svg.top - 0.5 &&
          t.bottom <= chart.svg.bottom + 0.5;
        expect([where, inside]).toEqual([where, true]);
      }
      // No two texts overlap (the stage names ran together).
      const overlaps = chart.texts.flatMap((a, i) =>
        chart.texts
          .slice(i + 1)
          .filter(
            (b) =>
              Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5,
          )
          .map((b) => `「${a.text}」「${b.text}」`),
      );
      expect([chart.card, overlaps]).toEqual([chart.card, []]);
    }

    // Each stage is named in full, once (集体审议, 主要负责人签发, 编号发文 apart); the two units with
    // nothing saved are 未起草 as their rows say, not 起草中 (a walk, stop 55).
    const stages = charts[0].texts.map((t) => t.text);
    await see(page.getByRole('img', { name: /^各环节单位数/ })).toHaveAttribute('aria-label', /未起草 2/);
    for (const stage of [
      '未起草',
      '起草中',
      '科室审核',
      '集体审议',
      '主要负责人签发',
      '编号发文',
      '已报送',
    ]) {
      expect(stages).toContain(stage);
    }

    // The trend starts on the day the campaign was issued (it began two weeks before) and ends today.
    const dates = charts[2].texts.map((t) => t.text).filter((s) => /^\d\d-\d\d$/.test(s));
    expect(dates[0]).toBe('01-05');
    expect(dates[dates.length - 1]).toBe('01-26');
    await see(trend).toHaveAttribute('aria-label', /01-05 至 01-26/);

    await expectAccessible(page, '跟踪看板（图表）');
  });

  it('each row of headline figures reads along one line, though a long title wraps', async () => {
    const page = await as(coordinator.username);
    await page.goto(`/app/campaigns/${campaignId}`);
    const measures = page.getByTestId('board-measures');
    await see(measures).toContainText('逾期报送（对照延期后时限）');
    for (const row of [page.getByTestId('board-headline'), measures]) {
      const figures = await row.locator('.ant-statistic').evaluateAll((statistics) =>
        statistics.map((s) => ({
          title: s.querySelector('.ant-statistic-title')?.getBoundingClientRect().height ?? 0,
          value: s.querySelector('.ant-statistic-content')?.getBoundingClientRect().top ?? 0,
        })),
      );
      expect(figures).toHaveLength(6);
      if (row !== measures) await see(row).toContainText('已报送（含已接收）');
      // The case this guards: at 1366 px one title takes two lines (its value dropped a line lower).
      if (row === measures) {
        const lines = figures.map((f) => f.title);
        expect(Math.max(...lines)).toBeGreaterThan(Math.min(...lines) * 1.5);
      }
      const tops = figures.map((f) => Math.round(f.value));
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
    }
  });
});
