import ExcelJS from 'exceljs';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, submitThroughChain } from './campaign-helpers';

// This file's report years: 2196 (its own units, too).
const YEAR = 2196;

type Client = ReturnType<typeof reportClient>;
type Forwardings = {
  mayRecord: boolean;
  bodies: Array<{ body: string; name: string; kind: string }>;
  targets: Array<{
    unit: { id: string; name: string };
    acceptedOn: string | null;
    bodies: Array<{
      body: string;
      current: { id: number; sentOn: string; channelLabel: string; documentNumber: string | null } | null;
      history: Array<{ id: number; supersedes: number | null; sentOn: string }>;
    }>;
  }>;
};

/**
 * 报送外部机关 (issue #17): nobody acts for 党中央、国务院 or 中央依法治国办 in the system, so the
 * 依法治区办 that asked for the region's report accepts it and sends it on itself. It records each
 * sending-on (body, date, channel, 文号) as an event of the campaign's hash chain; a correction
 * supersedes the record and both stay. Only the issuing office's coordinators record.
 */
describe('报送外部机关: the issuing office records sending the region’s report on to 党中央', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-25`));
  let api: Awaited<ReturnType<typeof startApi>>;
  const units = {} as Record<
    'region' | 'party' | 'office' | 'otherRegion' | 'otherOffice',
    { id: string; path: string; name: string }
  >;
  let office: ReturnType<typeof campaignClient>;
  let officeReports: Client;
  let drafter: Client;
  let chain: Client;
  let above: ReturnType<typeof campaignClient>;
  let sibling: ReturnType<typeof campaignClient>;
  let campaignId: string;
  let reportId: string;
  const users = {} as Record<
    'office' | 'drafter' | 'chain' | 'above' | 'sibling',
    { username: string; password: string }
  >;
  /** A fresh login after each jump of the clock: the months between acceptance and sending outlast any session. */
  async function loginAll() {
    const token = (who: keyof typeof users) => login(api.http, users[who].username, users[who].password);
    const officeToken = await token('office');
    office = campaignClient(api.http, officeToken);
    officeReports = reportClient(api.http, officeToken);
    drafter = reportClient(api.http, await token('drafter'));
    chain = reportClient(api.http, await token('chain'));
    above = campaignClient(api.http, await token('above'));
    sibling = campaignClient(api.http, await token('sibling'));
  }

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    units.region = await createUnit(ds, null, {
      name: uniqueName('自治区'),
      kind: 'government',
      level: 'province',
    });
    units.party = await createUnit(ds, units.region, {
      name: '自治区党委',
      kind: 'party_committee',
      level: 'province',
    });
    units.office = await createUnit(ds, units.party, {
      name: '自治区依法治区办',
      kind: 'rule_of_law_office',
      level: 'province',
    });
    units.otherRegion = await createUnit(ds, null, {
      name: uniqueName('另一省'),
      kind: 'government',
      level: 'province',
    });
    units.otherOffice = await createUnit(ds, units.otherRegion, {
      name: '另一省依法治省办',
      kind: 'rule_of_law_office',
      level: 'province',
    });
    users.office = await createUser(ds, units.office.id, ['coordinator']);
    users.drafter = await createUser(ds, units.region.id, ['drafter']);
    users.chain = await createUser(ds, units.region.id, [
      'dept_reviewer',
      'legal_adviser',
      'party_approver',
      'unit_leader',
    ]);
    users.above = await createUser(ds, units.region.id, ['coordinator']);
    users.sibling = await createUser(ds, units.otherOffice.id, ['coordinator']);
    await relaxDutySeparation(ds, units.region.id);
    await loginAll();

    const issued = await office
      .issue({
        issuingUnitId: units.office.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '自治区党委、自治区人民政府：请报送年度报告。',
        targets: { unitIds: [units.party.id, units.region.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const board = await office.board(campaignId).expect(200);
    reportId = board.body.rows.find((r: { unit: { id: string } }) => r.unit.id === units.region.id).reportId;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const forwardings = (client = office) =>
    api.http().get(`/campaigns/${campaignId}/forwardings`).set(client.auth);
  const record = (body: object, client = office, key?: string) => {
    const req = api.http().post(`/campaigns/${campaignId}/forwardings`).set(client.auth);
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const entry = (over: object = {}) => ({
    unitId: units.region.id,
    body: 'party_central_committee',
    sentOn: `${YEAR + 1}-03-25`,
    channel: 'confidential_courier',
    documentNumber: `新法治办〔${YEAR + 1}〕12号`,
    ...over,
  });
  const regionRow = (view: Forwardings) => view.targets.find((t) => t.unit.id === units.region.id)!;
  const bodyOf = (view: Forwardings, body: string) => regionRow(view).bodies.find((b) => b.body === body)!;

  it('lists every body the campaign names as 待报送 for each target, and refuses before acceptance', async () => {
    const view = (await forwardings().expect(200)).body as Forwardings;
    expect(view.mayRecord).toBe(true);
    expect(view.bodies.map((b) => `${b.kind}:${b.name}`)).toEqual([
      'main:党中央',
      'main:国务院',
      'copy:中央依法治国办',
    ]);
    expect(regionRow(view).acceptedOn).toBeNull();
    expect(regionRow(view).bodies.map((b) => b.current)).toEqual([null, null, null]);
    const res = await record(entry({ sentOn: `${YEAR + 1}-01-25` })).expect(409);
    expect(res.body.error).toBe('FORWARDING_NOT_ACCEPTED');
  });

  it('after acceptance refuses a date in the future or before the acceptance, saying which', async () => {
    await submitThroughChain(drafter, chain, reportId, {
      meetingBody: '政府常务会议',
      meetingDate: `${YEAR + 1}-01-20`,
      minutesNumber: `政府常务会议纪要〔${YEAR + 1}〕1号`,
    });
    clock.set(at(`${YEAR + 1}-03-20`));
    await loginAll();
    const { http, auth } = officeReports.raw();
    const receipts = await http().get(`/reports/${reportId}/receipts`).set(auth).expect(200);
    await http()
      .post(`/reports/${reportId}/receipts/${campaignId}/accept`)
      .set(auth)
      .send({ expectedVersion: receipts.body[0].version })
      .expect(200);
    clock.set(at(`${YEAR + 1}-03-26`));
    await loginAll();
    expect(regionRow((await forwardings().expect(200)).body).acceptedOn).toBe(`${YEAR + 1}-03-20`);

    const future = await record(entry({ sentOn: `${YEAR + 1}-03-27` })).expect(400);
    expect(future.body).toMatchObject({ error: 'FORWARDING_INVALID', details: { field: 'sentOn' } });
    expect(future.body.message).toContain('future');
    const early = await record(entry({ sentOn: `${YEAR + 1}-03-19` })).expect(400);
    expect(early.body.message).toContain('before the report was accepted');
    const notNamed = await record(entry({ body: 'state_council_department' })).expect(400);
    expect(notNamed.body.details.field).toBe('body');
    const badChannel = await record(entry({ channel: '快递' })).expect(400);
    expect(badChannel.body.message).toContain('机要交通');
  });

  it('only the issuing office’s coordinators record: a target’s drafter and a coordinator above 403, a sibling office 404', async () => {
    const drafterRes = await api
      .http()
      .post(`/campaigns/${campaignId}/forwardings`)
      .set(drafter.raw().auth)
      .send(entry())
      .expect(403);
    expect(drafterRes.body.error).toBe('ROLE_REQUIRED');
    const aboveRes = await record(entry(), above).expect(403);
    // Told where its role is held, not "only a coordinator may; you hold coordinator" (stop 40).
    expect(aboveRes.body).toMatchObject({ error: 'ROLE_REQUIRED', details: { heldAbove: true } });
    expect(aboveRes.body.message).toContain('held at a unit above it');
    expect(aboveRes.body.details.messageZh).toContain('您的经办人角色在其上级单位');
    // The coordinator above reads the record (the board's readers), without the button.
    expect((await forwardings(above).expect(200)).body.mayRecord).toBe(false);
    await record(entry(), sibling).expect(404);
    await forwardings(sibling).expect(404);
    expect(bodyOf((await forwardings().expect(200)).body, 'party_central_committee').current).toBeNull();
  });

  it('records once per Idempotency-Key; a second first record is refused naming the current one', async () => {
    const first = await record(entry(), office, 'forward-2196-party-1').expect(201);
    const current = bodyOf(first.body, 'party_central_committee').current!;
    expect(current).toMatchObject({
      sentOn: `${YEAR + 1}-03-25`,
      channelLabel: '机要交通',
      documentNumber: `新法治办〔${YEAR + 1}〕12号`,
    });
    expect(bodyOf(first.body, 'state_council').current).toBeNull();
    // The retry is answered, not recorded twice.
    const retried = await record(entry(), office, 'forward-2196-party-1').expect(201);
    expect(bodyOf(retried.body, 'party_central_committee').history).toHaveLength(1);
    const again = await record(entry()).expect(409);
    expect(again.body).toMatchObject({ error: 'FORWARDING_CHANGED', details: { currentId: current.id } });
  });

  it('a correction supersedes the record; both stay in the chained campaign record, which verifies', async () => {
    const before = bodyOf((await forwardings().expect(200)).body, 'party_central_committee').current!;
    const corrected = await record(
      entry({
        sentOn: `${YEAR + 1}-03-26`,
        channel: 'other',
        channelNote: '专人送达',
        // Typed on a PC with square brackets: stored as the official form prints it, 〔year〕.
        documentNumber: `新法治办[${YEAR + 1}]12号`,
        supersedes: before.id,
      }),
    ).expect(201);
    const party = bodyOf(corrected.body, 'party_central_committee');
    expect(party.current).toMatchObject({
      sentOn: `${YEAR + 1}-03-26`,
      channelLabel: '专人送达',
      documentNumber: `新法治办〔${YEAR + 1}〕12号`,
    });
    expect(party.history.map((h) => [h.sentOn, h.supersedes])).toEqual([
      [`${YEAR + 1}-03-25`, null],
      [`${YEAR + 1}-03-26`, before.id],
    ]);
    // Correcting the old one again is refused: it is no longer current.
    await record(entry({ supersedes: before.id })).expect(409);

    const events = (await office.events(campaignId).expect(200)).body as Array<{
      action: string;
      unit: { id: string } | null;
      actor: { id: string };
      details: Record<string, unknown>;
    }>;
    const forwarded = events.filter((e) => e.action === 'external_forwarded');
    expect(forwarded.map((e) => [e.unit?.id, e.details.body, e.details.sentOn, e.details.channel])).toEqual([
      [units.region.id, 'party_central_committee', `${YEAR + 1}-03-25`, 'confidential_courier'],
      [units.region.id, 'party_central_committee', `${YEAR + 1}-03-26`, 'other'],
    ]);
    expect(forwarded[1].details).toMatchObject({
      reportId,
      supersedes: before.id,
      bodyName: '党中央',
      documentNumber: `新法治办〔${YEAR + 1}〕12号`,
    });
    const verified = await api
      .http()
      .get(`/campaigns/${campaignId}/events/verification`)
      .set(office.auth)
      .expect(200);
    expect(verified.body).toEqual({ verified: true });
  });

  it('the board’s spreadsheet says, per body, 已报送 with date and channel or 待报送', async () => {
    const res = await office.xlsx(campaignId).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('报送进度')!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const header = rows[0];
    const column = header.indexOf('报送外部机关');
    expect(column).toBeGreaterThan(0);
    const region = rows.find((r) => r[0] === units.region.name)!;
    expect(region[column]).toBe(
      `党中央：已报送 ${YEAR + 1}-03-26 专人送达（新法治办〔${YEAR + 1}〕12号）；国务院：待报送；中央依法治国办：待报送`,
    );
    const party = rows.find((r) => r[0] === units.party.name)!;
    expect(party[column]).toBe('党中央：待报送；国务院：待报送；中央依法治国办：待报送');
  });
});
