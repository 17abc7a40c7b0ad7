import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';
import { reportClient, step, submitDraft } from './report-helpers';

type Client = ReturnType<typeof reportClient>;
type HistoryEvent = {
  action: string;
  fromState: string | null;
  toState: string;
  actor: { username: string };
  fields: Record<string, string> | null;
};

/**
 * Issue #17 item 4: the unit's own body deliberates, 原则通过 keeps the meeting, the principal
 * leader signs off and the office dispatches under the unit's 文号; a recipient's correction needs
 * only a new sign-off, its explicit request for re-deliberation a new meeting.
 */
describe('deliberation, sign-off and dispatch', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let bureauId: string;
  const as = {} as Record<
    'drafter' | 'reviewer' | 'legal' | 'party' | 'leader' | 'coordinator' | 'admin',
    Client
  >;
  const names = {} as Record<keyof typeof as, string>;
  let adminAuth: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    const demo = await loadDemo(api.dataSource);
    // A prefecture of its own keeps these reports out of the campaigns other tests issue.
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    const prefecture = await createUnit(api.dataSource, xj, {
      name: uniqueName('审议州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(api.dataSource, prefecture, {
      name: '审议县',
      kind: 'government',
      level: 'county',
    });
    const bureau = await createUnit(api.dataSource, county, {
      name: '审议县交通运输局',
      kind: 'department',
      level: 'county',
    });
    bureauId = bureau.id;
    const people = [
      ['drafter', bureau.id, 'drafter'],
      ['reviewer', bureau.id, 'dept_reviewer'],
      ['legal', bureau.id, 'legal_adviser'],
      ['party', bureau.id, 'party_approver'],
      ['leader', bureau.id, 'unit_leader'],
      ['coordinator', prefecture.id, 'coordinator'],
      ['admin', county.id, 'admin'],
    ] as const;
    for (const [key, unitId, role] of people) {
      const user = await createUser(api.dataSource, unitId, [role], uniqueName(`delib-${key}`));
      names[key] = user.username;
      as[key] = reportClient(api.http, await tokenFor(api.http, user.username, user.password));
    }
    adminAuth = as.admin.raw().auth;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const meetingOf = (year: number) => ({
    meetingDate: `${year + 1}-01-20`,
    minutesNumber: `局长办公会纪要〔${year + 1}〕2号`,
  });

  /** Drafted, reviewed and at the deliberation. */
  async function atDeliberation(year: number): Promise<string> {
    const created = await as.drafter.create({ unitId: bureauId, reportYear: year }).expect(201);
    const id = created.body.id as string;
    await submitDraft(as.drafter, id);
    await step(as.reviewer, id, 'approve');
    await step(as.legal, id, 'approve', { fields: { opinion: '经审查，合法合规。' } });
    return id;
  }

  async function signAndDispatch(id: string, documentNumber: string) {
    await step(as.leader, id, 'sign_off');
    return step(as.drafter, id, 'dispatch', { fields: { documentNumber } });
  }

  async function events(id: string): Promise<HistoryEvent[]> {
    return (await as.drafter.history(id).expect(200)).body.events as HistoryEvent[];
  }

  /** Meetings on record: steps out of the deliberation that recorded minutes. */
  const meetings = (history: HistoryEvent[]) =>
    history.filter((e) => e.fromState === 'party_approval' && e.fields?.minutesNumber);

  it('the unit names its deliberating body; an unknown body is refused with the choices', async () => {
    const { http } = as.admin.raw();
    const wrong = await http()
      .put(`/units/${bureauId}/deliberation-body`)
      .set(adminAuth)
      .send({ deliberationBody: '党组会' })
      .expect(400);
    expect(wrong.body.message).toEqual(expect.stringContaining('党组会议, 局党委会议, 局长办公会议'));
    const drafterTry = await http()
      .put(`/units/${bureauId}/deliberation-body`)
      .set(as.drafter.raw().auth)
      .send({ deliberationBody: '局长办公会议' });
    expect(drafterTry.status).toBe(403);

    const set = await http()
      .put(`/units/${bureauId}/deliberation-body`)
      .set(adminAuth)
      .send({ deliberationBody: '局长办公会议' })
      .expect(200);
    expect(set.body).toEqual({
      unitId: bureauId,
      deliberationBody: '局长办公会议',
      effective: '局长办公会议',
    });
  });

  it('原则通过 → the drafter fixes → sign-off and 文号 without a second meeting; history shows who signed', async () => {
    const id = await atDeliberation(2023);
    const waiting = await as.party.get(id).expect(200);
    expect(waiting.body.stateLabel).toBe('集体审议（局长办公会议）');
    const queue = (await as.party.workQueue().expect(200)).body as Array<{ id: string; stateLabel: string }>;
    expect(queue.find((item) => item.id === id)?.stateLabel).toBe('集体审议（局长办公会议）');
    expect(waiting.body.allowedActions.map((a: { action: string }) => a.action).sort()).toEqual([
      'approve',
      'approve_in_principle',
      'return',
    ]);
    // The meeting's body is offered with the value it takes when left out, not as required.
    const approve = waiting.body.allowedActions.find((a: { action: string }) => a.action === 'approve');
    expect(approve).toMatchObject({
      requiredFields: ['meetingDate', 'minutesNumber'],
      fieldDefaults: { meetingBody: '局长办公会议' },
    });

    // The meeting's body is the unit's own when the approver does not name it.
    await step(as.party, id, 'approve_in_principle', {
      comment: '原则通过，第三部分补充主要负责人履职情况。',
      // Typed on a PC with square brackets: recorded with 〔〕, as official documents print it.
      fields: { ...meetingOf(2023), minutesNumber: '局长办公会纪要[2024]2号' },
    });
    const back = await as.drafter.get(id).expect(200);
    expect(back.body).toMatchObject({ state: 'drafting', returnCount: 0 });
    expect(back.body.deliberation.meeting).toEqual({
      body: '局长办公会议',
      date: '2024-01-20',
      minutesNumber: '局长办公会纪要〔2024〕2号',
      stands: true,
    });
    expect(back.body.allowedActions).toEqual([
      expect.objectContaining({ action: 'submit', to: 'leader_signoff' }),
    ]);

    await as.drafter
      .save(id, {
        basedOnRevision: back.body.currentRevision,
        sections: {
          leadersDuty: `${back.body.sections.leadersDuty as string}\n局长主持法治专题会议4次，带头讲法治课。`,
        },
      })
      .expect(201);
    expect((await step(as.drafter, id, 'submit')).report.state).toBe('leader_signoff');
    await step(as.leader, id, 'sign_off');

    const current = await as.drafter.get(id).expect(200);
    const badNumber = await as.drafter
      .act(id, {
        action: 'dispatch',
        expectedVersion: current.body.version,
        fields: { documentNumber: '2024年3号' },
      })
      .expect(400);
    expect(badNumber.body).toMatchObject({ error: 'FIELD_INVALID', message: expect.stringContaining('〔') });
    // （2024） as typed on a PC is the same 文号: accepted and recorded as 〔2024〕.
    const dispatched = await step(as.drafter, id, 'dispatch', {
      fields: { documentNumber: '审交发（2024）3号' },
    });
    expect(dispatched.report.state).toBe('submitted');

    const history = await events(id);
    expect(meetings(history)).toHaveLength(1);
    const signed = history.find((e) => e.action === 'sign_off');
    expect(signed?.actor.username).toBe(names.leader);
    expect(history.find((e) => e.action === 'dispatch')?.fields).toEqual({
      documentNumber: '审交发〔2024〕3号',
    });
    const detail = await as.coordinator.get(id).expect(200);
    expect(detail.body.deliberation).toMatchObject({
      body: '局长办公会议',
      signOff: { signedBy: { username: names.leader } },
      documentNumber: '审交发〔2024〕3号',
    });
  });

  it('a recipient’s correction goes to sign-off only; needsRedeliberation sends it through the meeting again', async () => {
    const id = await atDeliberation(2024);
    await step(as.party, id, 'approve', { fields: meetingOf(2024) });
    await signAndDispatch(id, '审交发〔2025〕1号');

    await step(as.coordinator, id, 'return', { comment: '附件第2页缺失，请补正。' });
    expect((await step(as.drafter, id, 'submit')).report.state).toBe('leader_signoff');
    await signAndDispatch(id, '审交发〔2025〕2号');
    expect(meetings(await events(id))).toHaveLength(1);

    await step(as.coordinator, id, 'return', {
      comment: '主要举措与年度考核结果不符，请重新集体审议。',
      fields: { needsRedeliberation: 'true' },
    });
    const cleared = await as.drafter.get(id).expect(200);
    expect(cleared.body.deliberation.meeting).toMatchObject({ stands: false });
    expect((await step(as.drafter, id, 'submit')).report.state).toBe('dept_review');
    await step(as.reviewer, id, 'approve');
    await step(as.legal, id, 'approve', { fields: { opinion: '同意。' } });
    // The new deliberation is a new meeting: not the cleared one's minutes number, not dated before it
    // (external QA, stop 57 F1: the cleared meeting was recorded again, and one dated months before).
    const version = (await as.drafter.get(id).expect(200)).body.version;
    const again = await as.party
      .act(id, { action: 'approve', expectedVersion: version, fields: meetingOf(2024) })
      .expect(400);
    expect(again.body).toMatchObject({
      error: 'FIELD_INVALID',
      details: { invalidFields: ['minutesNumber'] },
    });
    const earlier = await as.party
      .act(id, {
        action: 'approve',
        expectedVersion: version,
        fields: { meetingDate: '2025-01-19', minutesNumber: '局长办公会纪要〔2025〕5号' },
      })
      .expect(400);
    expect(earlier.body.message).toContain('must not be before 2025-01-20');
    const newMeeting = { meetingDate: '2025-01-20', minutesNumber: '局长办公会纪要〔2025〕5号' };
    expect((await step(as.party, id, 'approve', { fields: newMeeting })).report.state).toBe('leader_signoff');
    await signAndDispatch(id, '审交发〔2025〕3号');

    const history = await events(id);
    expect(meetings(history)).toHaveLength(2);
    expect(history.filter((e) => e.action === 'sign_off')).toHaveLength(3);
    const final = await as.drafter.get(id).expect(200);
    expect(final.body.deliberation).toMatchObject({
      meeting: { stands: true },
      documentNumber: '审交发〔2025〕3号',
    });
  });

  it('the unit chooses its chain (分管领导审核) within the safeguards of the campaign’s path', async () => {
    const { http } = as.admin.raw();
    const choose = (reviewChain: string | null) =>
      http().put(`/units/${bureauId}/review-chain`).set(adminAuth).send({ reviewChain });

    const noSignOff = await choose('short').expect(400);
    expect(noSignOff.body.message).toContain('lacks the principal leader’s sign-off (主要负责人签发)');
    expect((await choose('no-such-path').expect(400)).body.message).toContain(
      'choose one of default, with-division-leader',
    );

    const chosen = await choose('with-division-leader').expect(200);
    expect(chosen.body.states.map((s: { label: string }) => s.label)).toEqual([
      '起草中',
      '科室审核',
      '分管领导审核',
      '法律顾问审查',
      '集体审议',
      '主要负责人签发',
      '编号发文',
      '已报送',
      '已接收',
    ]);
    const withLeader = await as.drafter.create({ unitId: bureauId, reportYear: 2022 }).expect(201);
    expect(withLeader.body.workflow).toEqual({ id: 'with-division-leader', version: 2 });
    await submitDraft(as.drafter, withLeader.body.id);
    await step(as.reviewer, withLeader.body.id, 'approve');
    expect((await as.drafter.get(withLeader.body.id).expect(200)).body.stateLabel).toBe('分管领导审核');

    // Leaving out the legal adviser would drop a safeguard of the default path: the report keeps it.
    await choose('without-legal-review').expect(200);
    const kept = await as.drafter.create({ unitId: bureauId, reportYear: 2021 }).expect(201);
    expect(kept.body.workflow).toEqual({ id: 'default', version: 3 });

    const cleared = (await choose(null).expect(200)).body;
    expect(cleared).toEqual({
      unitId: bureauId,
      reviewChain: null,
      states: null,
      shortfalls: [],
      choices: expect.any(Array),
    });
    // The paths offered keep the regulation's floor (never 'short'); no campaign asks the bureau, so none falls short.
    expect(
      cleared.choices.map((c: { id: string; campaignsShortOf: number }) => [c.id, c.campaignsShortOf]),
    ).toEqual([
      ['default', 0],
      ['with-division-leader', 0],
      ['with-division-leader-without-legal-review', 0],
      ['without-legal-review', 0],
    ]);
  });
});
