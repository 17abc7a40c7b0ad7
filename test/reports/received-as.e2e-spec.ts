import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { at, campaignClient, login, submitThroughChain } from '../campaigns/campaign-helpers';
import { dispatchNotices, reportClient } from './report-helpers';

type Client = ReturnType<typeof reportClient>;
interface Received {
  id: string;
  receivedAs: 'main' | 'copy';
}

/**
 * 收到的报告 says 主送 only for a campaign the report was dispatched to. A county justice bureau named
 * 抄送 by the 依法治县办's campaign receives a report as 抄送; a campaign the bureau issues afterwards
 * adopts that report without sending it, and one it withdraws before the dispatch reaches nothing:
 * neither makes the copy a 主送. Units and users are this file's own.
 */
describe('收到的报告: 主送 only through a campaign that received the report', () => {
  const clock = new ManualClock(at('2026-01-25'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let coordinator: ReturnType<typeof campaignClient>;
  let office: ReturnType<typeof campaignClient>;
  let justiceId: string;
  let countyId: string;
  let officeId: string;
  let reader: Client;
  /** The 依法治县办's coordinator, reading what reaches the office. */
  let officeReader: Client;
  const bureaus: Array<{ id: string; drafter: Client; reviewer: Client }> = [];

  const received = async (query = ''): Promise<Received[]> => {
    const { http, auth } = reader.raw();
    return (await http().get(`/reports/copies${query}`).set(auth).expect(200)).body as Received[];
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('收文州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: uniqueName('收文县'), kind: 'government' });
    const justice = await createUnit(ds, county, { name: '收文县司法局', kind: 'justice_bureau' });
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    justiceId = justice.id;
    countyId = county.id;
    const ruleOfLawOffice = await createUnit(ds, county, {
      name: '收文县依法治县办',
      kind: 'rule_of_law_office',
    });
    officeId = ruleOfLawOffice.id;
    const officeToken = await as(ruleOfLawOffice.id, ['coordinator']);
    office = campaignClient(api.http, officeToken);
    officeReader = reportClient(api.http, officeToken);
    coordinator = campaignClient(api.http, await as(justice.id, ['coordinator']));
    reader = reportClient(api.http, await as(justice.id, ['unit_leader']));
    for (const name of ['收文县交通运输局', '收文县水利局', '收文县林业局']) {
      const unit = await createUnit(ds, county, { name });
      await relaxDutySeparation(ds, unit.id);
      bureaus.push({
        id: unit.id,
        drafter: reportClient(api.http, await as(unit.id, ['drafter'])),
        reviewer: reportClient(
          api.http,
          await as(unit.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
        ),
      });
    }
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('a 抄送 stays a 抄送 when a campaign of the receiving office adopts the report afterwards', async () => {
    const [early] = bureaus;
    const asked = await office
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知',
        body: '各部门：请报送。',
        dueDate: '2026-02-20',
        targets: { unitIds: [early.id] },
        recipients: { copy: [justiceId] },
      })
      .expect(201);
    const reportId = (await office.board(asked.body.id).expect(200)).body.rows[0].reportId as string;
    await submitThroughChain(early.drafter, early.reviewer, reportId);
    expect(await received()).toEqual([expect.objectContaining({ id: reportId, receivedAs: 'copy' })]);

    // The justice bureau issues its own campaign (主送: itself, the issuer) to the same bureau: it
    // adopts the report already sent, which reaches it only when the unit dispatches it there.
    const adopting = await coordinator
      .issue({
        reportYear: 2025,
        title: '关于报送司法行政系统2025年度法治政府建设报告的通知',
        body: '请报送。',
        dueDate: '2026-02-25',
        targets: { unitIds: [early.id] },
      })
      .expect(201);
    expect((await coordinator.board(adopting.body.id).expect(200)).body.rows[0].reportId).toBe(reportId);
    expect(await received()).toEqual([expect.objectContaining({ id: reportId, receivedAs: 'copy' })]);
    expect(await received('?receivedAs=main')).toEqual([]);
  });

  it('a campaign withdrawn before the dispatch makes nothing a 主送, nor tells the reader so', async () => {
    const [, late] = bureaus;
    const issued = await coordinator
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知（水利）',
        body: '各部门：请报送。',
        dueDate: '2026-02-20',
        targets: { unitIds: [late.id] },
      })
      .expect(201);
    const reportId = (await coordinator.board(issued.body.id).expect(200)).body.rows[0].reportId as string;
    await coordinator.withdraw(issued.body.id, '通知有误，另行下发。').expect(200);
    await submitThroughChain(late.drafter, late.reviewer, reportId);
    await drainQueues(worker);
    expect((await received()).find((r) => r.id === reportId)).toMatchObject({ receivedAs: 'copy' });
    expect(await dispatchNotices(reader, reportId)).toEqual([
      expect.objectContaining({
        title: expect.stringMatching(/^抄送：/),
        body: expect.stringContaining('已抄送你单位'),
      }),
    ]);
  });

  it('an issuing office that addressed itself 抄送 lists it as 抄送, and is told it came under its notice', async () => {
    const [, , forestry] = bureaus;
    const issued = await office
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知（林业）',
        body: '各部门：请报送县人民政府，抄送县委依法治县办。',
        dueDate: '2026-02-20',
        targets: { unitIds: [forestry.id] },
        recipients: { main: [countyId], copy: [officeId] },
      })
      .expect(201);
    const reportId = (await office.board(issued.body.id).expect(200)).body.rows[0].reportId as string;
    await submitThroughChain(forestry.drafter, forestry.reviewer, reportId);
    await drainQueues(worker);
    const { http, auth } = officeReader.raw();
    const list = (await http().get('/reports/copies').set(auth).expect(200)).body as Received[];
    // 抄送 as its notice says, with the campaign marked as its own: it decides the report (a walk,
    // stop 57: 收到的报告 read 抄送, 仅供阅知, to the office that had to accept it).
    expect(list.find((r) => r.id === reportId)).toMatchObject({
      receivedAs: 'copy',
      campaigns: [{ id: issued.body.id, receivedAs: 'copy', issuedByYou: true }],
    });
    // Not 主送 (scenario test, stop 46), nor 抄送 beside 请接收或退回 (a walk, stop 49): the office
    // deciding the receipt is told the report came under its own notice.
    expect(await dispatchNotices(officeReader, reportId)).toEqual([
      expect.objectContaining({
        title: expect.stringMatching(/^收到报告：/),
        body: expect.stringContaining('已报送你单位（你单位下发的报送任务）'),
      }),
    ]);
  });
});
