import { startApi, startWorker, drainQueues } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUser, uniqueName } from '../support/factories';
import { reportClient, step, submitDraft } from '../reports/report-helpers';
import { at, campaignClient, MEETING } from './campaign-helpers';
import { ManualClock } from '@app/common';
import type { INestApplicationContext } from '@nestjs/common';

type Client = ReturnType<typeof reportClient>;

// The report year no other e2e file asks the demo units for (this file's range: 2047-2051).
const YEAR = 2047;

/**
 * 呼图壁县人民政府 reports on two lines of 厅字〔2019〕28号: to its own level's 县委 and 县人大常委会
 * (asked by the 依法治县办 on the 县委's behalf) and to 州委、州政府 with a copy to 依法治州办 (asked by
 * the 依法治州办). Neither issuer names recipients: the routing table gives them. The government
 * writes one report, dispatches it once, and each issuing office decides its own receipt.
 */
describe('a county government’s report on both of its lines, recipients from the routing table', () => {
  // In January after the report year: the meeting (dated in the year it reports on) has been held.
  const clock = new ManualClock(at(`${YEAR + 1}-01-25`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let countyOffice: ReturnType<typeof campaignClient>;
  let prefectureOffice: ReturnType<typeof campaignClient>;
  let countyOfficeReports: Client;
  let prefectureOfficeReports: Client;
  const readers = {} as Record<
    'countyParty' | 'prefectureParty' | 'prefectureGovernment' | 'otherCounty',
    Client
  >;
  const chain = {} as Record<'drafter' | 'reviewer' | 'legal' | 'party' | 'leader', Client>;
  const campaigns = {} as Record<'ownLevel' | 'levelUp', string>;
  let reportId: string;

  const receiptsOf = async (client: Client) => {
    const { http, auth } = client.raw();
    const res = await http().get(`/reports/${reportId}/receipts`).set(auth).expect(200);
    return res.body as Array<{ campaign: { id: string }; status: string; version: number }>;
  };
  const accept = async (client: Client, campaignId: string) => {
    // The versions as the reporting unit reads them: an office sees only its own line's receipt.
    const receipt = (await receiptsOf(chain.drafter)).find((r) => r.campaign.id === campaignId)!;
    const { http, auth } = client.raw();
    return http()
      .post(`/reports/${reportId}/receipts/${campaignId}/accept`)
      .set(auth)
      .send({ expectedVersion: receipt.version });
  };
  const names = (units: Array<{ name: string }>) => units.map((u) => u.name);

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    demo = await loadDemo(api.dataSource);
    const login = (username: string) => tokenFor(api.http, username);
    const countyToken = await login('htb-fzb');
    countyOffice = campaignClient(api.http, countyToken);
    countyOfficeReports = reportClient(api.http, countyToken);
    const prefectureToken = await login('cj-fzb');
    prefectureOffice = campaignClient(api.http, prefectureToken);
    prefectureOfficeReports = reportClient(api.http, prefectureToken);
    readers.countyParty = reportClient(api.http, await login('htb-xw'));
    readers.prefectureParty = reportClient(api.http, await login('cj-zw'));
    readers.prefectureGovernment = reportClient(api.http, await login('cj-zf'));
    readers.otherCounty = reportClient(api.http, await login('mns-drafter'));
    // The county government's own staff, one person per stage (its duty separation stays on).
    const staff = async (role: Parameters<typeof createUser>[2][number]) => {
      const user = await createUser(api.dataSource, demo.unitIds.htb, [role], uniqueName('htbzf'));
      return reportClient(api.http, await tokenFor(api.http, user.username, user.password));
    };
    chain.drafter = await staff('drafter');
    chain.reviewer = await staff('dept_reviewer');
    chain.legal = await staff('legal_adviser');
    chain.party = await staff('party_approver');
    chain.leader = await staff('unit_leader');
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('previews and issues the own-level line: 主送 县委、县人大常委会, asked by the 依法治县办', async () => {
    const targets = { unitIds: [demo.unitIds.htb] };
    const preview = await api
      .http()
      .post('/campaigns/default-recipients')
      .set(countyOffice.auth)
      .send({ issuingUnitId: demo.unitIds['htb-office'], targets })
      .expect(200);
    expect(preview.body).toMatchObject({
      source: 'routing_table',
      lineKind: 'government_to_own_level',
      targetCount: 1,
    });
    expect(names(preview.body.main)).toEqual(['呼图壁县委', '呼图壁县人大常委会']);
    expect(preview.body.copy).toEqual([]);

    const issued = await countyOffice
      .issue({
        issuingUnitId: demo.unitIds['htb-office'],
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '县人民政府：请向县委、县人大常委会报送年度报告。',
        targets,
      })
      .expect(201);
    campaigns.ownLevel = issued.body.id;
    expect(issued.body.recipients).toEqual({
      main: preview.body.main,
      copy: [],
      external: { main: [], copy: [] },
      perTarget: null,
    });
  });

  it('issues the line one level up: 主送 州委、州政府, 抄送 依法治州办, asked by the 依法治州办', async () => {
    const issued = await prefectureOffice
      .issue({
        issuingUnitId: demo.unitIds['cj-office'],
        reportYear: YEAR,
        title: `关于报送各县市${YEAR}年度法治建设情况报告的通知`,
        body: '各县市党委、政府：请报送年度报告。',
        targets: { unitIds: [demo.unitIds.htb] },
      })
      .expect(201);
    campaigns.levelUp = issued.body.id;
    expect(names(issued.body.recipients.main)).toEqual(['昌吉州委', '昌吉回族自治州']);
    expect(names(issued.body.recipients.copy)).toEqual(['昌吉州依法治州办']);

    const [own, up] = await Promise.all([
      countyOffice.board(campaigns.ownLevel).expect(200),
      prefectureOffice.board(campaigns.levelUp).expect(200),
    ]);
    reportId = own.body.rows[0].reportId;
    // One report answers both campaigns.
    expect(up.body.rows[0].reportId).toBe(reportId);
  });

  it('dispatches the one report once; both lines receive it and only their readers see it', async () => {
    await submitDraft(chain.drafter, reportId);
    const byState: Record<string, () => Promise<unknown>> = {
      dept_review: () => step(chain.reviewer, reportId, 'approve'),
      legal_review: () =>
        step(chain.legal, reportId, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } }),
      party_approval: () =>
        step(chain.party, reportId, 'approve', {
          fields: { ...MEETING, meetingDate: `${YEAR}-12-28` },
        }),
      leader_signoff: () => step(chain.leader, reportId, 'sign_off'),
      dispatching: () =>
        step(chain.drafter, reportId, 'dispatch', { fields: { documentNumber: '呼政发〔2048〕1号' } }),
    };
    for (let i = 0; i < 6; i += 1) {
      const { state } = (await chain.drafter.get(reportId).expect(200)).body as { state: string };
      if (state === 'submitted') break;
      const next = byState[state];
      if (!next) throw new Error(`no step from ${state}`);
      await next();
    }
    await drainQueues(worker);

    const receipts = await receiptsOf(chain.drafter);
    expect(receipts.map((r) => [r.campaign.id, r.status]).sort()).toEqual(
      [
        [campaigns.ownLevel, 'received'],
        [campaigns.levelUp, 'received'],
      ].sort(),
    );
    const dispatches = (await chain.drafter.history(reportId).expect(200)).body.events.filter(
      (e: { action: string }) => e.action === 'dispatch',
    );
    expect(dispatches).toHaveLength(1);
    // Main recipients on both lines read the dispatched report; another county does not.
    for (const reader of [readers.countyParty, readers.prefectureParty, readers.prefectureGovernment]) {
      expect((await reader.get(reportId).expect(200)).body.state).toBe('submitted');
    }
    await readers.otherCounty.get(reportId).expect(404);
  });

  it('each issuing office decides its own receipt on its own line', async () => {
    // Each office reads only its own line's receipt, and cannot decide the other's.
    expect((await receiptsOf(countyOfficeReports)).map((r) => r.campaign.id)).toEqual([campaigns.ownLevel]);
    expect((await accept(countyOfficeReports, campaigns.levelUp)).status).toBe(404);
    expect((await accept(countyOfficeReports, campaigns.ownLevel)).status).toBe(200);
    expect((await accept(prefectureOfficeReports, campaigns.levelUp)).status).toBe(200);
    const receipts = await receiptsOf(chain.drafter);
    expect(receipts.map((r) => r.status)).toEqual(['accepted', 'accepted']);
  });
});
