import JSZip from 'jszip';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUser, relaxDutySeparation } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, countyWithBodies, login, submitThroughChain } from './campaign-helpers';

// This file's report year (its own units, too): 2194.
const YEAR = 2194;

type Client = ReturnType<typeof reportClient>;
type Ref = { id: string; name: string };

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** The text of each paragraph of a .docx's main part. */
const paragraphs = (xml: string) =>
  xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((t) => t !== '');

/**
 * Per-target recipients (issue #17): the 依法治县办 sends one notice to the 县政府 and two of the
 * county's bureaus, as real notices do. Their lines differ under 厅字〔2019〕28号: the government
 * reports to 县委 and 县人大常委会; a bureau to 县委 and 县政府 with a copy to the 依法治县办. Each
 * report goes to its own line's recipients: the exported 公文 prints them, and a recipient of one
 * line never reads a report of the other.
 */
describe('one campaign to a county government and its bureaus: each target’s own 主送/抄送', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-25`));
  let api: Awaited<ReturnType<typeof startApi>>;
  const units = {} as Record<
    'prefecture' | 'county' | 'party' | 'congress' | 'office' | 'transport' | 'market',
    { id: string; path: string; name: string }
  >;
  let office: ReturnType<typeof campaignClient>;
  let officeReports: Client;
  const staff = {} as Record<'county' | 'transport' | 'market', { drafter: Client; chain: Client }>;
  const readers = {} as Record<'party' | 'congress', Client>;
  let campaignId: string;
  const reportOf = {} as Record<'county' | 'transport' | 'market', string>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const tree = await countyWithBodies(ds, '呼图壁', { transport: '交通运输局', market: '市场监督管理局' });
    Object.assign(units, tree, tree.bureaus);
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    const officeToken = await as(units.office.id, ['coordinator']);
    office = campaignClient(api.http, officeToken);
    officeReports = reportClient(api.http, officeToken);
    for (const key of ['county', 'transport', 'market'] as const) {
      staff[key] = {
        drafter: reportClient(api.http, await as(units[key].id, ['drafter'])),
        chain: reportClient(
          api.http,
          await as(units[key].id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
        ),
      };
      await relaxDutySeparation(ds, units[key].id);
    }
    readers.party = reportClient(api.http, await as(units.party.id, ['unit_leader']));
    readers.congress = reportClient(api.http, await as(units.congress.id, ['unit_leader']));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const targets = () => ({ unitIds: [units.county.id, units.transport.id, units.market.id] });
  const ref = (key: keyof typeof units): Ref => ({ id: units[key].id, name: units[key].name });
  const governmentLine = () => ({
    targets: [ref('county')],
    main: [ref('party'), ref('congress')],
    copy: [],
    external: { main: [], copy: [] },
  });
  const bureauLine = () => ({
    targets: [ref('transport'), ref('market')],
    main: [ref('party'), ref('county')],
    copy: [ref('office')],
    external: { main: [], copy: [] },
  });
  const byTargetCount = <T extends { targets: Ref[] }>(groups: T[]) =>
    [...groups].sort((a, b) => a.targets.length - b.targets.length);

  it('previews a list per line: 县政府 to 县委、县人大常委会; the bureaus to 县委、县政府, 抄送 依法治县办', async () => {
    const preview = await api
      .http()
      .post('/campaigns/default-recipients')
      .set(office.auth)
      .send({ issuingUnitId: units.office.id, targets: targets() })
      .expect(200);
    expect(preview.body).toMatchObject({ source: 'per_target', main: [], copy: [], targetCount: 3 });
    const groups = byTargetCount(preview.body.groups as Array<{ targets: Ref[]; lineKind: string }>);
    // This file's county has no prefecture bureaus above it: the department one level up is missing,
    // but the 依法治县办's notice never asks for that part of the bureaus' line, so it names nothing
    // missing (a walk and external QA, stop 53, were sent to an administrator for it).
    expect(groups).toEqual([
      { ...governmentLine(), lineKind: 'government_to_own_level', unresolved: [] },
      { ...bureauLine(), lineKind: 'department', unresolved: [] },
    ]);
  });

  it('issues one campaign that stores each target’s recipients', async () => {
    const issued = await office
      .issue({
        issuingUnitId: units.office.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '县人民政府，县直各部门：请报送年度报告。',
        targets: targets(),
      })
      .expect(201);
    campaignId = issued.body.id;
    const stored = (await office.get(campaignId).expect(200)).body.recipients;
    expect(stored.main).toEqual([]);
    expect(byTargetCount(stored.perTarget)).toEqual([governmentLine(), bureauLine()]);
    const board = await office.board(campaignId).expect(200);
    for (const key of ['county', 'transport', 'market'] as const) {
      reportOf[key] = board.body.rows.find((r: { unit: { id: string } }) => r.unit.id === units[key].id)
        .reportId as string;
    }
  });

  it('shows a target’s reader its own line only, not every other target of the notice', async () => {
    const { http, auth } = staff.transport.drafter.raw();
    const seen = (await http().get(`/campaigns/${campaignId}`).set(auth).expect(200)).body.recipients;
    expect(seen.perTarget).toEqual([{ ...bureauLine(), targets: [ref('transport')] }]);
  });

  it('dispatches each report to its own line: the 公文 prints its 主送 and 抄送', async () => {
    for (const key of ['county', 'transport', 'market'] as const) {
      await submitThroughChain(staff[key].drafter, staff[key].chain, reportOf[key], {
        meetingBody: key === 'county' ? '政府常务会议' : '局党组会议',
        meetingDate: `${YEAR + 1}-01-20`,
        minutesNumber: `会议纪要〔${YEAR + 1}〕1号`,
      });
    }
    const printed = async (key: 'county' | 'transport' | 'market') => {
      const res = await api
        .http()
        .get(`/reports/${reportOf[key]}/export.docx`)
        .set(officeReports.raw().auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const xml = await (
        await JSZip.loadAsync(res.body as Buffer)
      )
        .file('word/document.xml')!
        .async('string');
      const texts = paragraphs(xml);
      return {
        main: texts.filter((t) => t.endsWith('：') && t.includes(units.party.name)),
        copy: texts.filter((t) => t.startsWith('抄送：')),
      };
    };
    expect(await printed('county')).toEqual({
      main: [`${units.party.name}、${units.congress.name}：`],
      copy: [],
    });
    for (const key of ['transport', 'market'] as const) {
      expect(await printed(key)).toEqual({
        // The county government in full, as a 公文 names it (external QA, stop 53).
        main: [`${units.party.name}、${units.county.name}人民政府：`],
        copy: [`抄送：${units.office.name}。`],
      });
    }
  });

  it('lets each line’s recipients read its reports only: 县人大常委会 never reads a bureau’s (404)', async () => {
    // 县委 is on both lines.
    for (const key of ['county', 'transport', 'market'] as const)
      expect((await readers.party.get(reportOf[key]).expect(200)).body.state).toBe('submitted');
    // 县人大常委会 is on the government's line only.
    expect((await readers.congress.get(reportOf.county).expect(200)).body.state).toBe('submitted');
    await readers.congress.get(reportOf.transport).expect(404);
    await readers.congress.get(reportOf.market).expect(404);
    // The issuing office keeps the work queue: one receipt per report, its own.
    const { http, auth } = officeReports.raw();
    for (const key of ['county', 'transport', 'market'] as const) {
      const receipts = await http().get(`/reports/${reportOf[key]}/receipts`).set(auth).expect(200);
      expect(receipts.body.map((r: { campaign: { id: string } }) => r.campaign.id)).toEqual([campaignId]);
    }
  });

  it('tells the office how each report was addressed to it: 抄送 by the bureaus, 报送 by the 县政府 (unnamed there)', async () => {
    const { http, auth } = officeReports.raw();
    const received = (await http().get('/reports/copies').set(auth).expect(200)).body as Array<{
      id: string;
      receivedAs: string;
    }>;
    const as = (key: 'county' | 'transport' | 'market') =>
      received.find((r) => r.id === reportOf[key])?.receivedAs;
    // The office decides all three; the printed 公文 of a bureau names it 抄送, and so does its list
    // (review, stop 47: it used to read 主送 for every report of its own campaign).
    // The 县政府's 公文 names 县委 and 县人大常委会 主送 and the office nowhere: it is not 主送 either,
    // but 报送 under its own notice, to accept or return (a walk, stop 49).
    expect({ county: as('county'), transport: as('transport'), market: as('market') }).toEqual({
      county: 'issuer',
      transport: 'copy',
      market: 'copy',
    });
    const only = async (receivedAs: string) =>
      (
        (await http().get(`/reports/copies?receivedAs=${receivedAs}`).set(auth).expect(200)).body as Array<{
          id: string;
        }>
      )
        .map((r) => r.id)
        .filter((id) => Object.values(reportOf).includes(id))
        .sort();
    expect(await only('issuer')).toEqual([reportOf.county]);
    expect(await only('main')).toEqual([]);
    expect(await only('copy')).toEqual([reportOf.transport, reportOf.market].sort());
  });
});
