import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ManualClock } from '@app/common';
import { tokenFor } from '../support/demo';
import {
  createUnit,
  createUser,
  FACTORY_PASSWORD,
  relaxDutySeparation,
  uniqueName,
} from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { submitThroughChain } from '../campaigns/campaign-helpers';
import {
  expectAccessible,
  launchBrowser,
  loginAs,
  newSession,
  screenshot,
  startStack,
  VIEWPORT,
  type Stack,
} from './browser';
import { see } from './see';

// This file's report year, used by no other file; its units are its own sandbox.
const YEAR = 2196;
const clock = new ManualClock(new Date(`${YEAR + 1}-03-20T10:00:00+08:00`));

/**
 * #17 on the campaign page (1366×768): the 依法治区办 asked the region's 党委 and government for the
 * report that goes on to 党中央、国务院 (抄送 中央依法治国办). The board marks the 党委, whose report
 * (made earlier for the 司法厅's campaign, which did not require it, on the chain the 党委 chose)
 * skips the 法律顾问审查 this campaign requires (内部流程不符合要求：缺少法律顾问审查), and not the
 * government. The government's report is accepted; under 报送外部机关 the office records that it
 * sent it on to 党中央 by 机要交通 under its 文号, and the cell says 已报送 while 国务院 stays 待报送.
 */
describe('报送外部机关 and 内部流程不符合要求 on the campaign page (1366×768)', () => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let campaignId: string;
  let coordinator: { username: string };
  const units = {} as Record<
    'region' | 'party' | 'office' | 'justice',
    { id: string; name: string; path: string }
  >;
  const http = () => request(stack.baseUrl);
  const bearer = async (username: string) => ({
    Authorization: `Bearer ${await tokenFor(http, username, FACTORY_PASSWORD)}`,
  });

  const as = async (username: string): Promise<Page> => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    contexts.push(context);
    await page.setViewportSize(VIEWPORT);
    await loginAs(page, username, FACTORY_PASSWORD);
    return page;
  };

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    // A province of its own beside the demo region: its 党委 and government report to 党中央、国务院.
    units.region = await createUnit(ds, null, {
      name: uniqueName('报送外部自治区'),
      kind: 'government',
      level: 'province',
    });
    units.party = await createUnit(ds, units.region, {
      name: uniqueName('自治区党委'),
      kind: 'party_committee',
      level: 'province',
    });
    units.office = await createUnit(ds, units.party, {
      name: uniqueName('自治区依法治区办'),
      kind: 'rule_of_law_office',
      level: 'province',
    });
    units.justice = await createUnit(ds, units.region, {
      name: uniqueName('自治区司法厅'),
      // A 司法厅 runs its level's 依法治区办 and asks every unit of the region (a department asks
      // only its counterparts).
      kind: 'justice_bureau',
      level: 'province',
    });
    coordinator = await createUser(ds, units.office.id, ['coordinator']);
    const admin = await createUser(ds, units.region.id, ['admin']);
    await http()
      .put(`/units/${units.party.id}/review-chain`)
      .set(await bearer(admin.username))
      .send({ reviewChain: 'without-legal-review' })
      .expect(200);
    // One report per unit and year: the 司法厅's campaign, not requiring 法律顾问审查, makes the
    // 党委's on its chosen chain, and the office's campaign below adopts it as it is.
    const justiceCoordinator = await createUser(ds, units.justice.id, ['coordinator']);
    await http()
      .post('/campaigns')
      .set(await bearer(justiceCoordinator.username))
      .send({
        issuingUnitId: units.justice.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知（司法厅）`,
        body: '自治区党委：请报送年度报告。',
        targets: { unitIds: [units.party.id] },
        chainRules: { deliberation: true, legalReview: false, signOff: true },
      })
      .expect(201);
    const office = await bearer(coordinator.username);
    const issued = await http()
      .post('/campaigns')
      .set(office)
      .send({
        issuingUnitId: units.office.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '自治区党委、自治区人民政府：请报送年度报告。',
        targets: { unitIds: [units.party.id, units.region.id] },
        chainRules: { deliberation: true, legalReview: true, signOff: true },
      })
      .expect(201);
    campaignId = issued.body.id;
    const board = await http().get(`/campaigns/${campaignId}/board`).set(office).expect(200);
    const reportId = board.body.rows.find(
      (r: { unit: { id: string } }) => r.unit.id === units.region.id,
    ).reportId;
    const drafter = await createUser(ds, units.region.id, ['drafter']);
    const chain = await createUser(ds, units.region.id, [
      'dept_reviewer',
      'legal_adviser',
      'party_approver',
      'unit_leader',
    ]);
    await relaxDutySeparation(ds, units.region.id);
    await submitThroughChain(
      reportClient(http, await tokenFor(http, drafter.username, FACTORY_PASSWORD)),
      reportClient(http, await tokenFor(http, chain.username, FACTORY_PASSWORD)),
      reportId,
      {
        meetingBody: '政府常务会议',
        meetingDate: `${YEAR + 1}-03-10`,
        minutesNumber: `政府常务会议纪要〔${YEAR + 1}〕3号`,
      },
    );
    const receipts = await http().get(`/reports/${reportId}/receipts`).set(office).expect(200);
    await http()
      .post(`/reports/${reportId}/receipts/${campaignId}/accept`)
      .set(office)
      .send({ expectedVersion: receipts.body[0].version })
      .expect(200);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('marks the target whose chain falls short on the board, saying what is missing', async () => {
    const board = await http()
      .get(`/campaigns/${campaignId}/board`)
      .set(await bearer(coordinator.username))
      .expect(200);
    expect(
      board.body.rows.map((r: { unit: { name: string }; chainShortfall: unknown[] }) => [
        r.unit.name,
        r.chainShortfall.length,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [units.party.name, 1],
        [units.region.name, 0],
      ]),
    );
    const page = await as(coordinator.username);
    await page.goto(`${stack.baseUrl}/app/campaigns/${campaignId}`);
    const table = page.getByTestId('board-table');
    await see(table.getByText(units.party.name)).toBeVisible();
    // A virtual table: its rows are not <tr>.
    const partyRow = table.locator('.ant-table-row').filter({ hasText: units.party.name });
    await see(partyRow.getByTestId('chain-shortfall')).toHaveText('内部流程不符合要求：缺少法律顾问审查');
    const regionRow = table.locator('.ant-table-row').filter({ hasText: units.region.name });
    await see(regionRow).toBeVisible();
    await see(regionRow.getByTestId('chain-shortfall')).toHaveCount(0);
    await partyRow.scrollIntoViewIfNeeded();
    await expectAccessible(page, '跟踪看板（内部流程不符合要求）');
    await screenshot(page, '49-board-chain-shortfall');
  });

  it('records sending the accepted report on to 党中央; 国务院 stays 待报送', async () => {
    const page = await as(coordinator.username);
    await page.goto(`${stack.baseUrl}/app/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '报送外部机关' }).click();
    const forwardings = page.getByTestId('forwarding-table');
    const regionRow = forwardings.locator('tr').filter({ hasText: units.region.name });
    await see(regionRow.getByText('待报送')).toHaveCount(3);
    // The 党委's report is not accepted yet: nothing to record for it.
    const partyRow = forwardings.locator('tr').filter({ hasText: units.party.name });
    await see(partyRow.getByText('尚未采用')).toBeVisible();
    await see(partyRow.getByRole('button')).toHaveCount(0);

    await regionRow.getByRole('button', { name: '登记报送党中央' }).click();
    const dialog = page.getByRole('dialog');
    await see(dialog).toContainText('登记报送外部机关');
    await dialog.getByLabel(/报送日期/).fill(`${YEAR + 1}-03-20`);
    await dialog.getByLabel('文号（如有）').fill(`新法治办〔${YEAR + 1}〕12号`);
    await expectAccessible(page, '报送外部机关（登记）');
    await screenshot(page, '48-forward-external');
    await dialog
      .getByRole('button', { name: '登 记' })
      .or(dialog.getByRole('button', { name: '登记' }))
      .click();
    await see(dialog).not.toBeVisible();
    await see(regionRow).toContainText(`已报送${YEAR + 1}年3月20日 机要交通（新法治办〔${YEAR + 1}〕12号）`);
    await see(regionRow.getByText('待报送')).toHaveCount(2);
    await see(regionRow.getByRole('button', { name: '更正报送党中央' })).toBeVisible();

    const stored = await http()
      .get(`/campaigns/${campaignId}/forwardings`)
      .set(await bearer(coordinator.username))
      .expect(200);
    const region = stored.body.targets.find((t: { unit: { id: string } }) => t.unit.id === units.region.id);
    expect(
      region.bodies.map(
        (b: { current: { sentOn: string; channel: string } | null }) =>
          b.current && [b.current.sentOn, b.current.channel],
      ),
    ).toEqual([[`${YEAR + 1}-03-20`, 'confidential_courier'], null, null]);
  });
});
