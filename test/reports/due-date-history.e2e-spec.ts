import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { tokenFor } from '../support/demo';
import { createUser, uniqueName } from '../support/factories';
import { campaignClient } from '../campaigns/campaign-helpers';
import { reviewUnit } from './review-unit';

const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

/**
 * Every change to a report is in its history (#14 item 5): a granted extension and a withdrawn
 * campaign bump the report's version, so each writes a chained event that explains the next 409.
 */
describe('due-date changes in the report history', () => {
  const clock = new ManualClock(at('2026-01-07'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let fixture: Awaited<ReturnType<typeof reviewUnit>>;
  let coordinator: ReturnType<typeof campaignClient>;
  let drafter: ReturnType<typeof campaignClient>;

  beforeAll(async () => {
    api = await startApi({ clock });
    fixture = await reviewUnit(api.dataSource, api.http);
    const user = await createUser(
      api.dataSource,
      fixture.prefecture.id,
      ['coordinator'],
      uniqueName('wf-coord'),
    );
    coordinator = campaignClient(api.http, await tokenFor(api.http, user.username, user.password));
    drafter = campaignClient(api.http, await tokenFor(api.http, ...(await drafterLogin())));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  async function drafterLogin(): Promise<[string, string]> {
    const user = await createUser(api.dataSource, fixture.unit.id, ['drafter'], uniqueName('wf-asker'));
    return [user.username, user.password];
  }

  // Each test's campaign asks for its own year: the same campaign twice (issuer, year, unit) is refused.
  const issue = async (title: string, reportYear: number) => {
    const issued = await coordinator
      .issue({
        issuingUnitId: fixture.prefecture.id,
        reportYear,
        title: uniqueName(title),
        body: '请按时报送。',
        dueDate: '2026-02-27',
        targets: { unitIds: [fixture.unit.id] },
      })
      .expect(201);
    const [{ report_id: reportId }] = await api.dataSource.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id = ?',
      [issued.body.id],
    );
    return { campaignId: issued.body.id as string, reportId: reportId as string };
  };

  it('records a granted extension in the report history; the stale 409 has a visible cause', async () => {
    const { campaignId, reportId } = await issue('延期记录', 2025);
    const reports = fixture.clients.drafter;
    const before = await reports.get(reportId).expect(200);

    const asked = await drafter
      .askExtension(campaignId, { requestedDueDate: '2026-03-06', reason: '党组会推迟' })
      .expect(201);
    await coordinator
      .decide(campaignId, asked.body.id, { decision: 'grant', comment: '同意延期' })
      .expect(200);

    const stale = await reports.act(reportId, { action: 'submit', expectedVersion: before.body.version });
    expect(stale.status).toBe(409);
    const history = await reports.history(reportId).expect(200);
    expect(history.body.chain).toEqual({ verified: true });
    const last = history.body.events.at(-1);
    expect(last).toMatchObject({
      action: 'due_date_changed',
      fromState: 'drafting',
      toState: 'drafting',
      actorRole: 'coordinator',
      comment: '同意延期',
      fields: {
        dueDateBefore: '2026-02-27',
        dueDate: '2026-03-06',
        kind: 'extension_granted',
        extensionId: asked.body.id,
      },
    });
    const after = await reports.get(reportId).expect(200);
    expect(after.body.version).toBe(before.body.version + 1);
  });

  it('records a withdrawn campaign clearing the due date, and the chain still verifies', async () => {
    const { campaignId, reportId } = await issue('撤回记录', 2026);
    await coordinator.withdraw(campaignId, '通知内容有误，将重新下发').expect(200);
    const history = await fixture.clients.drafter.history(reportId).expect(200);
    expect(history.body.chain).toEqual({ verified: true });
    expect(history.body.events.at(-1)).toMatchObject({
      action: 'due_date_changed',
      comment: '通知内容有误，将重新下发',
      fields: { dueDateBefore: '2026-02-27', dueDate: null, kind: 'campaign_withdrawn', campaignId },
    });
    // Events chain on from the due-date event: a save after it still verifies.
    const current = await fixture.clients.drafter.get(reportId).expect(200);
    await fixture.clients.drafter
      .save(reportId, { basedOnRevision: current.body.currentRevision, sections: { other: '无。' } })
      .expect(201);
    const again = await fixture.clients.drafter.history(reportId).expect(200);
    expect(again.body.chain).toEqual({ verified: true });
  });
});
