import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import {
  createUnit,
  createUser,
  FACTORY_PASSWORD,
  relaxDutySeparation,
  uniqueName,
} from '../support/factories';
import { findingsOf } from '../reports/findings-helpers';
import { reportClient, submitDraft } from '../reports/report-helpers';
import { at, campaignClient, login, submitThroughChain } from './campaign-helpers';

type Api = Awaited<ReturnType<typeof startApi>>;
type Board = Record<string, unknown> & { generatedAt: string; rows: Array<Record<string, unknown>> };

/**
 * The board cache (board-cache/board-answers.ts) can never serve a stale board: for every kind of
 * write the board shows, the board read through the cache after the write equals the board the
 * same data gives with the cache off (a second API on the same database and clock,
 * BOARD_CACHE_BYTES=0), and differs from the read before it. Writes go through the API and show
 * on the next read, except the two that have no endpoint (a unit's name, a user's display name:
 * changed in the database, as an administrator's import would), which show once the fingerprint's
 * trust bound has passed. Report year 2177 is this file's alone.
 */
describe('the cached board is the board the data gives, after every kind of write', () => {
  const clock = new ManualClock(at('2178-01-10'));
  const env = { LOGIN_THROTTLE_PER_MINUTE: '10000' };
  let cached: Api;
  let uncached: Api;
  let campaignId: string;
  const users: Record<string, { username: string }> = {};
  const ids: Record<string, string> = {};

  const token = (api: Api, who: string) => login(api.http, users[who].username, FACTORY_PASSWORD);
  const read = async (api: Api, query = '', who = 'office'): Promise<Board> => {
    const res = await campaignClient(api.http, await token(api, who))
      .board(campaignId, query)
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    return res.body as Board;
  };
  const shown = ({ generatedAt: _at, ...board }: Board) => board;
  /**
   * A write made outside ReportFlow sends no change signal (TableEpochs): the board may reuse the
   * fingerprint it read for BOARD_FINGERPRINT_TRUST_MS (the default, 10 s). Every other write here
   * goes through the API and must show on the very next read.
   */
  const outsideReportFlow = () => clock.advance(10_000);
  const sql = (text: string, params: unknown[]) => cached.dataSource.query(text, params);

  beforeAll(async () => {
    cached = await startApi({ clock, env });
    uncached = await startApi({ clock, env: { ...env, BOARD_CACHE_BYTES: '0' } });
    const ds = cached.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: '呼图壁县', kind: 'government' });
    const office = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const otherCounty = await createUnit(ds, prefecture, { name: '玛纳斯县', kind: 'government' });
    const otherOffice = await createUnit(ds, otherCounty, {
      name: '玛纳斯县依法治县办',
      kind: 'rule_of_law_office',
    });
    for (const name of ['交通运输局', '司法局', '水利局']) {
      const unit = await createUnit(ds, county, { name: `呼图壁县${name}` });
      ids[name] = unit.id;
      await relaxDutySeparation(ds, unit.id);
    }
    const people: Array<[string, string, Parameters<typeof createUser>[2]]> = [
      ['office', office.id, ['coordinator']],
      ['prefectureOffice', prefecture.id, ['coordinator']],
      ['otherOffice', otherOffice.id, ['coordinator']],
      ['admin', prefecture.id, ['admin']],
      ['drafter', ids['交通运输局'], ['drafter']],
      ['reviewer', ids['交通运输局'], ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']],
      ['drafter2', ids['司法局'], ['drafter']],
      ['reviewer2', ids['司法局'], ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']],
    ];
    for (const [who, unitId, roles] of people) users[who] = await createUser(ds, unitId, roles);
    const issued = await campaignClient(cached.http, await token(cached, 'office')).issue({
      reportYear: 2177,
      title: '关于报送2177年度法治政府建设年度报告的通知',
      documentNumber: '呼法办发〔2178〕1号',
      body: '各部门：请报送本单位2177年度法治政府建设年度报告。',
      dueDate: '2178-02-20',
      targets: { unitIds: [ids['交通运输局'], ids['司法局']] },
      recipients: { main: [county.id] },
    });
    expect(issued.body).toMatchObject({ id: expect.any(String) });
    campaignId = issued.body.id;
    const targets = (await sql('SELECT unit_id, report_id FROM campaign_targets WHERE campaign_id = ?', [
      campaignId,
    ])) as Array<{ unit_id: string; report_id: string }>;
    for (const t of targets) ids[`report:${t.unit_id}`] = t.report_id;
  });
  afterAll(async () => {
    await cached?.app.close();
    await uncached?.app.close();
  });

  const client = async (who: string) => reportClient(cached.http, await token(cached, who));
  const reportOf = (unit: string) => ids[`report:${ids[unit]}`];

  /** Each kind of write the board shows, in an order that lets each one be seen. */
  const writes: Array<[string, () => Promise<unknown>, string?]> = [
    [
      'a transition (submitted for review)',
      async () => submitDraft(await client('drafter2'), reportOf('司法局')),
    ],
    [
      'a 催办 by hand (最近催办)',
      async () =>
        cached
          .http()
          .post(`/campaigns/${campaignId}/targets/${ids['司法局']}/reminders`)
          .set({ Authorization: `Bearer ${await token(cached, 'office')}` })
          .send({ message: '请抓紧报送' })
          .expect(201),
    ],
    [
      'an extension asked for',
      async () =>
        campaignClient(cached.http, await token(cached, 'drafter'))
          .askExtension(campaignId, { requestedDueDate: '2178-03-06', reason: '党组会议推迟召开' })
          .expect(201),
    ],
    [
      'a receipt (the report dispatched through its chain)',
      async () =>
        submitThroughChain(await client('drafter'), await client('reviewer'), reportOf('交通运输局'), {
          meetingBody: '党组会议',
          meetingDate: '2178-01-08',
          minutesNumber: '党组会纪要〔2178〕1号',
        }),
    ],
    [
      'a receipt returned',
      async () => {
        const office = findingsOf(await client('office'));
        const [receipt] = (await office.receipts(reportOf('交通运输局')).expect(200)).body;
        await office
          .returnReceipt(reportOf('交通运输局'), campaignId, {
            expectedVersion: receipt.version,
            comment: '请整改。',
          })
          .expect(200);
      },
    ],
    [
      'a finding raised (the 待整改 filter)',
      async () =>
        findingsOf(await client('office'))
          .raise(reportOf('交通运输局'), { campaignId, text: '第四部分未写明行政复议纠错率' })
          .expect(201),
      '?openFindings=true',
    ],
    [
      "a role holder's name (no endpoint: in the database, seen once the trust bound has passed)",
      async () => {
        await sql("UPDATE users SET display_name = '审核人改名' WHERE username = ?", [
          users.reviewer2.username,
        ]);
        outsideReportFlow();
      },
    ],
    [
      "a unit's name (no endpoint: in the database, seen once the trust bound has passed)",
      async () => {
        await sql("UPDATE units SET name = '呼图壁县司法局（改）' WHERE id = ?", [ids['司法局']]);
        outsideReportFlow();
      },
    ],
    [
      'the scoring rule',
      async () => {
        const { http, auth } = (await client('office')).raw();
        return http()
          .put(`/campaigns/${campaignId}/scoring-rule`)
          .set(auth)
          .send({
            basePoints: 90,
            perWorkingDayLate: 3,
            notSubmitted: 20,
            notPublishedByDisclosureDate: 10,
            perMissingItem: 2,
            perReturnBeyondFirst: 1,
            expectedVersion: 0,
          })
          .expect(200);
      },
    ],
    [
      'a calendar override (entered on the other API: this one still holds the old calendar)',
      async () => {
        // One or two weekdays before the deadlines become holidays: not as many as the last run of
        // this file entered (the database is shared), so that the entry always changes the board.
        const [last] = (await sql(
          'SELECT schedule FROM calendar_schedules WHERE year = 2178 ORDER BY id DESC LIMIT 1',
          [],
        )) as Array<{ schedule: unknown }>;
        const days = JSON.stringify(last?.schedule ?? null).includes('2178-01-13')
          ? ['2178-01-12']
          : ['2178-01-12', '2178-01-13'];
        await uncached
          .http()
          .put('/admin/calendar/national/2178')
          .set({ Authorization: `Bearer ${await token(uncached, 'admin')}` })
          .send({
            year: 2178,
            source: { title: '国务院办公厅关于2178年部分节假日安排的通知', note: 'board-cache e2e' },
            holidays: days.map((date) => ({ date, name: '测试假日' })),
            workdays: [],
          })
          .expect(200);
      },
    ],
    ['the China date moving over midnight', async () => clock.set(at('2178-01-11', '00:00'))],
    [
      'a unit added to the campaign',
      async () =>
        campaignClient(cached.http, await token(cached, 'office'))
          .addTargets(campaignId, { unitIds: [ids['水利局']] })
          .expect((res) => expect(res.status).toBeLessThan(300)),
    ],
  ];

  it.each(writes)(
    'after %s, the cached board is the uncached one and shows the write',
    async (_kind, write, query = '') => {
      const before = await read(cached, query);
      expect(shown(await read(cached, query))).toEqual(shown(before));
      await write();
      const after = await read(cached, query);
      expect(shown(after)).toEqual(shown(await read(uncached, query)));
      expect(shown(after)).not.toEqual(shown(before));
    },
  );

  it('never hands one caller the answer cached for another: each is asked for its own access first', async () => {
    const office = await campaignClient(cached.http, await token(cached, 'office'))
      .board(campaignId)
      .expect(200);
    const above = await campaignClient(cached.http, await token(cached, 'prefectureOffice'))
      .board(campaignId)
      .expect(200);
    // Another authority: another key and ETag, so one caller's validator never matches the other's.
    expect(above.headers.etag).not.toBe(office.headers.etag);
    const other = campaignClient(cached.http, await token(cached, 'otherOffice'));
    await other.board(campaignId).expect(404);
    await other
      .board(campaignId)
      .set('If-None-Match', office.headers.etag as string)
      .expect(404);
  });
});
