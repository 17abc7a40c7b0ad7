import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { at, campaignClient, login, submitThroughChain } from '../campaigns/campaign-helpers';
import { reportClient, step } from '../reports/report-helpers';

/**
 * The office that issued a campaign reads the report it received live: it accepts and returns it.
 * Once its campaign is withdrawn it decides nothing there, and reads the report as it was sent to
 * it, like any other reader through a dispatch (penetration test, stop 48: it went on reading the
 * unit's later state, its withdrawal and the other offices' decisions).
 */
describe('the issuer of a withdrawn campaign reads the report as it was sent', () => {
  const clock = new ManualClock(at('2026-01-20'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let drafter: ReturnType<typeof reportClient>;
  let reviewer: ReturnType<typeof reportClient>;
  let issuer: ReturnType<typeof campaignClient>;
  let issuerReads: ReturnType<typeof reportClient>;
  let campaignId: string;
  let reportId: string;
  let otherName: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('撤回州'),
      kind: 'government',
      level: 'prefecture',
    });
    // A department one level up: it reads the county bureau's report only through its campaign.
    const prefTransport = await createUnit(ds, prefecture, {
      name: `${prefecture.name}交通运输局`,
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: uniqueName('撤回县'), kind: 'government' });
    const bureau = await createUnit(ds, county, { name: `${county.name}交通运输局` });
    // A second target that never sends: its drafting goes on after the withdrawal.
    const county2 = await createUnit(ds, prefecture, { name: uniqueName('撤回二县'), kind: 'government' });
    const other = await createUnit(ds, county2, { name: `${county2.name}交通运输局` });
    otherName = other.name;
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    drafter = reportClient(api.http, await as(bureau.id, ['drafter']));
    reviewer = reportClient(
      api.http,
      await as(bureau.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );
    await relaxDutySeparation(ds, bureau.id);
    const issuerToken = await as(prefTransport.id, ['coordinator']);
    issuer = campaignClient(api.http, issuerToken);
    issuerReads = reportClient(api.http, issuerToken);
    const issued = await issuer
      .issue({
        reportYear: 2025,
        title: '关于报送交通运输系统2025年度法治政府建设报告的通知',
        body: '请报送。',
        dueDate: '2026-02-25',
        targets: { unitIds: [bureau.id, other.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    reportId = (await issuer.board(campaignId).expect(200)).body.rows.find(
      (r: { unit: { id: string } }) => r.unit.id === bureau.id,
    ).reportId;
    await submitThroughChain(drafter, reviewer, reportId);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('reads it live while the campaign stands, as sent once it is withdrawn', async () => {
    const live = await issuerReads.get(reportId).expect(200);
    expect(live.body).toMatchObject({ state: 'submitted', copy: { asDispatched: false } });

    await issuer.withdraw(campaignId, '通知有误，另行下发。').expect(200);
    // The unit takes its dispatch back: none of a withdrawn campaign's office's business.
    await step(drafter, reportId, 'withdraw');
    expect((await drafter.get(reportId).expect(200)).body.state).toBe('dispatching');

    const after = await issuerReads.get(reportId).expect(200);
    expect(after.body).toMatchObject({ state: 'submitted', copy: { asDispatched: true } });
    const history = await issuerReads
      .raw()
      .http()
      .get(`/reports/${reportId}/history`)
      .set(issuerReads.raw().auth);
    expect(history.status).toBe(200);
    const actions = (history.body.events as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toContain('dispatch');
    expect(actions).not.toContain('withdraw');
  });

  it('shows its board as the record of what was sent: no later stage, nobody to act, no 通报 draft', async () => {
    // The unit, its campaign withdrawn, takes its dispatch back and its report moves on inside it
    // (the test above); the other target goes on drafting. A penetration test, stop 49: the
    // withdrawn campaign's board showed the internal stage, who held it and its stage deadline.
    const board = (await issuer.board(campaignId).expect(200)).body;
    expect(board.campaign.status).toBe('withdrawn');
    type Row = { reportId: string; unit: { name: string }; state: string; stage: string };
    const sent = board.rows.find((r: Row) => r.reportId === reportId);
    expect(sent).toMatchObject({
      state: 'submitted',
      stage: '已报送',
      holders: { roles: [], names: [] },
      stageDueAt: null,
      stageWorkingDaysLeft: null,
      submitted: true,
    });
    const unsent = board.rows.find((r: Row) => r.unit.name === otherName);
    expect(unsent).toMatchObject({
      state: 'not_submitted',
      stage: '未报送',
      holders: { roles: [], names: [] },
      stageDueAt: null,
      submitted: false,
    });
    expect(board.totals.byState).toMatchObject({
      submitted: 1,
      not_submitted: 1,
      dispatching: 0,
      drafting: 0,
    });
    const csv = (await issuer.csv(campaignId).expect(200)).body.toString('utf8');
    for (const live of ['编号发文', '起草中']) expect(csv).not.toContain(live);

    const draft = await api.http().get(`/campaigns/${campaignId}/notice-draft`).set(issuer.auth).expect(409);
    expect(draft.body.error).toBe('CAMPAIGN_WITHDRAWN');
  });
});
