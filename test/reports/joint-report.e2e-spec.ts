import JSZip from 'jszip';
import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import type { Role } from '@app/workflow';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { at, campaignClient, MEETING } from '../campaigns/campaign-helpers';
import { completeSections } from '../support/content';
import { findingsOf } from './findings-helpers';
import { reportClient, step, submitDraft } from './report-helpers';

type Client = ReturnType<typeof reportClient>;

// The report year no other e2e file asks for (this file's range: 2076-2080).
const YEAR = 2076;

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * A joint 党委+政府 report (联合报告, issue #17 item 3) in a sandbox prefecture: the 依法治州办 asks a
 * county's 县委 and 县政府 to report jointly (主送 州委、州政府, 抄送 依法治州办 from the routing table).
 * The government's people write one report; both principal leaders sign it off (会签: the
 * government's, then the 县委's 书记) before it is numbered and sent; the 县委 reads it and it is the
 * 县委's one report for the year too; the sibling county never sees it; the document names both
 * units and both 签发人.
 */
describe('a joint 县委+县政府 report answered to the prefecture’s campaign', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-25`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  const units = {} as Record<
    | 'prefecture'
    | 'prefectureParty'
    | 'prefectureOffice'
    | 'county'
    | 'countyParty'
    | 'sibling'
    | 'siblingParty',
    { id: string; path: string; name: string }
  >;
  let office: ReturnType<typeof campaignClient>;
  let prefectureParty: ReturnType<typeof campaignClient>;
  const readers = {} as Record<
    'countyParty' | 'siblingParty' | 'siblingGovernment' | 'prefectureParty',
    Client
  >;
  let drafter: Client;
  let reviewer: Client;
  let campaignId: string;
  let reportId: string;

  let partyDrafter: Client;
  let DRAFTER_NAME: string;
  let PARTY_DRAFTER_NAME: string;
  // Display names are the usernames (factories); the export's 签发人 names them.
  let reviewerId: string;
  let REVIEWER_NAME: string;
  let partyLeaderId: string;
  let PARTY_LEADER_NAME: string;

  const clientIn = async (
    unitId: string,
    roles: Role[],
    made?: (user: { id: string; username: string }) => void,
  ) => {
    const user = await createUser(api.dataSource, unitId, roles, uniqueName('joint'));
    made?.(user);
    return tokenFor(api.http, user.username, FACTORY_PASSWORD);
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const demo = await loadDemo(api.dataSource);
    const province = await unitById(api.dataSource, demo.unitIds.xj);
    const ds = api.dataSource;
    const tag = uniqueName('').slice(1);
    units.prefecture = await createUnit(ds, province, {
      kind: 'government',
      level: 'prefecture',
      name: `沙盒${tag}州人民政府`,
    });
    units.prefectureParty = await createUnit(ds, units.prefecture, {
      kind: 'party_committee',
      level: 'prefecture',
      name: `中共沙盒${tag}州委员会`,
    });
    units.prefectureOffice = await createUnit(ds, units.prefectureParty, {
      kind: 'rule_of_law_office',
      level: 'prefecture',
      name: `沙盒${tag}州依法治州办`,
    });
    const county = async (place: string) => {
      const government = await createUnit(ds, units.prefecture, {
        kind: 'government',
        level: 'county',
        name: `${place}县人民政府`,
      });
      const party = await createUnit(ds, government, {
        kind: 'party_committee',
        level: 'county',
        name: `中共${place}县委员会`,
      });
      return { government, party };
    };
    ({ government: units.county, party: units.countyParty } = await county(`甲${tag}`));
    ({ government: units.sibling, party: units.siblingParty } = await county(`乙${tag}`));

    office = campaignClient(api.http, await clientIn(units.prefectureOffice.id, ['coordinator']));
    prefectureParty = campaignClient(api.http, await clientIn(units.prefectureParty.id, ['coordinator']));
    // The 县委's principal leader (书记), who signs the joint report off after the government's.
    readers.countyParty = reportClient(
      api.http,
      await clientIn(units.countyParty.id, ['unit_leader', 'drafter'], (user) => {
        partyLeaderId = user.id;
        PARTY_LEADER_NAME = user.username;
      }),
    );
    partyDrafter = reportClient(
      api.http,
      await clientIn(units.countyParty.id, ['drafter'], (user) => {
        PARTY_DRAFTER_NAME = user.username;
      }),
    );
    readers.siblingParty = reportClient(api.http, await clientIn(units.siblingParty.id, ['unit_leader']));
    readers.siblingGovernment = reportClient(api.http, await clientIn(units.sibling.id, ['drafter']));
    readers.prefectureParty = reportClient(
      api.http,
      await clientIn(units.prefectureParty.id, ['unit_leader']),
    );
    drafter = reportClient(
      api.http,
      await clientIn(units.county.id, ['drafter'], (user) => {
        DRAFTER_NAME = user.username;
      }),
    );
    // One person takes every approval in the county government (its duty separation relaxed).
    await ds.query("UPDATE units SET duty_separation = 'relaxed' WHERE id = ?", [units.county.id]);
    reviewer = reportClient(
      api.http,
      await clientIn(
        units.county.id,
        ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader'],
        (user) => {
          reviewerId = user.id;
          REVIEWER_NAME = user.username;
        },
      ),
    );
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  const issue = (jointReports: object[], unitIds = [units.county.id, units.countyParty.id]) =>
    office.issue({
      issuingUnitId: units.prefectureOffice.id,
      reportYear: YEAR,
      title: `关于报送各县${YEAR}年度法治建设情况报告的通知`,
      body: '各县党委、政府：请报送年度报告。',
      targets: { unitIds, jointReports },
    });

  it('refuses (400) a joint report of a county government with another county’s 党委', async () => {
    const res = await issue(
      [{ governmentUnitId: units.county.id, partyCommitteeUnitId: units.siblingParty.id }],
      [units.county.id, units.siblingParty.id],
    ).expect(400);
    expect(res.body.error).toBe('JOINT_REPORT_INVALID');
    expect(res.body.message).toContain(
      `${units.siblingParty.name} is not the party committee of ${units.county.name}`,
    );
  });

  it('issues one joint report for the 县委 and 县政府, 主送 州委、州政府, 抄送 依法治州办', async () => {
    const issued = await issue([
      { governmentUnitId: units.county.id, partyCommitteeUnitId: units.countyParty.id },
    ]).expect(201);
    campaignId = issued.body.id;
    expect(issued.body.recipients.main.map((u: { id: string }) => u.id)).toEqual([
      units.prefectureParty.id,
      units.prefecture.id,
    ]);
    expect(issued.body.recipients.copy.map((u: { id: string }) => u.id)).toEqual([units.prefectureOffice.id]);

    const board = await office.board(campaignId).expect(200);
    const reportIds = new Set(board.body.rows.map((r: { reportId: string }) => r.reportId));
    expect(board.body.rows).toHaveLength(2);
    expect(reportIds.size).toBe(1);
    reportId = board.body.rows[0].reportId;
    // Both rows name the government's drafter, who writes it: the 县委's row named the 县委's
    // drafters, who may not (scenario test, stop 48).
    for (const row of board.body.rows as Array<{ holders: { roles: string[]; names: string[] } }>)
      expect(row.holders).toEqual({ roles: ['drafter'], names: [DRAFTER_NAME] });
    expect(JSON.stringify(board.body.rows)).not.toContain(PARTY_DRAFTER_NAME);

    const detail = await drafter.get(reportId).expect(200);
    expect(detail.body.unit).toEqual({ id: units.county.id, name: units.county.name });
    expect(detail.body.coReportingUnit).toEqual({ id: units.countyParty.id, name: units.countyParty.name });
    expect(detail.body.title).toBe(
      `${units.countyParty.name} ${units.county.name}关于${YEAR}年度法治政府建设情况的报告`,
    );
    // One campaign asks for it once, though it has a row per reporting unit (a walk, stop 49: its
    // 报送截止 was printed twice).
    expect(detail.body.campaigns.map((c: { campaignId: string }) => c.campaignId)).toEqual([campaignId]);
  });

  it('an extension granted to the 政府 moves the 县委’s row too: one report, one date, one request', async () => {
    const before = await office.board(campaignId).expect(200);
    const due = before.body.rows[0].dueDate as string;
    const later = new Date(Date.parse(`${due}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    const ask = (client: Client, unitId: string) => {
      const { http, auth } = client.raw();
      return http()
        .post(`/campaigns/${campaignId}/extensions`)
        .set(auth)
        .send({ unitId, requestedDueDate: later, reason: '统计数据待核' });
    };
    const asked = await ask(drafter, units.county.id).expect(201);
    // The 县委's drafter asks for the same report meanwhile: the one request stands.
    const again = await ask(partyDrafter, units.countyParty.id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'EXTENSION_PENDING' });
    await office.decide(campaignId, asked.body.id, { decision: 'grant' }).expect(200);
    // The 县委's row kept the old date and would have been scored late (a walk, stop 50).
    const after = await office.board(campaignId).expect(200);
    expect(
      (after.body.rows as Array<{ unit: { id: string }; dueDate: string; extended: boolean }>)
        .map((r) => [r.unit.id, r.dueDate, r.extended])
        .sort(),
    ).toEqual(
      [
        [units.county.id, later, true],
        [units.countyParty.id, later, true],
      ].sort(),
    );
  });

  it('the 政府 and the 县委 asking at the same moment: one request stands, the other is refused', async () => {
    const due = (await office.board(campaignId).expect(200)).body.rows[0].dueDate as string;
    const later = new Date(Date.parse(`${due}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
    const ask = (client: Client, unitId: string) => {
      const { http, auth } = client.raw();
      return http()
        .post(`/campaigns/${campaignId}/extensions`)
        .set(auth)
        .send({ unitId, requestedDueDate: later, reason: '两家同时申请' });
    };
    // Both passed the check and both were granted: the date moved twice (penetration test, stop 52).
    // A few rounds, as a race may go either way; each round's winner is refused to clear the way.
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all([
        ask(drafter, units.county.id),
        ask(partyDrafter, units.countyParty.id),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const loser = answers.find((a) => a.status === 409)!;
      expect(loser.body).toMatchObject({ error: 'EXTENSION_PENDING' });
      const winner = answers.find((a) => a.status === 201)!;
      expect(winner.body.dueDateBefore).toBe(due);
      await office
        .decide(campaignId, winner.body.id, { decision: 'refuse', comment: '不予延期' })
        .expect(200);
    }
  });

  it('a 催办 of either row presses the one report: the other row is not pressed again that day', async () => {
    const token = await clientIn(units.prefectureOffice.id, ['coordinator']);
    const urge = (unitId: string) =>
      api
        .http()
        .post(`/campaigns/${campaignId}/targets/${unitId}/reminders`)
        .set({ Authorization: `Bearer ${token}` })
        .send({ message: '请抓紧起草。' });
    await urge(units.county.id).expect(201);
    // The same people, the same report (a walk, stop 50: the 县委's row still offered 催办).
    const again = await urge(units.countyParty.id);
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('URGED_TODAY');
    const board = await office.board(campaignId).expect(200);
    expect(
      (board.body.rows as Array<{ urgeCount: number; lastUrgedAt: string | null }>).map((r) => [
        r.urgeCount,
        r.lastUrgedAt !== null,
      ]),
    ).toEqual([
      [1, true],
      [1, true],
    ]);
  });

  it('is the 县委’s one report for the year: a second campaign asking the 县委 gets it too', async () => {
    // The 州委 issues with the default recipients: the routing table's 主送 州委、州政府, 抄送 the
    // 依法治州办 held below the 州委 (refused 400 RECIPIENT_INVALID before: it sits below the issuer).
    const issued = await prefectureParty
      .issue({
        issuingUnitId: units.prefectureParty.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度党委法治建设情况的通知`,
        body: '各县委：请报送年度报告。',
        targets: { unitIds: [units.countyParty.id] },
      })
      .expect(201);
    expect(issued.body.recipients.main.map((u: { id: string }) => u.id)).toEqual([
      units.prefectureParty.id,
      units.prefecture.id,
    ]);
    expect(issued.body.recipients.copy.map((u: { id: string }) => u.id)).toEqual([units.prefectureOffice.id]);
    const board = await prefectureParty.board(issued.body.id).expect(200);
    expect(board.body.rows.map((r: { reportId: string }) => r.reportId)).toEqual([reportId]);
  });

  it('the 县委 reads it but does not write it; the sibling county sees nothing', async () => {
    const read = await readers.countyParty.get(reportId).expect(200);
    expect(read.body.allowedActions).toEqual([]);
    const listed = async (client: Client) => {
      const { http, auth } = client.raw();
      const res = await http().get(`/reports?reportYear=${YEAR}`).set(auth).expect(200);
      return res.body.map((r: { id: string }) => r.id);
    };
    expect(await listed(readers.countyParty)).toContain(reportId);
    expect(await listed(readers.siblingParty)).not.toContain(reportId);
    const save = await readers.countyParty.save(reportId, {
      basedOnRevision: 0,
      sections: { measures: '改写' },
    });
    expect(save.status).toBe(403);
    await readers.siblingParty.get(reportId).expect(404);
    await readers.siblingGovernment.get(reportId).expect(404);
    // 州委 is a main recipient: nothing dispatched to it yet, so nothing to read.
    await readers.prefectureParty.get(reportId).expect(404);
  });

  it('cannot be numbered or sent with the government’s signature alone; the 党委’s drafter cannot sign', async () => {
    await submitDraft(drafter, reportId);
    const byState: Record<string, () => Promise<unknown>> = {
      dept_review: () => step(reviewer, reportId, 'approve'),
      legal_review: () =>
        step(reviewer, reportId, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } }),
      party_approval: () =>
        step(reviewer, reportId, 'approve', {
          fields: { ...MEETING, meetingBody: '政府常务会议', meetingDate: `${YEAR}-12-28` },
        }),
      leader_signoff: () => step(reviewer, reportId, 'sign_off'),
    };
    for (let i = 0; i < 5; i += 1) {
      const { state } = (await drafter.get(reportId).expect(200)).body as { state: string };
      if (state === 'co_leader_signoff') break;
      const next = byState[state];
      if (!next) throw new Error(`no step from ${state}`);
      await next();
    }
    const waiting = (await drafter.get(reportId).expect(200)).body;
    expect(waiting.state).toBe('co_leader_signoff');
    expect(waiting.deliberation.signOff.signedBy.id).toBe(reviewerId);
    expect(waiting.deliberation.coSignOff).toBeNull();
    // One signature: nobody numbers and sends it, nor signs in the 党委 leader's place.
    const dispatch = await drafter.act(reportId, {
      action: 'dispatch',
      expectedVersion: waiting.version,
      fields: { documentNumber: `甲政发〔${YEAR + 1}〕1号` },
    });
    expect(dispatch.status).toBe(409);
    expect(dispatch.body.error).toBe('ACTION_NOT_ALLOWED_IN_STATE');
    for (const notTheirs of [partyDrafter, reviewer]) {
      const signed = await notTheirs.act(reportId, { action: 'sign_off', expectedVersion: waiting.version });
      expect(signed.status).toBe(403);
      expect(signed.body.error).toBe('ROLE_REQUIRED');
      expect(signed.body.details.needed).toContain('co_reporting_leader');
    }
    expect((await partyDrafter.get(reportId).expect(200)).body.allowedActions).toEqual([]);
    const forLeader = (await readers.countyParty.get(reportId).expect(200)).body.allowedActions;
    expect(forLeader.map((a: { action: string }) => a.action)).toEqual(['sign_off', 'return']);
    // It waits in the 书记's 我的待办 with its stage deadline (a walk, stop 49: it was empty), and
    // in nobody else's of the 党委.
    const queued = (await readers.countyParty.workQueue().expect(200)).body as Array<{
      id: string;
      stageDueAt: string | null;
      allowedActions: Array<{ action: string }>;
    }>;
    expect(queued.filter((q) => q.id === reportId)).toEqual([
      expect.objectContaining({ stageDueAt: waiting.stageDueAt, allowedActions: expect.any(Array) }),
    ]);
    expect((await partyDrafter.workQueue().expect(200)).body.map((q: { id: string }) => q.id)).not.toContain(
      reportId,
    );
    // The 书记 is told it waits on the 党委's signature.
    await drainQueues(worker);
    const { http, auth } = readers.countyParty.raw();
    const inbox = await http().get('/notifications').set(auth).expect(200);
    expect(JSON.stringify(inbox.body)).toContain('党委主要负责人签发');
  });

  it('with both signatures it is numbered and sent; recipients read it; the document names both units and both 签发人', async () => {
    await step(readers.countyParty, reportId, 'sign_off');
    const signed = (await drafter.get(reportId).expect(200)).body;
    expect(signed.state).toBe('dispatching');
    expect(signed.deliberation.coSignOff.signedBy.id).toBe(partyLeaderId);
    await step(drafter, reportId, 'dispatch', { fields: { documentNumber: `甲政发〔${YEAR + 1}〕1号` } });
    await drainQueues(worker);
    expect((await readers.countyParty.get(reportId).expect(200)).body.state).toBe('submitted');
    expect((await readers.prefectureParty.get(reportId).expect(200)).body.copyOnly).toBe(true);
    await readers.siblingParty.get(reportId).expect(404);

    const { http, auth } = readers.countyParty.raw();
    const file = await http()
      .get(`/reports/${reportId}/export.docx`)
      .set(auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const xml = await (await JSZip.loadAsync(file.body as Buffer)).file('word/document.xml')!.async('string');
    const title = `${units.countyParty.name} ${units.county.name}关于${YEAR}年度法治政府建设情况的报告`;
    expect(xml).toContain(title);
    const signature = xml.slice(xml.lastIndexOf(units.countyParty.name));
    expect(signature).toContain(units.county.name);
    // 签发人: the government's principal leader, then the 县委's.
    expect(xml).toMatch(new RegExp(`签发人[^]*${REVIEWER_NAME}[^]*${PARTY_LEADER_NAME}`));
  });

  it('the 县委 reads the findings raised on the joint report; answering them stays with the government', async () => {
    const raiser = findingsOf(
      reportClient(api.http, await clientIn(units.prefectureOffice.id, ['coordinator'])),
    );
    const raised = await raiser
      .raise(reportId, { campaignId, text: '第二部分未写明党委履行推进法治建设第一责任人职责情况' })
      .expect(201);
    const seen = await findingsOf(readers.countyParty).list(reportId).expect(200);
    expect(seen.body.items.map((f: { id: string }) => f.id)).toEqual([raised.body.id]);
    await findingsOf(readers.siblingParty).list(reportId).expect(404);
    const answer = {
      expectedVersion: raised.body.version,
      measures: '已补充',
      completedOn: `${YEAR + 1}-02-10`,
    };
    // The government is above the 县委 in the tree, out of its people's reach: answering is not theirs.
    await findingsOf(readers.countyParty).answer(raised.body.id, answer).expect(404);
    await findingsOf(drafter).answer(raised.body.id, answer).expect(200);
  });

  it('holds the government’s own report of last year against the joint report for the government, never for the 县委', async () => {
    // Last year the government reported alone: the 县委 was not part of that report and reads none of
    // it, not even as 跟进核对 of the joint report it reads (review, stop 53: it read the plan).
    const lastYear = await drafter.create({ unitId: units.county.id, reportYear: YEAR - 1 }).expect(201);
    await drafter
      .save(lastYear.body.id, { basedOnRevision: 0, sections: completeSections(units.county.name, YEAR - 1) })
      .expect(201);
    const followThrough = (client: Client) => {
      const { http, auth } = client.raw();
      return http().get(`/reports/${reportId}/follow-through`).set(auth).expect(200);
    };
    const own = (await followThrough(drafter)).body;
    expect(own.lastYearReportId).toBe(lastYear.body.id);
    expect(own.entries.length).toBeGreaterThan(0);
    await readers.countyParty.get(lastYear.body.id).expect(404);
    const party = (await followThrough(readers.countyParty)).body;
    expect(party).toMatchObject({ lastYearReportId: null, entries: [], lastYearFindings: [] });
    expect(JSON.stringify(party)).not.toContain('继续加强执法队伍建设');
  });

  it('a county that began its government’s report by hand is still asked jointly: the campaign makes the joint report', async () => {
    // The hand-made report answered every campaign as the unit's one report, and a joint pair met it as a
    // conflict: the whole campaign was refused (review, stop 52).
    const early = await readers.siblingGovernment
      .create({ unitId: units.sibling.id, reportYear: YEAR })
      .expect(201);
    const issued = await office
      .issue({
        issuingUnitId: units.prefectureOffice.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治建设情况联合报告的通知（乙县）`,
        body: '乙县县委、县政府：请联合报送年度报告。',
        targets: {
          unitIds: [units.sibling.id, units.siblingParty.id],
          jointReports: [{ governmentUnitId: units.sibling.id, partyCommitteeUnitId: units.siblingParty.id }],
        },
      })
      .expect(201);
    const rows = (await office.board(issued.body.id).expect(200)).body.rows as Array<{ reportId: string }>;
    expect(new Set(rows.map((r) => r.reportId)).size).toBe(1);
    expect(rows[0].reportId).not.toBe(early.body.id);
    // The hand-made text is still there, the unit's own, answering no campaign.
    expect((await readers.siblingGovernment.get(early.body.id).expect(200)).body.campaigns).toEqual([]);
  });
});
