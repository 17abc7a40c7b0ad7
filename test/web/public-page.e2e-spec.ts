import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/common';
import { at, campaignClient } from '../campaigns/campaign-helpers';
import { dispatchWithSecret, reportOfUnit, SECRET, unitPeople } from '../reports/disclosure-helpers';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { expectAccessible, launchBrowser } from './browser';

/**
 * The public page (no login) in real Chromium: exactly the published public versions of the tree
 * and year, an unpublished report absent, no withheld passage anywhere, axe clean, readable on a
 * phone. Report year 2013 belongs to this file alone.
 */
describe('the public page of published annual reports', () => {
  const clock = new ManualClock(at('2014-01-06'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let browser: Browser;
  let baseUrl: string;
  let published: string;
  let unpublished: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    demo = await loadDemo(api.dataSource);
    const issued = await campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'))
      .issue({
        reportYear: 2013,
        title: '关于报送2013年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2014〕1号',
        issuedOn: '2014-01-06',
        body: '请于2月27日前报送，4月1日前公开。',
        dueDate: '2014-02-27',
        targets: { unitIds: [demo.unitIds['htb-transport'], demo.unitIds['mns-transport']] },
      })
      .expect(201);
    published = await reportOfUnit(api.dataSource, issued.body.id, demo.unitIds['htb-transport']);
    unpublished = await reportOfUnit(api.dataSource, issued.body.id, demo.unitIds['mns-transport']);
    clock.set(at('2014-02-20'));
    await dispatchWithSecret(await unitPeople(api.http, 'htb'), published, '2014-02-19');
    await dispatchWithSecret(await unitPeople(api.http, 'mns'), unpublished, '2014-02-19');
    const htb = await unitPeople(api.http, 'htb');
    await htb.leader.review(published, { expectedVersion: 0, conclusion: 'cleared' }).expect(200);
    await htb.disclosingDrafter
      .publish(published, {
        expectedVersion: 1,
        channel: 'government_website',
        url: 'https://www.htb.gov.cn/zwgk/2013.html',
        publishedOn: '2014-02-20',
      })
      .expect(200);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
  });

  async function publishedInTree(unitId: string): Promise<string[]> {
    const [{ path }] = await api.dataSource.query('SELECT path FROM units WHERE id = ?', [unitId]);
    const rows: Array<{ report_id: string }> = await api.dataSource.query(
      `SELECT d.report_id FROM report_disclosures d JOIN reports r ON r.id = d.report_id
         JOIN units u ON u.id = r.unit_id
        WHERE d.status = 'published' AND r.report_year = 2013 AND u.path LIKE CONCAT(?, '%')`,
      [path],
    );
    return rows.map((r) => r.report_id).sort();
  }

  it('shows exactly the published public versions, none withheld, axe clean, on a phone', async () => {
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 375, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const response = await page.goto(`/public/reports?unit=${demo.unitIds.cj}&year=2013`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1 }).waitFor();

    const shown = (
      await page.locator('article').evaluateAll((nodes) => nodes.map((n) => n.id.slice(2)))
    ).sort();
    expect(shown).toEqual(await publishedInTree(demo.unitIds.cj));
    expect(shown).toContain(published);
    expect(shown).not.toContain(unpublished);

    const text = await page.locator('body').innerText();
    const html = await page.content();
    for (const hidden of [SECRET, '不予公开', '张某某']) {
      expect(text).not.toContain(hidden);
      expect(html).not.toContain(hidden);
    }
    expect(text).toContain('全年办结行政复议案件十二件，均在法定期限内办结');
    const download = page.locator(`#r-${published}`).getByRole('link', { name: /下载Word版/ });
    expect(await download.getAttribute('href')).toBe(`reports/${published}/public.docx`);

    // Readable on a phone: nothing wider than the screen, body text not shrunk.
    const fits = await page.evaluate(() => {
      const { document } = globalThis as unknown as {
        document: { documentElement: { scrollWidth: number; clientWidth: number } };
      };
      return document.documentElement.scrollWidth <= document.documentElement.clientWidth;
    });
    expect(fits).toBe(true);
    const fontSize = await page
      .locator('article p:not(.meta)')
      .first()
      .evaluate(
        (p) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(
            p,
          ).fontSize,
      );
    expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(16);

    // The page's CSP forbids scripts: axe is injected only through the browser's debugging channel.
    await context.close();
    const checkContext = await browser.newContext({
      baseURL: baseUrl,
      bypassCSP: true,
      viewport: { width: 375, height: 740 },
    });
    const checked = await checkContext.newPage();
    await checked.goto(`/public/reports?unit=${demo.unitIds.cj}&year=2013`);
    await expectAccessible(checked, 'the public page');
    await checkContext.close();
  });

  it('answers 404 for an unknown unit and lists nothing for a unit without publications', async () => {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    const unknown = await page.goto('/public/reports?unit=00000000-0000-4000-8000-000000000000&year=2013');
    expect(unknown?.status()).toBe(404);
    await page.goto(`/public/reports?unit=${demo.unitIds['mns-transport']}&year=2013`);
    expect(await page.locator('article').count()).toBe(0);
    await expect(page.locator('main').innerText()).resolves.toContain('暂无已公开的年度报告');
    await context.close();
  });
});
