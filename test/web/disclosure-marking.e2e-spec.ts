import request from 'supertest';
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/common';
import { at, campaignClient } from '../campaigns/campaign-helpers';
import { dispatchWithMeasures, reportOfUnit, unitPeople } from '../reports/disclosure-helpers';
import { tokenFor } from '../support/demo';
import { see } from './see';
import { launchBrowser, signedInSessions, startStack, type Stack } from './browser';

const LEAD = '专项执法行动线索编号XK-8842';

/**
 * 保密审查 需修改 on an accepted report, in the console at 1366×768 (a walk, stop 49: the drafter had no
 * way on, and the unit could only clear the review against its own finding or miss the date). The
 * drafter finds what to do on the report page, marks the passage in the dialog, and the page then
 * waits for the review of the re-marked version. Report year 2175 belongs to this file alone.
 */
describe('修改不予公开标注 after 保密审查 需修改', () => {
  const clock = new ManualClock(at('2176-01-05'));
  let stack: Stack;
  let browser: Browser;
  let reportId: string;
  const sessions = signedInSessions(
    () => browser,
    () => stack.baseUrl,
    'Demo@2025!x',
  );

  beforeAll(async () => {
    stack = await startStack({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const http = () => request(stack.api.getHttpServer());
    const issued = await campaignClient(http, await tokenFor(http, 'cj-coordinator'))
      .issue({
        reportYear: 2175,
        title: '关于报送2175年度法治政府建设年度报告的通知',
        body: '请按时报送，并于4月1日前向社会公开。',
        dueDate: '2176-02-27',
        targets: { unitIds: [stack.demo.unitIds['htb-transport']] },
      })
      .expect(201);
    reportId = await reportOfUnit(stack.dataSource, issued.body.id, stack.demo.unitIds['htb-transport']);
    clock.set(at('2176-02-01'));
    const htb = await unitPeople(http, 'htb');
    await dispatchWithMeasures(htb, reportId, '2176-01-20', `（${LEAD}）已依法办结。`);
    const office = { Authorization: `Bearer ${await tokenFor(http, 'cj-coordinator')}` };
    const receipt = (await http().get(`/reports/${reportId}/receipts`).set(office).expect(200)).body[0];
    await http()
      .post(`/reports/${reportId}/receipts/${issued.body.id}/accept`)
      .set(office)
      .send({ expectedVersion: receipt.version })
      .expect(200);
    await htb.leader
      .review(reportId, { expectedVersion: 0, conclusion: 'changes_needed', comment: '线索编号不宜公开' })
      .expect(200);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await sessions.closeAll();
    await browser?.close();
    await stack?.close();
  });

  it('the drafter marks the passage in the accepted text, and the review is next', async () => {
    const page = await sessions.as('htb-drafter', clock.now());
    await page.goto(`/app/reports/${reportId}`);
    const panel = page.getByTestId('disclosure-panel');
    await see(panel.getByTestId('disclosure-marking-hint')).toContainText('报告已被接收，正文不能再改');
    await panel.getByRole('button', { name: '修改不予公开标注' }).click();
    const dialog = page.getByRole('dialog', { name: '修改不予公开标注' });
    const measures = dialog.getByLabel('一、主要举措和成效');
    await see(measures).toHaveValue(new RegExp(LEAD));

    // A changed word is refused, saying why; the dialog stays open with the text.
    const text = await measures.inputValue();
    await measures.fill(text.replace('已依法办结', '已办结完毕'));
    await dialog.getByRole('button', { name: '保存标注' }).click();
    await see(dialog.getByRole('alert')).toContainText('正文文字不能修改');

    await measures.fill(text.replace(`（${LEAD}）`, `（【不予公开】${LEAD}【/不予公开】）`));
    await dialog.getByRole('button', { name: '保存标注' }).click();
    await see(dialog).toHaveCount(0);
    // The review of the new version is what comes next: the hint is gone.
    await see(panel.getByTestId('disclosure-marking-hint')).toHaveCount(0);
    // The text shows the passage shaded as withheld, not as bare markers (a walk, stop 55).
    const withheld = page.getByTestId('withheld-passage');
    await see(withheld).toHaveCount(1);
    await see(withheld).toHaveText(`【不予公开】${LEAD}【/不予公开】`);
    await see(withheld).toHaveAttribute('title', /公开版删去此段/);
  });
});
