import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { ManualClock } from '@app/common';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { tokenFor } from '../support/demo';
import {
  createUnit,
  createUser,
  FACTORY_PASSWORD,
  relaxDutySeparation,
  unitById,
} from '../support/factories';
import { at } from '../campaigns/campaign-helpers';
import { reportClient, step, submitDraft } from '../reports/report-helpers';
import { launchBrowser, loginAs, newSession, screenshot, startStack, type Stack } from './browser';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2076;
// Early in the year after: the 党组会议 falls within the report year's window.
const clock = new ManualClock(at(`${YEAR + 1}-01-10`));
const MINUTES = `党组会纪要〔${YEAR + 1}〕12号`;
const DOCUMENT_NUMBER = `宽州交发〔${YEAR + 1}〕15号`;
// A bureau's name as long as a county's transport bureau's, in characters only (a break may fall anywhere).
const PLACE = '甲乙丙丁戊己庚辛壬癸';
const place = () => Array.from(randomBytes(2), (b) => PLACE[b % PLACE.length]).join('');
const BUREAU = `宽页${place()}县交通运输局`;
const OTHER_BUREAU = `宽页${place()}县市场监督管理局`;
const RETURN_COMMENT = '第二部分未写明行政复议纠错率，请补充后重新报送。';

/**
 * How many lines each occurrence of `text` under `root` takes, measured on the rendered text itself
 * (a Range over the characters): 1 each when none of them breaks. Runs in the page.
 */
function linesOf(root: unknown, text: string): number[] {
  type Rect = { top: number; width: number; height: number };
  type TextNode = { nodeType: number; textContent: string | null; childNodes: ArrayLike<TextNode> };
  type Range = {
    setStart(n: TextNode, o: number): void;
    setEnd(n: TextNode, o: number): void;
    getClientRects(): ArrayLike<Rect>;
  };
  const doc = (globalThis as unknown as { document: { createRange(): Range } }).document;
  const found: number[] = [];
  const walk = (node: TextNode) => {
    if (node.nodeType === 3) {
      const s = node.textContent ?? '';
      for (let i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) {
        const range = doc.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + text.length);
        // Glyph runs of one line (CJK and digits) may sit a pixel or two apart: a new line is a jump
        // of more than half a line.
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
        const tops = rects.map((r) => r.top).sort((a, b) => a - b);
        let lines = tops.length > 0 ? 1 : 0;
        for (let k = 1; k < tops.length; k += 1) {
          if (tops[k] - tops[k - 1] > rects[0].height / 2) lines += 1;
        }
        found.push(lines);
      }
    }
    Array.from(node.childNodes).forEach(walk);
  };
  walk(root as TextNode);
  return found;
}

/** Every occurrence of `text` in `scope` reads on one line (and there is at least one). */
async function expectWhole(scope: Locator, text: string): Promise<void> {
  const lines = await scope.evaluate(linesOf, text);
  expect({ text, lines }).toEqual({ text, lines: expect.arrayContaining([1]) });
  expect({ text, lines: lines.filter((n) => n !== 1) }).toEqual({ text, lines: [] });
}

/** Nothing on the page scrolls sideways, and nothing in `scope` is wider than its box. */
async function expectNoOverflow(page: Page, scope: Locator): Promise<void> {
  const pageScrolls = await page.evaluate(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth',
  );
  expect(pageScrolls).toBe(false);
  const box = (await scope.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  const inner = await scope.evaluate((el) => {
    const e = el as unknown as { scrollWidth: number; clientWidth: number };
    return e.scrollWidth - e.clientWidth;
  });
  expect(inner).toBeLessThanOrEqual(0);
}

/**
 * Walk P15 at 1366×768: the report header of a 集体审议登记人 with the most buttons lays out on clean
 * lines (报送记录 and 第 1 版 whole, the buttons in one row inside the window); the 审议与发文 box keeps
 * meeting names and numbers whole; the coordinator's 回执 table reads its 意见 header across.
 */
describe('the report page at 1366×768: header, 审议与发文 and 回执', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let coordinator: { username: string };
  let party: { username: string };
  let reportId: string;
  let plainReportId: string;
  let partyClient: ReturnType<typeof reportClient>;
  let drafterClient: ReturnType<typeof reportClient>;
  let coordinatorToken: string;
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
    const xj = await unitById(ds, stack.demo.unitIds.xj);
    const prefecture = await createUnit(ds, xj, { kind: 'government', level: 'prefecture' });
    const county = await createUnit(ds, prefecture, { kind: 'government', level: 'county' });
    const bureau = await createUnit(ds, county, { kind: 'department', name: BUREAU });
    const other = await createUnit(ds, county, { kind: 'department', name: OTHER_BUREAU });
    await relaxDutySeparation(ds, bureau.id);
    await relaxDutySeparation(ds, other.id);
    const drafter = await createUser(ds, bureau.id, ['drafter', ['drafter', other.id]]);
    const reviewer = await createUser(ds, bureau.id, ['dept_reviewer', ['dept_reviewer', other.id]]);
    // The 党组书记 also holds the legal adviser's role: at 集体审议 they may also take back their
    // 审查通过 (撤回), the most buttons a report header carries.
    party = await createUser(ds, bureau.id, [
      'legal_adviser',
      'party_approver',
      'unit_leader',
      ['legal_adviser', other.id],
      ['party_approver', other.id],
    ]);
    coordinator = await createUser(ds, prefecture.id, ['coordinator']);
    coordinatorToken = await tokenFor(http, coordinator.username, FACTORY_PASSWORD);
    const issued = await http()
      .post('/campaigns')
      .set({ Authorization: `Bearer ${coordinatorToken}` })
      .send({
        reportYear: YEAR,
        // Long, as real notices are: the 报送通知 column then takes the width (a walk, stop 57).
        title: `关于报送${YEAR}年度法治政府建设情况报告的通知（宽州交通运输系统法治政府建设示范创建试点单位）`,
        documentNumber: `宽州法办通〔${YEAR}〕7号`,
        body: '请报送本单位年度报告。',
        dueDate: `${YEAR + 1}-02-27`,
        targets: { unitIds: [bureau.id] },
      })
      .expect(201);
    const [row] = await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      issued.body.id,
    ]);
    reportId = row.report_id as string;
    drafterClient = reportClient(http, await tokenFor(http, drafter.username, FACTORY_PASSWORD));
    const reviewerClient = reportClient(http, await tokenFor(http, reviewer.username, FACTORY_PASSWORD));
    partyClient = reportClient(http, await tokenFor(http, party.username, FACTORY_PASSWORD));
    // A report no campaign asked for (no 报送通知 line): its header has the walk's four columns.
    plainReportId = (await drafterClient.create({ unitId: other.id, reportYear: YEAR }).expect(201)).body.id;
    for (const id of [reportId, plainReportId]) {
      await submitDraft(drafterClient, id);
      await step(reviewerClient, id, 'approve');
      await step(partyClient, id, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } });
    }
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('the 集体审议 header: 报送记录, 第 1 版 and dates whole, the buttons on one row in the window', async () => {
    const page = await as(party.username);
    for (const id of [reportId, plainReportId]) {
      await page.goto(`/app/reports/${id}`);
      const header = page.locator('.ant-card').first();
      await see(page.getByTestId('report-state')).toContainText('集体审议');
      const buttons = header.getByRole('button');
      await see(buttons.filter({ hasText: '退回' })).toBeVisible();
      const count = await buttons.count();
      expect(count).toBeGreaterThanOrEqual(3);
      if (id === reportId) await screenshot(page, '51-report-header-party');
      const boxes = await Promise.all(
        Array.from({ length: count }, (_, i) =>
          buttons
            .nth(i)
            .boundingBox()
            .then((b) => b!),
        ),
      );
      for (const box of boxes) {
        expect(box.y).toBeCloseTo(boxes[0].y, 0);
        expect(box.x + box.width).toBeLessThanOrEqual(1366);
      }
      await expectWhole(header, '报送记录');
      await expectWhole(header, '第 1 版');
      // The campaign's 报送截止 (a report no campaign asked for has none).
      if (id === reportId) await expectWhole(header, `${YEAR + 1}年2月27日`);
      await expectNoOverflow(page, header);
      // The stage's time-left tag stays in its cell: beside a long 报送通知 it ran over the next
      // label, 内部审核退回 (a walk, stop 57).
      const tag = (await header.getByTestId('time-left').first().boundingBox())!;
      const next = (await header.getByText('内部审核退回', { exact: false }).first().boundingBox())!;
      if (Math.abs(next.y - tag.y) < tag.height) expect(tag.x + tag.width).toBeLessThanOrEqual(next.x);
    }
  });

  it('审议与发文 keeps the meeting, its 纪要编号 and the 文号 whole; the 回执 table reads 意见 across', async () => {
    await step(partyClient, reportId, 'approve', {
      fields: { meetingBody: '党组会议', meetingDate: `${YEAR + 1}-01-08`, minutesNumber: MINUTES },
    });
    await step(partyClient, reportId, 'sign_off');
    await step(drafterClient, reportId, 'dispatch', { fields: { documentNumber: DOCUMENT_NUMBER } });

    const page = await as(coordinator.username);
    await page.goto(`/app/reports/${reportId}`);
    const record = page.getByTestId('deliberation');
    await see(record).toContainText(DOCUMENT_NUMBER);
    const receipts = page.getByTestId('receipts');
    await see(receipts.getByRole('button', { name: '接收', exact: true })).toBeVisible();
    await screenshot(page, '52-report-deliberation-receipt');
    await expectWhole(record, '党组会议');
    await expectWhole(record, MINUTES);
    await expectWhole(record, DOCUMENT_NUMBER);
    await expectNoOverflow(page, record);

    const expectHeadersAcross = async () => {
      const head = receipts.locator('thead');
      for (const name of ['报送任务', '下发单位', '状态', '报送版本', '报送时间', '意见', '操作']) {
        await expectWhole(head, name);
      }
      const opinion = (await head.getByRole('columnheader', { name: '意见', exact: true }).boundingBox())!;
      expect(opinion.width).toBeGreaterThan(opinion.height);
      await expectNoOverflow(page, receipts);
    };
    await expectHeadersAcross();

    // Returned with a comment: the 意见 column now carries text, and still reads across.
    const [receipt] = (
      await http()
        .get(`/reports/${reportId}/receipts`)
        .set({ Authorization: `Bearer ${coordinatorToken}` })
        .expect(200)
    ).body as Array<{ campaign: { id: string }; version: number }>;
    await http()
      .post(`/reports/${reportId}/receipts/${receipt.campaign.id}/return`)
      .set({ Authorization: `Bearer ${coordinatorToken}` })
      .send({ expectedVersion: receipt.version, comment: RETURN_COMMENT, needsRedeliberation: false })
      .expect(200);
    await page.reload();
    await see(receipts).toContainText(RETURN_COMMENT);
    await screenshot(page, '53-report-receipt-returned');
    await expectHeadersAcross();
    const comment = (await receipts.getByText(RETURN_COMMENT).boundingBox())!;
    expect(comment.width).toBeGreaterThanOrEqual(10 * 14);
  });
});
