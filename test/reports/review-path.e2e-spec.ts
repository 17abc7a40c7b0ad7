import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { importReportText } from '@app/content';
import { startApi, startWorker, drainQueues } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { completeSections } from '../support/content';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';
import { reportClient, step, submitDraft } from './report-helpers';

const LANSHAN = readFileSync(
  resolve(__dirname, '../../fixtures/reports/lanshan-county-transport-2024.txt'),
  'utf8',
);
const MEETING = {
  meetingBody: '党组会议',
  meetingDate: '2025-01-20',
  minutesNumber: '党组会纪要〔2025〕3号',
};

describe('the review path, level by level', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  const c = {} as Record<string, ReturnType<typeof reportClient>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    demo = await loadDemo(api.dataSource);
    for (const name of [
      'htb-drafter',
      'htb-reviewer',
      'htb-legal',
      'htb-party',
      'htb-leader',
      'cj-coordinator',
      'htb-sfj',
      'mns-drafter',
      'yl-coordinator',
      'xj-coordinator',
    ]) {
      c[name] = reportClient(api.http, await tokenFor(api.http, name));
    }
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('takes the Lanshan report through the whole path with a return by the legal adviser and one by the prefecture', async () => {
    // The fixture is 蓝山县交通运输局's report: give it that unit, its review chain, the county
    // justice bureau that receives the copy, and a prefecture (with its coordinator) above.
    const imported = importReportText(LANSHAN);
    // A prefecture of its own keeps this unit out of the Changji campaigns other tests issue.
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    const prefecture = await createUnit(api.dataSource, xj, {
      name: uniqueName('永州市'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(api.dataSource, prefecture, {
      name: '蓝山县',
      kind: 'government',
      level: 'county',
    });
    const bureau = await createUnit(api.dataSource, county, {
      name: '蓝山县交通运输局',
      kind: 'department',
      level: 'county',
    });
    const justice = await createUnit(api.dataSource, county, {
      name: '蓝山县司法局',
      kind: 'justice_bureau',
      level: 'county',
    });
    const roles = {
      drafter: 'drafter',
      reviewer: 'dept_reviewer',
      legal: 'legal_adviser',
      party: 'party_approver',
      leader: 'unit_leader',
    } as const;
    const ls: Record<string, ReturnType<typeof reportClient>> = {};
    const name: Record<string, string> = {};
    for (const [key, role] of Object.entries(roles)) {
      const user = await createUser(api.dataSource, bureau.id, [role], uniqueName(`ls-${key}`));
      name[key] = user.username;
      ls[key] = reportClient(api.http, await tokenFor(api.http, user.username, user.password));
    }
    const coordinatorUser = await createUser(api.dataSource, justice.id, [], uniqueName('ls-coordinator'));
    await api.dataSource.query(
      'INSERT INTO user_roles (user_id, role, unit_id, granted_at) VALUES (?, ?, ?, NOW())',
      [coordinatorUser.id, 'coordinator', prefecture.id],
    );
    name.coordinator = coordinatorUser.username;
    const coordinator = reportClient(
      api.http,
      await tokenFor(api.http, coordinatorUser.username, coordinatorUser.password),
    );
    const copyReader = await createUser(api.dataSource, justice.id, ['unit_leader']);
    const sfj = reportClient(api.http, await tokenFor(api.http, copyReader.username, copyReader.password));
    const created = await ls.drafter.create({ unitId: bureau.id, reportYear: 2024 }).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      state: 'drafting',
      version: 1,
      currentRevision: 0,
      receivingUnitId: prefecture.id,
    });

    await ls.drafter
      .save(id, { basedOnRevision: 0, title: imported.title, sections: imported.sections })
      .expect(201);
    await step(ls.drafter, id, 'submit');
    await step(ls.reviewer, id, 'approve');
    await step(ls.legal, id, 'return', { comment: '第二部分存在问题缺少原因分析，请补充。' });

    const returned = await ls.drafter.get(id).expect(200);
    expect(returned.body).toMatchObject({ state: 'drafting', returnCount: 1 });
    const fixed = {
      ...imported.sections,
      shortcomings: `${imported.sections.shortcomings}\n原因：法治培训覆盖面不足。`,
    };
    await ls.drafter.save(id, { basedOnRevision: 1, sections: fixed }).expect(201);
    await step(ls.drafter, id, 'submit');
    await step(ls.reviewer, id, 'approve');
    await step(ls.legal, id, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } });
    // 原则通过（按意见修改）: the drafter is told what to change, not that it was returned (a walk,
    // stop 49: the message read 退回修改), and the revised text goes straight to sign-off.
    await step(ls.party, id, 'approve_in_principle', {
      comment: '请在第二部分写明整改时限。',
      fields: MEETING,
    });
    await drainQueues(worker);
    const inPrinciple = (
      (await ls.drafter.notifications().expect(200)).body as Array<{ title: string; body: string }>
    ).filter((n) => n.body.includes('请在第二部分写明整改时限'));
    expect(inPrinciple).toEqual([
      expect.objectContaining({
        title: expect.stringMatching(/^原则通过（按意见修改）：/),
        body: '集体审议原则通过，请按修改意见修改后直接送主要负责人签发，意见：请在第二部分写明整改时限。',
      }),
    ]);
    await step(ls.drafter, id, 'submit');
    // Deliberated, then signed off by the principal leader and sent out under the unit's 文号.
    await step(ls.leader, id, 'sign_off');
    await step(ls.drafter, id, 'dispatch', { fields: { documentNumber: '蓝交发〔2025〕7号' } });

    // Submitted: it is now in the prefecture coordinator's work queue, and copied to the county justice bureau.
    const queue = await coordinator.workQueue().expect(200);
    expect(queue.body.map((r: { id: string }) => r.id)).toContain(id);
    const copy = await sfj.get(id).expect(200);
    expect(copy.body).toMatchObject({ copyOnly: true, allowedActions: [] });
    const copyAct = await sfj.act(id, { action: 'accept', expectedVersion: copy.body.version }).expect(403);
    expect(copyAct.body.error).toBe('ROLE_REQUIRED');

    await step(coordinator, id, 'return', { comment: '请补充行政执法数据。' });
    // The drafter is told who returned it: the prefecture, not just that it is back in drafting.
    await drainQueues(worker);
    const told = (await ls.drafter.notifications().expect(200)).body as Array<{ kind: string; body: string }>;
    expect(told.find((n) => n.kind === 'returned' && n.body.includes('请补充行政执法数据'))?.body).toMatch(
      new RegExp(`^${prefecture.name}退回了蓝山县交通运输局的报告，现处于“起草中”`),
    );
    await ls.drafter
      .save(id, {
        basedOnRevision: 2,
        sections: { ...fixed, measures: `${fixed.measures}\n全年办理行政处罚案件120件。` },
      })
      .expect(201);
    // A correction asked for by the prefecture: the meeting stands, so the fix goes straight to
    // the leader's sign-off without a second meeting. 我的待办 says so as the page does (a walk,
    // stop 49: it said 提交审核).
    const todo = (
      (await ls.drafter.workQueue().expect(200)).body as Array<{ id: string; allowedActions: unknown[] }>
    ).find((item) => item.id === id);
    expect(todo?.allowedActions).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'submit', to: 'leader_signoff' })]),
    );
    await step(ls.drafter, id, 'submit');
    await step(ls.leader, id, 'sign_off');
    await step(ls.drafter, id, 'dispatch', { fields: { documentNumber: '蓝交发〔2025〕9号' } });
    await step(coordinator, id, 'accept');
    // The review ends at 已接收: publishing is the disclosure track's, so the report offers no 公开.
    const accepted = await ls.drafter.get(id).expect(200);
    expect(accepted.body.allowedActions).toEqual([]);

    const history = await ls.drafter.history(id).expect(200);
    expect(history.body.chain).toEqual({ verified: true });
    const rows = history.body.events.map(
      (e: { action: string; actor: { username: string }; toState: string; comment: string | null }) =>
        [e.action, e.actor.username, e.toState, e.comment ?? ''].join(' | '),
    );
    expect(rows).toEqual([
      `create | ${name.drafter} | drafting | `,
      `save | ${name.drafter} | drafting | `,
      `submit | ${name.drafter} | dept_review | `,
      `approve | ${name.reviewer} | legal_review | `,
      `return | ${name.legal} | drafting | 第二部分存在问题缺少原因分析，请补充。`,
      `save | ${name.drafter} | drafting | `,
      `submit | ${name.drafter} | dept_review | `,
      `approve | ${name.reviewer} | legal_review | `,
      `approve | ${name.legal} | party_approval | `,
      `approve_in_principle | ${name.party} | drafting | 请在第二部分写明整改时限。`,
      `submit | ${name.drafter} | leader_signoff | `,
      `sign_off | ${name.leader} | dispatching | `,
      `dispatch | ${name.drafter} | submitted | `,
      `return | ${name.coordinator} | drafting | 请补充行政执法数据。`,
      `save | ${name.drafter} | drafting | `,
      `submit | ${name.drafter} | leader_signoff | `,
      `sign_off | ${name.leader} | dispatching | `,
      `dispatch | ${name.drafter} | submitted | `,
      `accept | ${name.coordinator} | accepted | `,
    ]);
    const partyEvent = history.body.events[9];
    expect(partyEvent).toMatchObject({ actorRole: 'party_approver', fields: MEETING, revision: 2 });
    expect(history.body.events[8].fields).toEqual({ opinion: '经审查，报告内容合法合规。' });
    expect(history.body.events[9].toStateLabel).toBe('起草中');
    expect(history.body.events[10].toStateLabel).toBe('主要负责人签发');
    expect(history.body.events[8].toStateLabel).toBe('集体审议（党组会议）');
    expect(history.body.events[11]).toMatchObject({ actorRole: 'unit_leader', revision: 2 });
    expect(history.body.events[12].fields).toEqual({ documentNumber: '蓝交发〔2025〕7号' });
    expect(history.body.events[13].actorRole).toBe('coordinator');

    const final = await ls.drafter.get(id).expect(200);
    expect(final.body).toMatchObject({ state: 'accepted', returnCount: 2, currentRevision: 3 });
    expect(final.body.deliberation).toEqual({
      body: '党组会议',
      meeting: { body: '党组会议', date: '2025-01-20', minutesNumber: '党组会纪要〔2025〕3号', stands: true },
      signOff: {
        signedBy: { id: expect.any(String), username: name.leader, displayName: expect.any(String) },
        signedAt: history.body.events[15].createdAt,
      },
      // Not a joint report: nobody signs for a 党委 too.
      coSignOff: null,
      documentNumber: '蓝交发〔2025〕9号',
      // Signed and numbered again after the returns: this round's, none of it the last round's.
      earlierRound: { signOff: false, coSignOff: false, documentNumber: false },
    });
    expect(final.body.sections.measures).toContain('全年办理行政处罚案件120件。');
  });

  it('tells the people who must act: the reviewer gets a to-do when the drafter submits, the drafter sees a return', async () => {
    const created = await c['htb-drafter']
      .create({ unitId: demo.unitIds['htb-transport'], reportYear: 2019 })
      .expect(201);
    const id = created.body.id;
    await submitDraft(c['htb-drafter'], id);
    await step(c['htb-reviewer'], id, 'return', { comment: '内容为空，请先起草。' });
    await drainQueues(worker);
    const reviewerInbox = await c['htb-reviewer'].notifications().expect(200);
    expect(reviewerInbox.body.filter((n: { reportId: string }) => n.reportId === id)).toEqual([
      expect.objectContaining({ kind: 'action_required', title: expect.stringContaining('待办') }),
    ]);
    const drafterInbox = await c['htb-drafter'].notifications().expect(200);
    // Who returned it, by stage and name (a walk, stop 49: only that it was back in drafting).
    expect(drafterInbox.body.filter((n: { reportId: string }) => n.reportId === id)).toEqual([
      expect.objectContaining({
        kind: 'returned',
        body: expect.stringMatching(
          /^科室审核环节（.+）退回了.+的报告，现处于“起草中”，意见：内容为空，请先起草。/,
        ),
      }),
    ]);
  });

  it('keeps units apart: another county cannot read or guess a report; the prefecture reads both', async () => {
    const mine = await c['htb-drafter']
      .create({ unitId: demo.unitIds['htb-transport'], reportYear: 2020 })
      .expect(201);
    const theirs = await c['mns-drafter']
      .create({ unitId: demo.unitIds['mns-transport'], reportYear: 2020 })
      .expect(201);
    const foreign = await c['mns-drafter'].get(mine.body.id).expect(404);
    expect(foreign.body).toMatchObject({ error: 'REPORT_NOT_FOUND', message: 'Report not found' });
    await c['mns-drafter'].history(mine.body.id).expect(404);
    await c['mns-drafter'].act(mine.body.id, { action: 'submit', expectedVersion: 1 }).expect(404);
    // An id one character away from a real one is just as unknown (ids are random, not sequential).
    const guessed = mine.body.id.replace(/.$/, (ch: string) => (ch === '0' ? '1' : '0'));
    await c['mns-drafter'].get(guessed).expect(404);
    // Another prefecture's coordinator sees nothing; our prefecture and the province see both.
    await c['yl-coordinator'].get(mine.body.id).expect(404);
    await c['cj-coordinator'].get(mine.body.id).expect(200);
    await c['cj-coordinator'].get(theirs.body.id).expect(200);
    await c['xj-coordinator'].get(theirs.body.id).expect(200);
    // The province reads a county report but does not act on it: the prefecture above it does.
    const list = await c['mns-drafter']
      .raw()
      .http()
      .get('/reports')
      .set(c['mns-drafter'].raw().auth)
      .expect(200);
    expect(
      list.body.every((r: { unit: { id: string } }) => r.unit.id === demo.unitIds['mns-transport']),
    ).toBe(true);
  });

  it('refuses what the regulation forbids, with messages a user understands', async () => {
    const created = await c['htb-drafter']
      .create({ unitId: demo.unitIds['htb-transport'], reportYear: 2021 })
      .expect(201);
    const id = created.body.id;
    await submitDraft(c['htb-drafter'], id);
    let current = (await c['htb-reviewer'].get(id)).body;
    const noComment = await c['htb-reviewer']
      .act(id, { action: 'return', expectedVersion: current.version })
      .expect(400);
    expect(noComment.body).toMatchObject({
      error: 'COMMENT_REQUIRED',
      message: expect.stringMatching(/return needs a comment/),
    });
    const wrongRole = await c['htb-legal']
      .act(id, { action: 'approve', expectedVersion: current.version })
      .expect(403);
    expect(wrongRole.body.message).toMatch(/legal_adviser may not approve in dept_review/);
    await step(c['htb-reviewer'], id, 'approve');
    await step(c['htb-legal'], id, 'approve', { fields: { opinion: '同意' } });
    current = (await c['htb-party'].get(id)).body;
    // The stage names the unit's own deliberating body (a department's: 党组会议).
    expect(current.stateLabel).toBe('集体审议（党组会议）');
    const noMeeting = await c['htb-party']
      .act(id, { action: 'approve', expectedVersion: current.version, fields: { meetingBody: '党组会议' } })
      .expect(400);
    expect(noMeeting.body.error).toBe('FIELD_REQUIRED');
    expect(noMeeting.body.message).toMatch(/meetingDate/);
    expect(noMeeting.body.message).toMatch(/minutesNumber/);
    const badDate = await c['htb-party']
      .act(id, {
        action: 'approve',
        expectedVersion: current.version,
        fields: { ...MEETING, meetingDate: '2023-02-30' },
      })
      .expect(400);
    expect(badDate.body.error).toBe('FIELD_INVALID');
    // Nothing of the refused attempts reached the history.
    const history = await c['htb-party'].history(id).expect(200);
    expect(history.body.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'save',
      'submit',
      'approve',
      'approve',
    ]);
  });

  it('lets the last mover withdraw until the next person acts', async () => {
    const created = await c['htb-drafter']
      .create({ unitId: demo.unitIds['htb-transport'], reportYear: 2018 })
      .expect(201);
    const id = created.body.id;
    await submitDraft(c['htb-drafter'], id);
    await step(c['htb-drafter'], id, 'withdraw');
    expect((await c['htb-drafter'].get(id)).body.state).toBe('drafting');
    await step(c['htb-drafter'], id, 'submit');
    await step(c['htb-reviewer'], id, 'approve');
    const current = (await c['htb-drafter'].get(id)).body;
    const late = await c['htb-drafter']
      .act(id, { action: 'withdraw', expectedVersion: current.version })
      .expect(409);
    expect(late.body.error).toBe('WITHDRAW_NOT_ALLOWED');
  });

  it('never overwrites a revision: a save based on an old revision gets 409 and the current number', async () => {
    const created = await c['htb-drafter']
      .create({ unitId: demo.unitIds['htb-transport'], reportYear: 2017 })
      .expect(201);
    const id = created.body.id;
    await c['htb-drafter'].save(id, { basedOnRevision: 0, sections: { measures: '甲' } }).expect(201);
    await c['htb-drafter'].save(id, { basedOnRevision: 1, sections: { measures: '乙' } }).expect(201);
    const stale = await c['htb-drafter']
      .save(id, { basedOnRevision: 1, sections: { measures: '丙' } })
      .expect(409);
    expect(stale.body).toMatchObject({
      error: 'REVISION_STALE',
      details: { currentRevision: 2, basedOn: 1 },
    });
    const { http, auth } = c['htb-drafter'].raw();
    const revisions = await http().get(`/reports/${id}/revisions`).set(auth).expect(200);
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([1, 2]);
    const diff = await http().get(`/reports/${id}/diff?from=1&to=2`).set(auth).expect(200);
    expect(diff.body.sections.find((s: { section: string }) => s.section === 'measures')).toMatchObject({
      changed: true,
      hunks: [
        { kind: 'removed', lines: ['甲'] },
        { kind: 'added', lines: ['乙'] },
      ],
    });
    expect(
      (await http().get(`/reports/${id}/revisions/1`).set(auth).expect(200)).body.sections.measures,
    ).toBe('甲');
    // A revision number that is not one is named, as any other field (it was BAD_REQUEST "numeric
    // string is expected", naming nothing: external QA, stop 52).
    // Nor is "0x1" revision 1, nor twenty digits 1e20 (penetration test, stop 57).
    for (const written of ['abc', '0x1', '1e0', '99999999999999999999', '-1']) {
      const notNumber = await http().get(`/reports/${id}/revisions/${written}`).set(auth);
      expect({ written, status: notNumber.status, body: notNumber.body }).toMatchObject({
        written,
        status: 400,
        body: {
          error: 'VALIDATION_FAILED',
          details: { fields: ['number: must be a whole number (at most nine digits)'] },
        },
      });
    }
  });

  it('applies a retried request with the same Idempotency-Key once', async () => {
    const created = await c['htb-drafter']
      .create({ unitId: demo.unitIds['htb-transport'], reportYear: 2016 })
      .expect(201);
    const id = created.body.id;
    await c['htb-drafter']
      .save(id, { basedOnRevision: 0, sections: completeSections('呼图壁县交通运输局', 2016) })
      .expect(201);
    const body = { action: 'submit', expectedVersion: 2 };
    const first = await c['htb-drafter']
      .act(id, body, { 'Idempotency-Key': 'submit-2016-abcdef' })
      .expect(200);
    const retry = await c['htb-drafter']
      .act(id, body, { 'Idempotency-Key': 'submit-2016-abcdef' })
      .expect(200);
    expect(retry.body).toEqual(first.body);
    const other = await c['htb-drafter']
      .act(id, { ...body, comment: 'x' }, { 'Idempotency-Key': 'submit-2016-abcdef' })
      .expect(422);
    expect(other.body.error).toBe('IDEMPOTENCY_KEY_REUSED');
    // Twins sent at the same moment (a double click, a retry racing the original): one takes effect,
    // both get its answer.
    const withdraw = { action: 'withdraw', expectedVersion: 3 };
    const twins = await Promise.all(
      [1, 2].map(() => c['htb-drafter'].act(id, withdraw, { 'Idempotency-Key': 'withdraw-2016-abcdef' })),
    );
    expect(twins.map((t) => t.status)).toEqual([200, 200]);
    expect(twins[1].body).toEqual(twins[0].body);
    const history = await c['htb-drafter'].history(id).expect(200);
    expect(history.body.events.filter((e: { action: string }) => e.action === 'submit')).toHaveLength(1);
    expect(history.body.events.filter((e: { action: string }) => e.action === 'withdraw')).toHaveLength(1);

    // A write that takes no key refuses one, and changes nothing: a save retried with its key got
    // 409 REVISION_STALE and the client took it for lost (external QA, stop 52).
    const { http, auth } = c['htb-drafter'].raw();
    const keyed = await http()
      .post(`/reports/${id}/revisions`)
      .set(auth)
      .set('Idempotency-Key', 'save-2016-abcdef')
      .send({ basedOnRevision: 1, sections: completeSections('呼图壁县交通运输局', 2016) });
    expect(keyed.status).toBe(400);
    expect(keyed.body).toMatchObject({
      error: 'IDEMPOTENCY_KEY_UNSUPPORTED',
      message: expect.stringContaining(`POST /reports/${id}/revisions does not take an Idempotency-Key`),
    });
    expect((await c['htb-drafter'].get(id).expect(200)).body.currentRevision).toBe(1);
    // Without a token it is 401 first, whatever the request carries (review, stop 52: it was 400).
    const anonymous = await http()
      .post(`/reports/${id}/revisions`)
      .set('Idempotency-Key', 'save-2016-abcdef')
      .send({ basedOnRevision: 1, sections: {} });
    expect(anonymous.status).toBe(401);
    // Reads pass whatever they carry.
    await http().get(`/reports/${id}`).set(auth).set('Idempotency-Key', 'read-2016-abcdef').expect(200);
  });
});

describe('the completeness check (形式审查) guards the way out of drafting', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let drafter: ReturnType<typeof reportClient>;
  let reviewer: ReturnType<typeof reportClient>;

  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
    drafter = reportClient(api.http, await tokenFor(api.http, 'htb-drafter'));
    reviewer = reportClient(api.http, await tokenFor(api.http, 'htb-reviewer'));
  });
  afterAll(() => api?.app.close());

  it('refuses to submit a report missing item 2 or written for another year; a reviewer override with a reason lets it go', async () => {
    const created = await drafter
      .create({ unitId: demo.unitIds['htb-transport'], reportYear: 2009 })
      .expect(201);
    const id = created.body.id;
    const complete = completeSections('呼图壁县交通运输局', 2009);
    const saved = await drafter
      .save(id, { basedOnRevision: 0, sections: { ...complete, shortcomings: '' } })
      .expect(201);
    expect(saved.body.check.passed).toBe(false);
    const refused = await drafter.act(id, { action: 'submit', expectedVersion: 2 }).expect(422);
    expect(refused.body).toMatchObject({
      error: 'COMPLETENESS_CHECK_FAILED',
      details: { findings: [expect.objectContaining({ item: 2, severity: 'error' })] },
    });

    const wrongYear = completeSections('呼图壁县交通运输局', 2008);
    await drafter.save(id, { basedOnRevision: 1, sections: wrongYear }).expect(201);
    const yearRefused = await drafter.act(id, { action: 'submit', expectedVersion: 3 }).expect(422);
    expect(yearRefused.body.message).toMatch(/2008年/);

    // Only the department reviewer may override, with a reason; it holds for this revision only.
    await drafter
      .raw()
      .http()
      .post(`/reports/${id}/check-override`)
      .set(drafter.raw().auth)
      .send({ reason: '年度写错' })
      .expect(403);
    await reviewer
      .raw()
      .http()
      .post(`/reports/${id}/check-override`)
      .set(reviewer.raw().auth)
      .send({})
      .expect(400);
    await reviewer
      .raw()
      .http()
      .post(`/reports/${id}/check-override`)
      .set(reviewer.raw().auth)
      .send({ reason: '往年报告补报，年度按实际填写' })
      .expect(201);
    const { version } = (await drafter.get(id)).body;
    await drafter.act(id, { action: 'submit', expectedVersion: version }).expect(200);
    const history = await drafter.history(id).expect(200);
    const override = history.body.events.find((e: { action: string }) => e.action === 'override-check');
    expect(override).toMatchObject({
      actorRole: 'dept_reviewer',
      comment: '往年报告补报，年度按实际填写',
      revision: 2,
    });
    expect(history.body.chain.verified).toBe(true);
  });
});
