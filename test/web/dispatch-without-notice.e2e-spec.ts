import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/common';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD } from '../support/factories';
import {
  at,
  countyWithBodies,
  MEETING,
  reviewChainUser,
  submitThroughChain,
} from '../campaigns/campaign-helpers';
import { reportClient } from '../reports/report-helpers';
import { launchBrowser, loginAs, newSession, startStack, type Stack } from './browser';
import { see } from './see';

/**
 * 编号发文 of a report no notice asks for (a walk, stop 57): without a campaign the report goes to the
 * government one level up by default, which for a county bureau is the prefecture's, not the 县委、县政府
 * and the prefecture's bureau the routing table names. The dialog says so, and names the table's line,
 * before 确定. A county of its own; report year 2196.
 */
describe('web console: dispatching a report no notice asks for', () => {
  const clock = new ManualClock(at('2197-01-12'));
  let stack: Stack;
  let browser: Browser;
  let reportId: string;
  let drafter: { username: string };
  let expected: {
    prefectureGovernment: string;
    party: string;
    county: string;
    upper: string;
    office: string;
  };
  const http = () => request(stack.api.getHttpServer());

  beforeAll(async () => {
    stack = await startStack({ clock });
    browser = await launchBrowser();
    const ds = stack.dataSource;
    const tree = await countyWithBodies(ds, '无通知', {});
    // Named alike but for the place, so the routing table finds the prefecture's bureau of the same work.
    const work = `交通运输局-${randomBytes(3).toString('hex')}`;
    const bureau = await createUnit(ds, tree.county, { name: `无通知县${work}`, kind: 'department' });
    const upper = await createUnit(ds, tree.prefecture, { name: `州${work}`, kind: 'department' });
    expected = {
      prefectureGovernment: `${tree.prefecture.name}人民政府`,
      party: tree.party.name,
      county: `${tree.county.name}人民政府`,
      upper: upper.name,
      office: tree.office.name,
    };
    drafter = await createUser(ds, bureau.id, ['drafter']);
    const reviewer = await reviewChainUser(ds, bureau.id, `nn-reviewer-${randomBytes(3).toString('hex')}`);
    const drafterApi = reportClient(http, await tokenFor(http, drafter.username, FACTORY_PASSWORD));
    const reviewerApi = reportClient(http, await tokenFor(http, reviewer.username, reviewer.password));
    reportId = (await drafterApi.create({ unitId: bureau.id, reportYear: 2196 }).expect(201)).body.id;
    await submitThroughChain(
      drafterApi,
      reviewerApi,
      reportId,
      { ...MEETING, meetingDate: '2197-01-08', minutesNumber: '党组会纪要〔2197〕1号' },
      'dispatching',
    );
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('says no notice asks for it and names the routing table’s 主送 and 抄送 beside the default', async () => {
    const { context, page } = await newSession(browser, stack.baseUrl);
    await loginAs(page, drafter.username, FACTORY_PASSWORD);
    await page.goto(`/app/reports/${reportId}`);
    await page.getByRole('button', { name: '编号发文', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await see(dialog.getByTestId('dispatch-addressees')).toContainText(
      `主送：${expected.prefectureGovernment}`,
    );
    const warning = dialog.getByTestId('no-campaign-addressees');
    await see(warning).toContainText('没有报送通知要求本单位报送这份报告，以上是系统默认的接收单位。');
    await see(warning).toContainText(
      `按规定，本单位的年度报告应主送${expected.party}、${expected.county}、${expected.upper}，抄送${expected.office}。`,
    );
    await see(warning).toContainText('一般应等上级下发报送通知后按通知报送');
    await context.close();
  });
});
