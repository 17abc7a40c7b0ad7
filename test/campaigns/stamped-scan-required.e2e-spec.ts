import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { reportClient, step } from '../reports/report-helpers';
import { at, campaignClient, login, MEETING, submitThroughChain } from './campaign-helpers';

type Client = ReturnType<typeof reportClient>;
type Campaigns = ReturnType<typeof campaignClient>;

const pdf = (marker: string) =>
  Buffer.concat([Buffer.from(`%PDF-1.7\n%${marker}\n`, 'latin1'), Buffer.alloc(600, 0x42)]);
const SCAN_REV1 = pdf('rev1');
const SCAN_REV2 = pdf('rev2');

/**
 * 报送时须上传盖章扫描件 (#18 item 7): the 依法治县办 issues its campaign requiring the stamped scan, the
 * 州交通运输局 asks the same bureau without. The bureau's one report cannot be dispatched without a scan
 * of the revision being sent (none; then one of an earlier revision), goes with it, and every
 * recipient downloads the same bytes; a copy recipient of another campaign does not. A campaign that
 * does not require it dispatches without. Sandbox units; report years 2192 and 2193 belong to this file.
 */
describe('a campaign that requires the stamped scan', () => {
  const clock = new ManualClock(at('2193-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let office: Campaigns;
  let prefecture: Campaigns;
  let drafter: Client;
  let reviewer: Client;
  let officeReader: Client;
  let prefReader: Client;
  let copyReader: Client;
  let strangerCopyReader: Client;
  let units: Record<'transport' | 'justice' | 'otherTransport' | 'otherParty', { id: string; name: string }>;
  let officeCampaign: { id: string; title: string };
  let reportId: string;

  const upload = (content: Buffer) =>
    api
      .http()
      .post(`/reports/${reportId}/stamped-scan`)
      .set(drafter.raw().auth)
      .attach('file', content, '盖章扫描件.pdf');
  const download = (client: Client) =>
    api
      .http()
      .get(`/reports/${reportId}/stamped-scan/content`)
      .set(client.raw().auth)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const requirement = (client: Client) =>
    api.http().get(`/reports/${reportId}/stamped-scan/requirement`).set(client.raw().auth);
  const dispatch = async (id: string) => {
    const { version } = (await drafter.get(id).expect(200)).body as { version: number };
    return drafter.act(id, {
      action: 'dispatch',
      expectedVersion: version,
      fields: { documentNumber: '呼交发〔2193〕1号' },
    });
  };
  /** The internal path up to 编号发文; the meeting falls in the report year, before the clock's today. */
  const walkToDispatching = (id: string) =>
    submitThroughChain(drafter, reviewer, id, { ...MEETING, meetingDate: '2193-01-05' }, 'dispatching');

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const pref = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const prefTransport = await createUnit(ds, pref, { name: '州交通运输局', level: 'prefecture' });
    const county = await createUnit(ds, pref, { name: '呼图壁县', kind: 'government' });
    await createUnit(ds, county, { name: '中共呼图壁县委员会', kind: 'party_committee' });
    const justice = await createUnit(ds, county, { name: '呼图壁县司法局', kind: 'justice_bureau' });
    const officeUnit = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const transport = await createUnit(ds, county, { name: '呼图壁县交通运输局' });
    const otherCounty = await createUnit(ds, pref, { name: '玛纳斯县', kind: 'government' });
    const otherParty = await createUnit(ds, otherCounty, {
      name: '中共玛纳斯县委员会',
      kind: 'party_committee',
    });
    const otherOffice = await createUnit(ds, otherCounty, { name: '依法治县办', kind: 'rule_of_law_office' });
    const otherTransport = await createUnit(ds, otherCounty, { name: '玛纳斯县交通运输局' });
    units = { transport, justice, otherTransport, otherParty };
    await relaxDutySeparation(ds, transport.id);
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    const officeToken = await as(officeUnit.id, ['coordinator']);
    office = campaignClient(api.http, officeToken);
    officeReader = reportClient(api.http, officeToken);
    const prefToken = await as(prefTransport.id, ['coordinator']);
    prefecture = campaignClient(api.http, prefToken);
    prefReader = reportClient(api.http, prefToken);
    drafter = reportClient(api.http, await as(transport.id, ['drafter']));
    reviewer = reportClient(
      api.http,
      await as(transport.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );
    copyReader = reportClient(api.http, await as(justice.id, ['unit_leader']));
    strangerCopyReader = reportClient(api.http, await as(otherParty.id, ['unit_leader']));

    // Another county's campaign goes to 中共玛纳斯县委员会 (its default 主送): a recipient, but not of this report.
    const otherCoordinator = campaignClient(api.http, await as(otherOffice.id, ['coordinator']));
    const other = await otherCoordinator.issue({
      reportYear: 2192,
      title: '玛纳斯县关于报送2192年度法治政府建设年度报告的通知',
      body: '请报送。',
      dueDate: '2193-02-20',
      targets: { unitIds: [otherTransport.id] },

      requiresStampedScan: true,
    });
    if (other.status !== 201) throw new Error(`issuing the other campaign: ${JSON.stringify(other.body)}`);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('is set when issuing, shown on the campaign, and off unless asked for', async () => {
    const notBoolean = await office
      .issue({
        reportYear: 2192,
        title: '关于报送2192年度法治政府建设年度报告的通知',
        body: '请报送。',
        dueDate: '2193-02-20',
        targets: { unitIds: [units.transport.id] },
        requiresStampedScan: 'yes',
      })
      .expect(400);
    expect(JSON.stringify(notBoolean.body)).toContain('requiresStampedScan');

    const issued = await office
      .issue({
        reportYear: 2192,
        title: '关于报送2192年度法治政府建设年度报告的通知',
        documentNumber: '呼法办发〔2193〕1号',
        body: '各部门：请报送本单位2192年度法治政府建设年度报告，报送时须上传盖章扫描件。',
        dueDate: '2193-02-20',
        targets: { unitIds: [units.transport.id] },
        recipients: { copy: [units.justice.id] },
        requiresStampedScan: true,
      })
      .expect(201);
    officeCampaign = { id: issued.body.id, title: issued.body.notice.title };
    expect(issued.body.requiresStampedScan).toBe(true);
    expect((await office.get(officeCampaign.id).expect(200)).body.requiresStampedScan).toBe(true);

    const fromPrefecture = await prefecture
      .issue({
        reportYear: 2192,
        title: '关于报送交通运输系统2192年度法治政府建设报告的通知',
        body: '各县市交通运输局：请报送。',
        dueDate: '2193-02-25',
        targets: { unitIds: [units.transport.id] },
      })
      .expect(201);
    expect(fromPrefecture.body.requiresStampedScan).toBe(false);

    reportId = (await office.board(officeCampaign.id).expect(200)).body.rows[0].reportId;
    expect((await prefecture.board(fromPrefecture.body.id).expect(200)).body.rows[0].reportId).toBe(reportId);
  });

  it('refuses the dispatch while no stamped scan is uploaded, naming the campaign that requires it', async () => {
    await walkToDispatching(reportId);
    const refused = await dispatch(reportId);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      error: 'STAMPED_SCAN_REQUIRED',
      details: {
        revision: 1,
        latestScannedRevision: null,
        campaigns: [{ campaignId: officeCampaign.id, title: officeCampaign.title }],
      },
    });
    expect(refused.body.message).toContain(officeCampaign.title);
    expect(refused.body.message).toContain('upload');
    // The dispatch step can say so before the button is pressed.
    expect((await requirement(drafter).expect(200)).body).toMatchObject({
      required: true,
      requiredBy: [{ campaignId: officeCampaign.id, title: officeCampaign.title }],
      revision: 1,
      ready: false,
      latestScannedRevision: null,
    });
    // Nothing moved: still waiting for the numbered dispatch.
    expect((await drafter.get(reportId).expect(200)).body.state).toBe('dispatching');
  });

  it('does not count a scan of an earlier revision', async () => {
    await upload(SCAN_REV1).expect(201);
    // The leader takes the signature back and returns the report; the drafter revises (revision 2).
    const { version } = (await reviewer.get(reportId).expect(200)).body as { version: number };
    await reviewer.act(reportId, { action: 'withdraw', expectedVersion: version }).expect(200);
    await step(reviewer, reportId, 'return', { comment: '数据有误，请修改后重新报送。' });
    const current = (await drafter.get(reportId).expect(200)).body as { currentRevision: number };
    await drafter
      .save(reportId, {
        basedOnRevision: current.currentRevision,
        sections: completeSections(units.transport.name, 2192),
      })
      .expect(201);
    await walkToDispatching(reportId);
    const refused = await dispatch(reportId);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      error: 'STAMPED_SCAN_REQUIRED',
      details: { revision: 2, latestScannedRevision: 1 },
    });
    expect(refused.body.message).toContain('revision 1');
  });

  it('dispatches with the scan of the revision being sent', async () => {
    const scan = await upload(SCAN_REV2).expect(201);
    expect(scan.body.revision).toBe(2);
    expect((await requirement(drafter).expect(200)).body).toMatchObject({
      revision: 2,
      ready: true,
      latestScannedRevision: 2,
    });
    const sent = await dispatch(reportId);
    expect(sent.status).toBe(200);
    expect((await drafter.get(reportId).expect(200)).body.state).toBe('submitted');
    // The 司法局 named 抄送 by the office's campaign finds it among its reports received, as 抄送.
    const received = await api.http().get('/reports/copies').set(copyReader.raw().auth).expect(200);
    expect(received.body).toEqual([expect.objectContaining({ id: reportId, receivedAs: 'copy' })]);
  });

  it('lets the issuers and the copy recipient download the same bytes; a copy recipient of another campaign cannot', async () => {
    for (const reader of [officeReader, prefReader, copyReader]) {
      const meta = await api
        .http()
        .get(`/reports/${reportId}/stamped-scan`)
        .set(reader.raw().auth)
        .expect(200);
      expect(meta.body).toMatchObject({ revision: 2, sizeBytes: SCAN_REV2.length });
      const file = await download(reader).expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(file.body as Buffer, SCAN_REV2)).toBe(0);
    }
    // What the dispatch needs is the unit's business, not a copy recipient's.
    await requirement(copyReader).expect(403);
    await download(strangerCopyReader).expect(404);
    await api.http().get(`/reports/${reportId}/stamped-scan`).set(strangerCopyReader.raw().auth).expect(404);
  });

  it('dispatches without a scan when no campaign the report answers requires one', async () => {
    const issued = await office
      .issue({
        reportYear: 2193,
        title: '关于报送2193年度法治政府建设年度报告的通知',
        body: '请报送。',
        dueDate: '2194-02-20',
        targets: { unitIds: [units.transport.id] },
      })
      .expect(201);
    expect(issued.body.requiresStampedScan).toBe(false);
    const id = (await office.board(issued.body.id).expect(200)).body.rows[0].reportId as string;
    await walkToDispatching(id);
    expect((await dispatch(id)).status).toBe(200);
    expect((await drafter.get(id).expect(200)).body.state).toBe('submitted');
  });
  it('refuses sending the dispatched version to a campaign that asked later and requires the scan, until it is up', async () => {
    // The 2193 report went up without a scan; the 州交通运输局 asks afterwards, requiring one.
    const late = await prefecture
      .issue({
        reportYear: 2193,
        title: '关于报送交通运输系统2193年度法治政府建设报告的通知',
        body: '各县市交通运输局：请报送，报送时须上传盖章扫描件。',
        dueDate: '2194-02-25',
        targets: { unitIds: [units.transport.id] },
        requiresStampedScan: true,
      })
      .expect(201);
    const id = (await prefecture.board(late.body.id).expect(200)).body.rows[0].reportId as string;
    const sendLate = async () => {
      const { version } = (await drafter.get(id).expect(200)).body as { version: number };
      return api
        .http()
        .post(`/reports/${id}/receipts/${late.body.id}/dispatch`)
        .set(drafter.raw().auth)
        .send({ expectedVersion: version });
    };
    const refused = await sendLate();
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      error: 'STAMPED_SCAN_REQUIRED',
      details: { revision: 1, latestScannedRevision: null, campaigns: [{ campaignId: late.body.id }] },
    });
    await api
      .http()
      .post(`/reports/${id}/stamped-scan`)
      .set(drafter.raw().auth)
      .attach('file', pdf('late'), '盖章扫描件.pdf')
      .expect(201);
    const sent = await sendLate();
    expect(sent.status).toBe(200);
    expect(sent.body.receipt).toMatchObject({ status: 'received', revision: 1 });
  });
});
